/**
 * Semantic Scholar Academic Graph API, `https://api.semanticscholar.org/graph/v1` (docs/sources.md §1).
 * One paper request with nested `authors.*` fields returns every author of a paper with their
 * metrics and dblp names. Keyless callers share one pool and often get 429; keys get 1 req/s;
 * S2 requires exponential back-off (pacing lives in the sources table, `domain/sources.ts`). The optional key
 * goes in the case-sensitive `x-api-key` header.
 */
import { readFetched, type Fetched } from '../net/http-result';
import type { NetClient, NetRequest } from '../net/net-client';
import { toS2Author, toS2Page, toS2Paper, type S2Author, type S2Page, type S2Paper } from './semantic-scholar-shapes';

export type { S2Author, S2Page, S2Paper, S2PaperIds } from './semantic-scholar-shapes';

const BASE = 'https://api.semanticscholar.org/graph/v1';

/** Author fields of the swagger `Author` schema (`aliases` was removed in 2024: HTTP 400). */
const AUTHOR_FIELDS = 'authorId,externalIds,url,name,affiliations,homepage,paperCount,citationCount,hIndex';
/** The paper plus every author's profile in one call (docs/sources.md §1.3). */
export const S2_PAPER_FIELDS = `title,year,venue,externalIds,citationCount,url,${AUTHOR_FIELDS.split(',')
  .map((f) => `authors.${f}`)
  .join(',')}`;
const AUTHOR_PAPER_FIELDS = 'title,year,venue,citationCount,externalIds,url,authors';

/** The optional user key and the caller's cancellation. */
export interface S2Options {
  apiKey?: string;
  signal?: AbortSignal;
}

/** A paper by S2 id (`ARXIV:…`, `ACL:…`, `DOI:…` from `domain/paper-id.ts` `s2PaperId`, sha) with all its authors' profiles. */
export async function fetchS2Paper(
  net: NetClient,
  paperId: string,
  options: S2Options = {},
): Promise<Fetched<S2Paper>> {
  const res = await net.fetchJson(request(`/paper/${pathId(paperId)}?fields=${S2_PAPER_FIELDS}`, options));
  return readFetched(res, toS2Paper, 'Semantic Scholar paper');
}

/** An author profile by S2 author id. */
export async function fetchS2Author(
  net: NetClient,
  authorId: string,
  options: S2Options = {},
): Promise<Fetched<S2Author>> {
  const res = await net.fetchJson(request(`/author/${encodeURIComponent(authorId)}?fields=${AUTHOR_FIELDS}`, options));
  return readFetched(res, toS2Author, 'Semantic Scholar author');
}

/** One page of an author's papers; S2 documents no order, so sort on the client. */
export async function fetchS2AuthorPapers(
  net: NetClient,
  authorId: string,
  options: S2Options & { offset?: number; limit?: number } = {},
): Promise<Fetched<S2Page<S2Paper>>> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
  const path = `/author/${encodeURIComponent(authorId)}/papers?fields=${AUTHOR_PAPER_FIELDS}&offset=${options.offset ?? 0}&limit=${limit}`;
  return readFetched(
    await net.fetchJson(request(path, options)),
    (raw) => toS2Page(raw, toS2Paper),
    'Semantic Scholar paper list',
  );
}

/** Authors whose name matches; hyphens become spaces ("hyphenated query terms yield no matches"). */
export async function searchS2Authors(
  net: NetClient,
  query: string,
  options: S2Options & { limit?: number } = {},
): Promise<Fetched<S2Page<S2Author>>> {
  const q = encodeURIComponent(query.replace(/-/g, ' ').trim());
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 1000);
  const path = `/author/search?query=${q}&fields=${AUTHOR_FIELDS}&limit=${limit}`;
  return readFetched(
    await net.fetchJson(request(path, options)),
    (raw) => toS2Page(raw, toS2Author),
    'Semantic Scholar author search',
  );
}

function request(path: string, options: S2Options): NetRequest {
  const req: NetRequest = { url: `${BASE}${path}` };
  if (options.apiKey) {
    req.headers = { 'x-api-key': options.apiKey };
    // A key has its own budget (1 request a second), apart from the keyless pool.
    req.rateKey = 'api.semanticscholar.org#key';
  }
  if (options.signal) req.signal = options.signal;
  return req;
}

/** Keeps `/` and `:` of DOI-style ids readable in the path, escapes what would end it. */
function pathId(id: string): string {
  return encodeURI(id).replace(/[?#]/g, (c) => encodeURIComponent(c));
}
