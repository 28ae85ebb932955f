/**
 * Test support: the fake web of the founding example (Zhuoshi Pan, first author of LLMLingua-2,
 * arXiv 2403.12968), from the fixtures under tests/ (provenance in their SOURCES.md files).
 * Not used in the build.
 */
import { knownRepo, STARS, searchRepositoryItems } from '../../tests/e2e/fake-web/github-stars';
import { normalizeName } from '../../names';
import type { AuthorQuery } from '../../messaging/types';
import { LLMLINGUA2_AUTHORS } from '../../sites/test-support/llmlingua2';
import { fileHtml, fileJson, json, repoFile, type FakeAnswer, type FakeRoute, type SeenRequest } from './test-env';

export { LLMLINGUA2_AUTHORS };

const E2E = 'tests/e2e/fake-web/data/';
const API = 'tests/fixtures/api/';

/** The five dated versions of pzs19.github.io in the fixtures, oldest first. */
export const HOMEPAGE_VERSIONS = [
  '2024-03-23-c882580',
  '2024-04-12-51eee83',
  '2025-09-06-04d7912',
  '2025-09-06-be3b60f',
  '2026-01-28-c377e3a',
] as const;
/** The version the end-to-end fake web serves. */
export const LATEST_HOMEPAGE = '2026-01-28-c377e3a';

/** Hovering an author of LLMLingua-2 on its arXiv abstract page. */
export function llmlingua2Query(position = 0, printed = LLMLINGUA2_AUTHORS[position] ?? ''): AuthorQuery {
  return {
    printed,
    normalized: normalizeName(printed),
    pageType: 'arxiv-abs',
    paper: {
      kind: 'arxiv',
      id: '2403.12968',
      title: 'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression',
      position,
      authors: LLMLINGUA2_AUTHORS,
    },
  };
}

/** Star counts the fake GitHub serves, by repository: the e2e fake web's, so both webs agree. */
export { STARS };

/** GitHub's repository answer with an ETag per repository and an hourly budget; 304 when the ETag matches. */
export function githubAnswer(now: () => number, remaining = 59): (req: SeenRequest) => FakeAnswer {
  return (req) => {
    const [, , owner = '', name = ''] = req.path.split('/');
    const full = knownRepo(`${owner}/${name}`);
    const etag = `"${req.path.toLowerCase()}-v1"`;
    const budget = {
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(Math.floor(now() / 1000) + 3600),
    };
    if (!full) return json({ message: 'Not Found' }, 404, budget);
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag, ...budget } };
    return json(
      {
        id: 1,
        name,
        full_name: full,
        html_url: `https://github.com/${full}`,
        stargazers_count: STARS[full],
        fork: false,
        archived: false,
      },
      200,
      { etag, ...budget },
    );
  };
}

/**
 * GitHub's repository search over the same counts: every `repo:` of the query that exists, or
 * 422 when one does not (as GitHub refuses the whole query then); 10 a minute, its own budget.
 */
export function githubSearchAnswer(now: () => number, remaining = 9): (req: SeenRequest) => FakeAnswer {
  return (req) => {
    const q = new URL(`https://api.github.com${req.path}`).searchParams.get('q') ?? '';
    const items = searchRepositoryItems(q);
    const budget = {
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(Math.floor(now() / 1000) + 60),
      'x-ratelimit-resource': 'search',
    };
    if (!items) return fileJson(`${API}github/search_repositories_422_missing_repo_SYNTHESIZED.json`, 422, budget);
    return json({ total_count: items.length, incomplete_results: false, items }, 200, budget);
  };
}

/** GitHub out of budget, core and search alike: 403 with `X-RateLimit-Remaining: 0` and the reset an hour away. */
export function githubExhausted(now: () => number): FakeRoute {
  const resetSeconds = Math.floor(now() / 1000) + 3600;
  return {
    host: 'api.github.com',
    path: /^\/(repos|search)\//,
    answer: json({ message: 'API rate limit exceeded for 127.0.0.1.' }, 403, {
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(resetSeconds),
    }),
  };
}

/** Semantic Scholar's keyless pool exhausted, with a `Retry-After` of a minute. */
export const S2_RATE_LIMITED: FakeRoute = {
  host: 'api.semanticscholar.org',
  path: /^\//,
  answer: fileJson(`${API}semanticscholar/error_429_too_many_requests.json`, 429, { 'retry-after': '60' }),
};

/** Every source the founding card uses, with the given homepage version. */
export function foundingRoutes(now: () => number, homepage: string = LATEST_HOMEPAGE): FakeRoute[] {
  return [
    {
      host: 'api.semanticscholar.org',
      path: /^\/graph\/v1\/paper\/ARXIV:2403\.12968\?/i,
      answer: fileJson(`${E2E}s2-paper-arxiv-2403.12968.json`),
    },
    {
      host: 'api.semanticscholar.org',
      path: /^\/graph\/v1\/author\/9000000001\/papers\?/,
      answer: fileJson(`${E2E}s2-author-9000000001-papers.json`),
    },
    {
      host: 'pzs19.github.io',
      path: '/',
      answer: fileHtml(`tests/fixtures/homepages/acad-homepage/pzs19/${homepage}.html`),
    },
    { host: 'huggingface.co', path: /^\/api\/papers\//, answer: json({ error: 'Paper not found' }, 404) },
    {
      host: 'huggingface.co',
      path: '/api/papers/2403.12968',
      answer: fileJson(`${API}hugging-face/paper_2403.12968_SYNTHESIZED.json`),
    },
    {
      host: 'huggingface.co',
      path: '/api/papers/2411.02886',
      answer: fileJson(`${API}hugging-face/paper_2411.02886_SYNTHESIZED.json`),
    },
    { host: 'paperswithcode.co', path: /^\/api\/v1\/papers\//, answer: json({ detail: 'Not found' }, 404) },
    { host: 'api.github.com', path: /^\/repos\/[\w.-]+\/[\w.-]+$/, answer: githubAnswer(now) },
    { host: 'api.github.com', path: /^\/search\/repositories\?/, answer: githubSearchAnswer(now) },
    {
      host: 'api.openalex.org',
      path: '/works/doi:10.48550/arXiv.2403.12968',
      answer: fileJson(`${API}openalex/work_doi_10.48550_arXiv.2403.12968_SYNTHESIZED.json`),
    },
    {
      host: 'api.openalex.org',
      path: '/authors/A5999999001',
      answer: fileJson(`${API}openalex/author_A5999999001_SYNTHESIZED.json`),
    },
    {
      host: 'dblp.org',
      path: /^\/search\/author\/api\?q=Zhuoshi%24%20Pan%24&/,
      answer: fileJson(`${API}dblp/author_search_zhuoshi_pan_SYNTHESIZED.json`),
    },
    {
      host: 'dblp.org',
      path: '/pid/99/0001.xml',
      answer: {
        status: 200,
        headers: { 'content-type': 'application/xml' },
        body: repoFile(`${API}dblp/person_99-0001_Zhuoshi_Pan_SYNTHESIZED.xml`),
      },
    },
  ];
}
