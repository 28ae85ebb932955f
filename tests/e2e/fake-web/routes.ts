import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { knownRepo, STARS, searchRepositoryItems } from './github-stars';
import { OPENREVIEW_ROUTES } from './openreview';

/**
 * What the fake web knows: each route is a host, a path and the saved page or recorded
 * response it answers with (all under tests/fixtures/, each with its provenance there).
 */
export interface Route {
  host: string;
  /** Exact pathname, or a pattern tested against pathname + search. */
  path: string | RegExp;
  contentType: string;
  body(url: URL): string | Buffer;
  /** API answers get the fake web's simulated latency; pages do not. */
  api?: boolean;
  status?: number | ((url: URL) => number);
  etag?: string | ((url: URL) => string);
  headers?: Record<string, string>;
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const fixture = (path: string) => () => readFileSync(FIXTURES + path, 'utf8');
const data = (path: string) => () => readFileSync(DATA + path);

/** GitHub's repository answer, in the recorded shape, with the synthesized star count. */
function githubRepo(url: URL): string {
  const [, , owner = '', name = ''] = url.pathname.split('/');
  const full = knownRepo(`${owner}/${name}`);
  if (!full)
    return JSON.stringify({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository',
      status: '404',
    });
  return JSON.stringify({
    id: 1,
    name,
    full_name: full,
    html_url: `https://github.com/${full}`,
    stargazers_count: STARS[full],
    fork: false,
    archived: false,
  });
}

const HOSTILE = fileURLToPath(new URL('./hostile/', import.meta.url));

/** The saved abstract page with the page script `hostile/<name>.js` inlined before `</body>`. */
function withPageScript(name: string): string {
  const page = readFileSync(`${FIXTURES}pages/arxiv/abs-2403.12968-synthesized.html`, 'utf8');
  if (!/^[\w-]+$/.test(name)) return page;
  const script = readFileSync(`${HOSTILE}${name}.js`, 'utf8');
  return page.replace('</body>', `<script>${script}</script></body>`);
}

/** GitHub's repository search answer for `q=repo:a/b repo:c/d`, or its 422 when one is unknown. */
function githubSearch(url: URL): string {
  const items = searchRepositoryItems(url.searchParams.get('q') ?? '');
  if (!items)
    return readFileSync(`${FIXTURES}api/github/search_repositories_422_missing_repo_SYNTHESIZED.json`, 'utf8');
  return JSON.stringify({ total_count: items.length, incomplete_results: false, items });
}

/**
 * A site's own static files (stylesheets, scripts, icons) are not saved with its pages: they are
 * answered empty, with the right type, so pages load as they would without them.
 */
function siteAssets(host: string, path: RegExp): Route {
  return { host, path, contentType: 'text/plain', body: () => '', headers: {} };
}

/** The founding example: Zhuoshi Pan on arXiv 2403.12968 (LLMLingua-2). */
export const ROUTES: Route[] = [
  siteAssets('arxiv.org', /^\/static\//),
  siteAssets('export.arxiv.org', /^\/static\//),
  siteAssets('aclanthology.org', /^\/(css|js|images|fonts)\/|^\/aclicon\.ico$/),
  // Third-party files the saved ACL Anthology pages load (Bootstrap, jQuery, Font Awesome, badges).
  ...[
    'cdn.jsdelivr.net',
    'use.fontawesome.com',
    'stackpath.bootstrapcdn.com',
    'cdnjs.cloudflare.com',
    'code.jquery.com',
    'i.creativecommons.org',
  ].map((host) => siteAssets(host, /\.(js|css|png|svg|woff2?)(\?.*)?$/)),
  siteAssets('huggingface.co', /^\/(front|avatars)\/|^\/favicon\.ico$/),
  siteAssets('dblp.org', /^\/(css|img)\/|^\/favicon\.ico$/),
  ...OPENREVIEW_ROUTES,
  siteAssets('scholar.google.com', /^\/(citations\/images|intl)\/|^\/favicon\.ico$/),
  siteAssets('pzs19.github.io', /^\/(assets|images)\/.*\.(css|js|ico|svg|woff2?)$/),
  {
    // The abstract page with a hostile page script inlined at its end (see hostile/README.md).
    host: 'arxiv.org',
    path: /^\/abs\/2403\.12968\?attack=[\w-]+$/,
    contentType: HTML,
    body: (url) => withPageScript(url.searchParams.get('attack') ?? ''),
  },
  {
    host: 'arxiv.org',
    path: '/abs/2403.12968',
    contentType: HTML,
    body: fixture('pages/arxiv/abs-2403.12968-synthesized.html'),
  },
  {
    // The homepage an attacker would like Byline to store for a researcher.
    host: 'mallory.github.io',
    path: '/',
    contentType: HTML,
    body: () => '<!doctype html><title>Mallory</title><h1>Mallory</h1><p>Professor of Everything</p>',
  },
  {
    host: 'export.arxiv.org',
    path: '/abs/2403.12968',
    contentType: HTML,
    body: fixture('pages/arxiv/abs-2403.12968-synthesized.html'),
  },
  { host: 'arxiv.org', path: '/favicon.ico', contentType: 'image/x-icon', body: () => '' },
  {
    host: 'huggingface.co',
    path: '/papers/2403.12968',
    contentType: HTML,
    body: fixture('pages/huggingface/paper-2403.12968-synthesized.html'),
  },
  {
    host: 'huggingface.co',
    path: '/papers/date/2024-03-20',
    contentType: HTML,
    body: fixture('pages/huggingface/daily-2024-03-20-synthesized.html'),
  },
  {
    // Google Scholar: the saved result and profile pages, whatever the query. Byline never
    // asks Scholar anything itself: a request here other than the page the test opened is a bug.
    host: 'scholar.google.com',
    path: /^\/scholar\?/,
    contentType: HTML,
    body: fixture('pages/scholar/results-llmlingua-synthesized.html'),
  },
  {
    host: 'scholar.google.com',
    path: /^\/citations\?(?:[^#]*&)?user=JiangHqAAAAJ(?:&|$)/,
    contentType: HTML,
    body: fixture('pages/scholar/profile-huiqiang-jiang-synthesized.html'),
  },
  {
    host: 'dblp.org',
    path: '/pid/335/2379.html',
    contentType: HTML,
    body: fixture('pages/dblp/pid-zhuoshi-pan-synthesized.html'),
  },
  {
    host: 'api.semanticscholar.org',
    path: /^\/graph\/v1\/paper\/arxiv(:|%3A)2403\.12968\?/i,
    contentType: JSON_TYPE,
    api: true,
    body: data('s2-paper-arxiv-2403.12968.json'),
  },
  {
    host: 'api.semanticscholar.org',
    path: /^\/graph\/v1\/author\/9000000001\/papers\?/,
    contentType: JSON_TYPE,
    api: true,
    body: data('s2-author-9000000001-papers.json'),
  },
  {
    host: 'pzs19.github.io',
    path: '/',
    contentType: HTML,
    body: fixture('homepages/acad-homepage/pzs19/2026-01-28-c377e3a.html'),
  },
  {
    host: 'pzs19.github.io',
    path: /^\/images\/[\w.-]+\.png$/,
    contentType: 'image/png',
    body: data('avatar-placeholder.png'),
  },
  {
    host: 'huggingface.co',
    path: '/api/papers/2403.12968',
    contentType: JSON_TYPE,
    api: true,
    body: fixture('api/hugging-face/paper_2403.12968_SYNTHESIZED.json'),
  },
  {
    host: 'huggingface.co',
    path: /^\/api\/papers\/[\w./-]+$/,
    contentType: JSON_TYPE,
    api: true,
    status: 404,
    body: () => JSON.stringify({ error: 'Paper not found' }),
  },
  {
    host: 'api.github.com',
    path: /^\/repos\/[\w.-]+\/[\w.-]+$/,
    contentType: JSON_TYPE,
    api: true,
    body: githubRepo,
    status: (url) => (JSON.parse(githubRepo(url)).stargazers_count === undefined ? 404 : 200),
    etag: (url) => `"${url.pathname.toLowerCase()}-v1"`,
    headers: {
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '59',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    },
  },
  {
    // Repository search over the same counts, in the shape of the synthesized recording
    // (tests/fixtures/api/github/search_repositories_repo_qualifiers_SYNTHESIZED.json); 422 when
    // one `repo:` does not exist, as GitHub refuses the whole query then.
    host: 'api.github.com',
    path: /^\/search\/repositories\?/,
    contentType: JSON_TYPE,
    api: true,
    body: githubSearch,
    status: (url) => (JSON.parse(githubSearch(url)).items ? 200 : 422),
    headers: {
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '9',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 60),
      'x-ratelimit-resource': 'search',
    },
  },
  { host: 'aclanthology.org', path: '/favicon.ico', contentType: 'image/x-icon', body: () => '' },
  // The founding example again, for when Semantic Scholar cannot answer: OpenAlex, then dblp.
  {
    host: 'api.openalex.org',
    path: /^\/works\/doi:10\.48550\/arxiv\.2403\.12968$/i,
    contentType: JSON_TYPE,
    api: true,
    body: fixture('api/openalex/work_doi_10.48550_arXiv.2403.12968_SYNTHESIZED.json'),
  },
  {
    host: 'api.openalex.org',
    path: '/authors/A5999999001',
    contentType: JSON_TYPE,
    api: true,
    body: fixture('api/openalex/author_A5999999001_SYNTHESIZED.json'),
  },
  {
    host: 'dblp.org',
    path: /^\/search\/author\/api\?q=zhuoshi/i,
    contentType: JSON_TYPE,
    api: true,
    body: fixture('api/dblp/author_search_zhuoshi_pan_SYNTHESIZED.json'),
  },
  {
    host: 'dblp.org',
    path: '/pid/99/0001.xml',
    contentType: 'application/xml',
    api: true,
    body: fixture('api/dblp/person_99-0001_Zhuoshi_Pan_SYNTHESIZED.xml'),
  },
  // Saved pages of the other page types.
  {
    host: 'arxiv.org',
    path: '/list/hep-ph/new',
    contentType: HTML,
    body: fixture('pages/arxiv/list-hep-ph-new-2026-09-25.html'),
  },
  {
    host: 'aclanthology.org',
    path: '/2021.naacl-main.208/',
    contentType: HTML,
    body: fixture('pages/acl/paper-2021.naacl-main.208-2026-02.html'),
  },
  {
    host: 'aclanthology.org',
    path: '/people/andreas-madsack/unverified/',
    contentType: HTML,
    body: fixture('pages/acl/people-andreas-madsack-2026-07.html'),
  },
  // What the APIs answer for anything else: their documented "not found" shapes (docs/sources.md §1.6, §3.2).
  notFound('api.semanticscholar.org', /^\/graph\/v1\/paper\//, (url) => ({
    error: `Paper with id ${decodeURIComponent(url.pathname.split('/')[4] ?? '')} not found`,
  })),
  {
    host: 'api.semanticscholar.org',
    path: /^\/graph\/v1\/author\/search\?/,
    contentType: JSON_TYPE,
    api: true,
    body: () => JSON.stringify({ total: 0, offset: 0, data: [] }),
  },
  {
    host: 'paperswithcode.co',
    path: /^\/api\/v1\/papers\/2403\.12968\?/,
    contentType: JSON_TYPE,
    api: true,
    body: fixture('api/paperswithcode/paper_2403.12968_SYNTHESIZED.json'),
  },
  notFound('paperswithcode.co', /^\/api\/v1\/papers\//, () => ({ detail: 'Not found' })),
  {
    // Autocomplete answers an empty list, never a 404, for a name it does not know.
    host: 'api.openalex.org',
    path: /^\/autocomplete\/authors\?/,
    contentType: JSON_TYPE,
    api: true,
    body: () => JSON.stringify({ meta: { count: 0, db_response_time_ms: 3, page: 1, per_page: 10 }, results: [] }),
  },
  notFound('api.openalex.org', /^\/(works|authors)\//, () => ({
    error: 'Not Found',
    message: 'The requested entity does not exist.',
  })),
  {
    host: 'dblp.org',
    path: /^\/search\/author\/api\?/,
    contentType: JSON_TYPE,
    api: true,
    body: fixture('api/dblp/author_search_no_hits_SYNTHESIZED.json'),
  },
];

// People the fake web has no OpenReview profile or GitHub account for: the services' empty answers.
addRoutes([
  {
    host: 'api2.openreview.net',
    path: /^\/profiles/,
    contentType: JSON_TYPE,
    api: true,
    body: () => JSON.stringify({ profiles: [] }),
  },
  notFound('api.github.com', /^\/users\/[\w-]+$/, () => ({
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest/users/users#get-a-user',
    status: '404',
  })),
  {
    host: 'api.github.com',
    path: /^\/search\/users\?/,
    contentType: JSON_TYPE,
    api: true,
    body: () => JSON.stringify({ total_count: 0, incomplete_results: false, items: [] }),
  },
]);

/** A host's documented 404 answer for every path under `path`. */
function notFound(host: string, path: RegExp, body: (url: URL) => unknown): Route {
  return { host, path, contentType: JSON_TYPE, api: true, status: 404, body: (url) => JSON.stringify(body(url)) };
}

/** Adds routes (used by the other route tables so this file stays the single lookup). */
export function addRoutes(routes: Route[]): void {
  ROUTES.push(...routes);
}

/** The route answering `host` + `url`, if the fake web knows it. */
export function findRoute(host: string, url: URL, first: Route[] = []): Route | undefined {
  return [...first, ...ROUTES].find(
    (r) =>
      r.host === host &&
      (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname + url.search)),
  );
}

export const CONTENT_TYPES = { HTML, JSON: JSON_TYPE };
export { fixture };
