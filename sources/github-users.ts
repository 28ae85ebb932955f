/**
 * GitHub people: `GET https://api.github.com/users/{login}` (public profile: `name`, `blog`,
 * `company`, `location`, `html_url`) and user search by full name,
 * `GET /search/users?q=<name>+in:name+type:user`. Search results carry logins only (no
 * `name`), so each candidate is checked with `/users/{login}` and `githubUserAgrees`.
 *
 * Budgets: `/users` counts against the same 60-an-hour keyless (5,000 with a token) budget as
 * star counts (`net/github-budget.ts`); search has its own of 10 a minute keyless (30 with a
 * token), paced under the rate key `api.github.com#search` (`net/host-policy.ts`).
 * A user's `blog` is often their homepage; it is written without a scheme as often as not.
 */
import { isGithubLogin } from '../domain/github';
import { GITHUB_KEYLESS_KEY, GITHUB_TOKEN_KEY } from '../net/github-budget';
import { readFetched, type Fetched } from '../net/http-result';
import type { NetClient, NetRequest } from '../net/net-client';
import { compareNames, isCollaboration } from '../names';
import { asArray, asHttpUrl, asNumber, asRecord, asString, compact } from './json-fields';

/** A GitHub account's public profile, as far as a card needs it. */
export interface GithubUser {
  login: string;
  /** `https://github.com/<login>`: a profile, never a homepage. */
  url: string;
  type: 'User' | 'Organization' | 'Bot' | 'other';
  name?: string;
  /** The `blog` field as an http(s) URL (`example.org` → `https://example.org/`). */
  blog?: string;
  company?: string;
  location?: string;
  bio?: string;
  twitter?: string;
  publicRepos?: number;
  followers?: number;
}

/** One user search hit: a login to look up, best match first. */
export interface GithubUserHit {
  login: string;
  url: string;
  score?: number;
}

/** The user's optional token and the caller's cancellation. */
export interface GithubPeopleOptions {
  token?: string;
  signal?: AbortSignal;
  /** Longest wait for GitHub's pacing before giving up (0: only when a slot is free now). */
  maxQueueMs?: number;
}

/** The rate key of GitHub's search budget (10 a minute keyless), apart from the core budget. */
export const GITHUB_SEARCH_KEY = 'api.github.com#search';

/** The public profile of `login`. */
export async function fetchGithubUser(
  net: NetClient,
  login: string,
  options: GithubPeopleOptions = {},
): Promise<Fetched<GithubUser>> {
  if (!isGithubLogin(login)) return { ok: false, kind: 'bad-request', message: `Not a GitHub login: ${login}` };
  const res = await net.fetchJson(
    request(`https://api.github.com/users/${login}`, options, options.token ? GITHUB_TOKEN_KEY : GITHUB_KEYLESS_KEY),
  );
  return readFetched(res, toUser, 'GitHub user');
}

/**
 * Users whose profile name matches `fullName` (GitHub's `in:name` qualifier), people only.
 * The answer names logins; confirm each with `fetchGithubUser` and `githubUserAgrees`.
 */
export async function searchGithubUsersByName(
  net: NetClient,
  fullName: string,
  options: GithubPeopleOptions & { limit?: number } = {},
): Promise<Fetched<GithubUserHit[]>> {
  const name = fullName
    .replace(/["\\:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name) return { ok: false, kind: 'bad-request', message: 'Empty GitHub user search' };
  const perPage = Math.min(Math.max(options.limit ?? 5, 1), 100);
  const q = `${encodeURIComponent(`"${name}"`)}+in:name+type:user`;
  const res = await net.fetchJson(
    request(
      `https://api.github.com/search/users?q=${q}&per_page=${perPage}`,
      options,
      options.token ? `${GITHUB_SEARCH_KEY}#token` : GITHUB_SEARCH_KEY,
    ),
  );
  return readFetched(res, toHits, 'GitHub user search');
}

/**
 * Whether a GitHub account is plausibly the author: a person (not an organisation) whose
 * profile name matches the author's name exactly or strongly (`names/compare-names.ts`), or
 * whose login spells the author's name ("pzs19" does not; "zhuoshipan" would) when no name is
 * set. Initials alone ("Z. Pan") are not enough.
 */
export function githubUserAgrees(user: GithubUser, authorName: string): boolean {
  if (user.type !== 'User' || isCollaboration(authorName)) return false;
  if (user.name) {
    const match = compareNames(user.name, authorName);
    return match === 'exact' || match === 'strong';
  }
  const login = user.login.toLowerCase().replace(/[-_\d]/g, '');
  const letters = foldedLetters(authorName);
  return letters.length >= 6 && (login === letters || login === reversedLetters(authorName));
}

function request(url: string, options: GithubPeopleOptions, rateKey: string): NetRequest {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return {
    url,
    headers,
    rateKey,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.maxQueueMs !== undefined ? { maxQueueMs: options.maxQueueMs } : {}),
  };
}

function toUser(raw: unknown): GithubUser | undefined {
  const r = asRecord(raw);
  const login = asString(r?.login);
  const url = asHttpUrl(r?.html_url);
  if (!r || !login || !url) return undefined;
  const type = r.type === 'User' || r.type === 'Organization' || r.type === 'Bot' ? r.type : 'other';
  return compact<GithubUser>({
    login,
    url,
    type,
    name: asString(r.name),
    blog: blogUrl(r.blog),
    company: asString(r.company),
    location: asString(r.location),
    bio: asString(r.bio),
    twitter: asString(r.twitter_username),
    publicRepos: asNumber(r.public_repos),
    followers: asNumber(r.followers),
  });
}

function toHits(raw: unknown): GithubUserHit[] | undefined {
  const items = asRecord(raw)?.items;
  if (!Array.isArray(items)) return undefined;
  return asArray(items).flatMap((item) => {
    const r = asRecord(item);
    const login = asString(r?.login);
    const url = asHttpUrl(r?.html_url);
    if (!r || !login || !url || (r.type !== undefined && r.type !== 'User')) return [];
    return [compact<GithubUserHit>({ login, url, score: asNumber(r.score) })];
  });
}

/** `blog` is free text: `http://nvie.com`, `vincent-jacques.net`, or empty. */
function blogUrl(value: unknown): string | undefined {
  const text = asString(value);
  if (!text || /\s/.test(text)) return undefined;
  return asHttpUrl(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
}

function foldedLetters(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function reversedLetters(name: string): string {
  return foldedLetters(name.trim().split(/\s+/).reverse().join(' '));
}
