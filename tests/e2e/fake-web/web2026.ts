import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Route } from './routes';

/**
 * The web as scripts meet it in 2026, for the founding example. Semantic Scholar knows no
 * homepage or affiliation (as in real recorded author records), every dblp host answers with
 * the Anubis "not a bot" page, OpenReview either answers or challenges guests, and the other
 * sources answer as recorded: OpenAlex's record of the paper (institutions per author), GitHub
 * accounts (`pzs19`'s blog is his homepage) and user search. A second mode has Semantic Scholar
 * down and OpenAlex without the paper. These routes are consulted before the normal ones.
 */
export interface Web2026Mode {
  openReview: 'answering' | 'challenging';
  /** `down`: every Semantic Scholar request fails with 503. */
  s2: 'up' | 'down';
  /** Whether OpenAlex has a record of arXiv 2403.12968. */
  openAlexKnowsPaper: boolean;
}

export const WEB_2026: Web2026Mode = { openReview: 'answering', s2: 'up', openAlexKnowsPaper: true };
export const WEB_2026_CHALLENGED: Web2026Mode = { ...WEB_2026, openReview: 'challenging' };
export const WEB_2026_S2_DOWN: Web2026Mode = { openReview: 'challenging', s2: 'down', openAlexKnowsPaper: false };

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const JSON_TYPE = 'application/json; charset=utf-8';
const file = (path: string) => () => readFileSync(FIXTURES + path, 'utf8');
const W = 'web2026/';

function json(host: string, path: string | RegExp, body: () => string, status = 200, headers = {}): Route {
  return { host, path, contentType: JSON_TYPE, api: true, body, status, headers };
}

/** The routes of one mode, first match wins. */
export function web2026Routes(mode: Web2026Mode): Route[] {
  const emptyPage = () => JSON.stringify({ offset: 0, data: [] });
  const s2: Route[] =
    mode.s2 === 'down'
      ? [json('api.semanticscholar.org', /^\//, () => JSON.stringify({ message: 'Service Unavailable' }), 503)]
      : [
          json(
            'api.semanticscholar.org',
            /^\/graph\/v1\/paper\/arxiv(:|%3A)2403\.12968\?/i,
            file(`${W}s2-paper-arxiv-2403.12968-no-homepages_SYNTHESIZED.json`),
          ),
          json('api.semanticscholar.org', /^\/graph\/v1\/author\/9000000001\/papers\?/, () =>
            readFileSync(`${DATA}s2-author-9000000001-papers.json`, 'utf8'),
          ),
          json('api.semanticscholar.org', /^\/graph\/v1\/author\/\d+\/papers\?/, emptyPage),
        ];
  const anubis = file('api/anubis/challenge_page_2026-04-06.html');
  const dblp: Route[] = ['dblp.org', 'dblp.uni-trier.de'].map((host) => ({
    host,
    path: /^\//,
    contentType: 'text/html; charset=utf-8',
    api: true,
    body: anubis,
    // dblp's search API answers its wall with 500, record paths with 200.
    status: (url: URL) => (url.pathname.startsWith('/search/') ? 500 : 200),
  }));
  const openReview: Route[] =
    mode.openReview === 'answering'
      ? [
          json('api2.openreview.net', /^\/profiles\/search\?fullname=Zhuoshi%20Pan(&|$)/, () =>
            file('api/openreview/profiles_id_~Zhuoshi_Pan1_SYNTHESIZED.json')(),
          ),
          json('api2.openreview.net', /^\/profiles/, () => JSON.stringify({ profiles: [] })),
        ]
      : [json('api2.openreview.net', /^\//, file('api/openreview/error_403_challenge_required_SYNTHESIZED.json'), 403)];
  const openAlex: Route[] = [
    ...(mode.openAlexKnowsPaper
      ? []
      : [
          json(
            'api.openalex.org',
            /^\/works\/doi:/i,
            () => JSON.stringify({ error: 'Not Found', message: 'The requested entity does not exist.' }),
            404,
          ),
        ]),
    json(
      'api.openalex.org',
      /^\/autocomplete\/authors\?q=Zhuoshi(\+|%20)Pan$/,
      file(`${W}openalex-autocomplete-zhuoshi-pan_SYNTHESIZED.json`),
    ),
    json('api.openalex.org', /^\/autocomplete\/authors\?/, () => JSON.stringify({ meta: { count: 0 }, results: [] })),
    json(
      'api.openalex.org',
      /^\/works\?filter=author\.id(:|%3A)A5999999001&/,
      file(`${W}openalex-works-author-A5999999001_SYNTHESIZED.json`),
    ),
    json('api.openalex.org', /^\/works\?filter=/, file(`${W}openalex-works-none_SYNTHESIZED.json`)),
  ];
  const budget = {
    'x-ratelimit-limit': '60',
    'x-ratelimit-remaining': '58',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
  };
  const github: Route[] = [
    json('api.github.com', '/users/pzs19', file(`${W}github-user-pzs19_SYNTHESIZED.json`), 200, budget),
    json('api.github.com', '/users/microsoft', file(`${W}github-user-microsoft_SYNTHESIZED.json`), 200, budget),
    json(
      'api.github.com',
      /^\/users\/[\w-]+$/,
      () => JSON.stringify({ message: 'Not Found', status: '404' }),
      404,
      budget,
    ),
    json(
      'api.github.com',
      /^\/search\/users\?q=(%22)?Zhuoshi(%20|\+)Pan(%22)?\+in:name/i,
      file(`${W}github-search-users-zhuoshi-pan_SYNTHESIZED.json`),
    ),
    json('api.github.com', /^\/search\/users\?/, file(`${W}github-search-users-none_SYNTHESIZED.json`)),
  ];
  const orcid: Route[] = [json('pub.orcid.org', /^\//, () => JSON.stringify({ 'error-desc': 'Not found' }), 404)];
  return [...s2, ...dblp, ...openReview, ...openAlex, ...github, ...orcid];
}
