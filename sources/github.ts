/**
 * GitHub REST, `GET https://api.github.com/repos/{owner}/{repo}` (docs/sources.md §5.1): the exact
 * star count (`stargazers_count`). 60 requests/hour per IP without a token, 5,000 with the
 * user's optional token (`Authorization: Bearer`); the budget is tracked per credential from
 * `X-RateLimit-*` (`net/github-budget.ts`), and 403/429 with remaining 0 is a rate limit until
 * `X-RateLimit-Reset`. Conditional requests (`If-None-Match`) answer 304 when nothing changed;
 * GitHub does not charge a 304 made with an `Authorization` header, while keyless 304s are
 * reported to still cost quota, and ETags differ per token: so stored ETags are per credential.
 * Renamed repositories answer 301, which `fetch` follows.
 */
import { githubRepo } from '../domain/github';
import { GITHUB_KEYLESS_KEY, GITHUB_TOKEN_KEY } from '../net/github-budget';
import { malformed, type Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
import { asHttpUrl, asNumber, asRecord, asString, compact } from './json-fields';

/** A repository's stars; `etag` is what to send next time, `notModified` when the stored copy was reused. */
export interface GithubRepoStars {
  fullName: string;
  url: string;
  stars: number;
  description?: string;
  archived?: boolean;
  fork?: boolean;
  pushedAt?: string;
  etag?: string;
  notModified: boolean;
  /** Whether the request was made with the user's token (ETags are valid for that credential only). */
  authenticated: boolean;
}

/** The user's token, the stored copy from an earlier answer, and the caller's cancellation. */
export interface GithubOptions {
  token?: string;
  cached?: GithubRepoStars;
  signal?: AbortSignal;
}

/** The star count of `owner/repo`, revalidating a stored copy with its ETag when there is one. */
export async function fetchGithubRepoStars(
  net: NetClient,
  repo: { owner: string; repo: string },
  options: GithubOptions = {},
): Promise<Fetched<GithubRepoStars>> {
  if (!githubRepo(repo.owner, repo.repo)) {
    return { ok: false, kind: 'bad-request', message: `Not a GitHub repository: ${repo.owner}/${repo.repo}` };
  }
  const authenticated = Boolean(options.token);
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // An ETag from the other credential would not match: only revalidate copies made with this one.
  const cached = options.cached?.authenticated === authenticated ? options.cached : undefined;
  const res = await net.fetchJsonIfChanged({
    url: `https://api.github.com/repos/${repo.owner}/${repo.repo}`,
    headers,
    rateKey: authenticated ? GITHUB_TOKEN_KEY : GITHUB_KEYLESS_KEY,
    ...(cached?.etag ? { etag: cached.etag } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!res.ok) return res;
  if ('notModified' in res) {
    if (!cached) return malformed('GitHub answered 304 to a request without a stored copy');
    return { ok: true, data: { ...cached, notModified: true, ...(res.etag ? { etag: res.etag } : {}) } };
  }
  const r = asRecord(res.data);
  const fullName = asString(r?.full_name);
  const url = asHttpUrl(r?.html_url);
  const stars = asNumber(r?.stargazers_count);
  if (!r || !fullName || !url || stars === undefined)
    return malformed('GitHub repository does not have the documented shape');
  const data = compact<GithubRepoStars>({
    fullName,
    url,
    stars,
    description: asString(r.description),
    archived: typeof r.archived === 'boolean' ? r.archived : undefined,
    fork: typeof r.fork === 'boolean' ? r.fork : undefined,
    pushedAt: asString(r.pushed_at),
    etag: res.etag,
    notModified: false,
    authenticated,
  });
  return { ok: true, data };
}
