import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What the fake web knows: each route is a host, a path and the saved page or recorded
 * response it answers with (all under tests/fixtures/, each with its provenance there).
 */
export interface Route {
  host: string;
  /** Exact pathname, or a pattern tested against pathname + search. */
  path: string | RegExp;
  contentType: string;
  body(url: URL): string;
  /** API answers get the fake web's simulated latency; pages do not. */
  api?: boolean;
  status?: number;
  etag?: string;
  headers?: Record<string, string>;
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

const fixture = (path: string) => () => readFileSync(FIXTURES + path, 'utf8');

/** The founding example: Zhuoshi Pan on arXiv 2403.12968 (LLMLingua-2). */
export const ROUTES: Route[] = [
  { host: 'arxiv.org', path: '/abs/2403.12968', contentType: HTML, body: fixture('pages/arxiv/abs-2403.12968-synthesized.html') },
  { host: 'export.arxiv.org', path: '/abs/2403.12968', contentType: HTML, body: fixture('pages/arxiv/abs-2403.12968-synthesized.html') },
  { host: 'arxiv.org', path: '/favicon.ico', contentType: 'image/x-icon', body: () => '' },
  { host: 'aclanthology.org', path: '/favicon.ico', contentType: 'image/x-icon', body: () => '' },
];

/** Adds routes (used by the other route tables so this file stays the single lookup). */
export function addRoutes(routes: Route[]): void {
  ROUTES.push(...routes);
}

/** The route answering `host` + `url`, if the fake web knows it. */
export function findRoute(host: string, url: URL): Route | undefined {
  return ROUTES.find(
    (r) => r.host === host && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname + url.search)),
  );
}

export const CONTENT_TYPES = { HTML, JSON: JSON_TYPE };
export { fixture };
