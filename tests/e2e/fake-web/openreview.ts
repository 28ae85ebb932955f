import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Route } from './routes';

/**
 * OpenReview for the end-to-end tests: the saved forum, venue and profile pages at their
 * addresses on openreview.net, and the founding example's OpenReview profile behind the API.
 */
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const read = (path: string) => readFileSync(FIXTURES + path, 'utf8');

/** The forum id of the saved forum page, and of its copy whose first author is the founding example. */
export const OPENREVIEW_FORUM = 'https://openreview.net/forum?id=wS7PxDjy6m';
export const OPENREVIEW_FOUNDING_FORUM = 'https://openreview.net/forum?id=byline-e2e';
export const OPENREVIEW_GROUP = 'https://openreview.net/group?id=colmweb.org/COLM/2024/Conference';
export const OPENREVIEW_PROFILE = 'https://openreview.net/profile?id=~Alisa_Liu1';

/** The saved forum page with its first author's link pointing at Zhuoshi Pan's OpenReview profile. */
function foundingForum(): string {
  return read('pages/openreview/forum-wS7PxDjy6m-synthesized.html').replace(
    /<a title="~Jeffrey_Cheng2"([^>]*) href="\/profile\?id=~Jeffrey_Cheng2">Jeffrey Cheng<\/a>/,
    '<a title="~Zhuoshi_Pan1"$1 href="/profile?id=~Zhuoshi_Pan1">Zhuoshi Pan</a>',
  );
}

/** Semantic Scholar's author record of the founding example, as the fake paper record holds it. */
function s2Author(): string {
  const paper = JSON.parse(readFileSync(`${DATA}s2-paper-arxiv-2403.12968.json`, 'utf8'));
  return JSON.stringify(paper.authors[0]);
}

export const OPENREVIEW_ROUTES: Route[] = [
  { host: 'openreview.net', path: /^\/(images\/.*|favicon\.ico)$/, contentType: 'text/plain', body: () => '' },
  {
    host: 'openreview.net',
    path: /^\/forum\?id=wS7PxDjy6m$/,
    contentType: HTML,
    body: () => read('pages/openreview/forum-wS7PxDjy6m-synthesized.html'),
  },
  { host: 'openreview.net', path: /^\/forum\?id=byline-e2e$/, contentType: HTML, body: foundingForum },
  {
    host: 'openreview.net',
    path: /^\/group\?id=colmweb\.org\/COLM\/2024\/Conference$/,
    contentType: HTML,
    body: () => read('pages/openreview/group-colm-2024-synthesized.html'),
  },
  {
    host: 'openreview.net',
    path: /^\/profile\?id=~Alisa_Liu1$/,
    contentType: HTML,
    body: () => read('pages/openreview/profile-alisa-liu-synthesized.html'),
  },
  {
    host: 'api2.openreview.net',
    path: /^\/profiles\?id=~Zhuoshi_Pan1$/,
    contentType: JSON_TYPE,
    api: true,
    body: () => read('api/openreview/profiles_id_~Zhuoshi_Pan1_SYNTHESIZED.json'),
  },
  {
    host: 'api.semanticscholar.org',
    path: /^\/graph\/v1\/author\/9000000001\?/,
    contentType: JSON_TYPE,
    api: true,
    body: s2Author,
  },
];
