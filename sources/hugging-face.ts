/**
 * Hugging Face papers, `GET https://huggingface.co/api/papers/{arxiv_id}` (docs/sources.md §6.1): the GitHub
 * repository and its star count for an arXiv paper in one keyless call. 404 means HF has not
 * indexed the paper. Anonymous limit: 500 API requests per 5-minute fixed window per IP; HF
 * says how much is left and when the window resets only in `RateLimit: "api";r=…;t=…`
 * (no `Retry-After`), which `net/rate-headers.ts` reads: a 429 resolves to `rate-limited`
 * with `retryAt` at the window's end, and nothing is retried or sent before then.
 * `githubRepoAddedBy` is "auto" (HF matched it, lower trust) or "user"; HF's star count can
 * lag behind GitHub.
 */
import { parseGithubRepo } from '../domain/github';
import { asArxivId } from '../domain/paper-id';
import { readFetched, type Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
import { asArray, asHttpUrl, asNumber, asRecord, asString, compact } from './json-fields';

/** What Byline reads from an HF paper page. */
export interface HfPaper {
  arxivId: string;
  title?: string;
  publishedAt?: string;
  githubRepo?: { owner: string; repo: string; url: string };
  githubStars?: number;
  githubRepoAddedBy?: 'auto' | 'user';
  projectPage?: string;
  upvotes?: number;
  authors: { name: string; hidden: boolean }[];
}

/** The HF paper for an arXiv id. */
export async function fetchHfPaper(
  net: NetClient,
  arxivId: string,
  options: { signal?: AbortSignal } = {},
): Promise<Fetched<HfPaper>> {
  const id = asArxivId(arxivId);
  if (!id) return { ok: false, kind: 'bad-request', message: `Not an arXiv id: ${arxivId}` };
  const url = `https://huggingface.co/api/papers/${id}`;
  return readFetched(
    await net.fetchJson({ url, ...(options.signal ? { signal: options.signal } : {}) }),
    toHfPaper,
    'Hugging Face paper',
  );
}

function toHfPaper(raw: unknown): HfPaper | undefined {
  const r = asRecord(raw);
  const arxivId = asString(r?.id);
  if (!r || !arxivId) return undefined;
  const repoUrl = asString(r.githubRepo);
  const addedBy = r.githubRepoAddedBy;
  return compact<HfPaper>({
    arxivId,
    title: asString(r.title),
    publishedAt: asString(r.publishedAt),
    githubRepo: repoUrl ? parseGithubRepo(repoUrl) : undefined,
    githubStars: asNumber(r.githubStars),
    githubRepoAddedBy: addedBy === 'auto' || addedBy === 'user' ? addedBy : undefined,
    projectPage: asHttpUrl(r.projectPage),
    upvotes: asNumber(r.upvotes),
    authors: asArray(r.authors).flatMap((a) => {
      const name = asString(asRecord(a)?.name);
      return name ? [{ name, hidden: asRecord(a)?.hidden === true }] : [];
    }),
  });
}
