/**
 * GitHub's repository search, `GET https://api.github.com/search/repositories?q=repo:a/b repo:c/d`
 * (docs/sources.md §5.1): the star counts of several repositories in one request, under a budget
 * of its own (10 a minute per IP without a token, 30 with one, told in `X-RateLimit-*` with
 * `X-RateLimit-Resource: search`) that does not touch the 60-an-hour core budget. A query is at
 * most 256 characters. When one `repo:` names a repository that does not exist (deleted,
 * renamed, private) GitHub refuses the whole query with 422; the caller then asks the others
 * one by one. Items are matched to the asked names, never taken on trust: a result the query did
 * not name is ignored.
 */
import { malformed, type Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
import type { GithubRepoStars } from './github';
import { asHttpUrl, asNumber, asRecord, asString } from './json-fields';

/** Limiter key for keyless searches (a budget apart from the core one, shared with user search). */
export const GITHUB_SEARCH_KEYLESS_KEY = 'api.github.com#search';
/** Limiter key for searches made with the user's token. */
export const GITHUB_SEARCH_TOKEN_KEY = 'api.github.com#search#token';

/** GitHub refuses longer queries. */
export const MAX_QUERY_CHARS = 256;

const NAME = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** Splits `owner/name`s into queries of at most 256 characters each, dropping names that are not repositories. */
export function starQueries(repos: readonly string[]): string[][] {
  const queries: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const repo of repos) {
    if (!NAME.test(repo) || repo.split('/')[1]!.startsWith('.')) continue;
    const term = `repo:${repo}`.length + (current.length ? 1 : 0);
    if (current.length && length + term > MAX_QUERY_CHARS) {
      queries.push(current);
      current = [];
      length = 0;
    }
    current.push(repo);
    length += `repo:${repo}`.length + (current.length > 1 ? 1 : 0);
  }
  if (current.length) queries.push(current);
  return queries;
}

/**
 * Star counts of up to one query's worth of repositories (see `starQueries`), by lower-case
 * `owner/name`. A repository missing from the map was not in the answer.
 */
export async function searchGithubStars(
  net: NetClient,
  repos: readonly string[],
  options: { token?: string; signal?: AbortSignal } = {},
): Promise<Fetched<Map<string, GithubRepoStars>>> {
  const asked = new Set(repos.map((r) => r.toLowerCase()));
  const q = repos.map((r) => `repo:${r}`).join(' ');
  const authenticated = Boolean(options.token);
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await net.fetchJson({
    url: `https://api.github.com/search/repositories?q=${encodeURIComponent(q).replaceAll('%20', '+')}&per_page=100`,
    headers,
    rateKey: authenticated ? GITHUB_SEARCH_TOKEN_KEY : GITHUB_SEARCH_KEYLESS_KEY,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!res.ok) return res;
  const items = asRecord(res.data)?.items;
  if (!Array.isArray(items)) return malformed('GitHub search does not have the documented shape');
  const found = new Map<string, GithubRepoStars>();
  for (const item of items) {
    const r = asRecord(item);
    const fullName = asString(r?.full_name);
    const url = asHttpUrl(r?.html_url);
    const stars = asNumber(r?.stargazers_count);
    if (!fullName || !url || stars === undefined || !asked.has(fullName.toLowerCase())) continue;
    found.set(fullName.toLowerCase(), { fullName, url, stars, notModified: false, authenticated });
  }
  return { ok: true, data: found };
}
