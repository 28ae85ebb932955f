/**
 * GitHub repositories and users in links and text: the one strict reader every part of Byline
 * uses (page comments, homepages, API answers). The content scripts import it: it stays small.
 */

/** A repository on github.com. `url` is canonical: `https://github.com/<owner>/<repo>`. */
export interface GithubRepo {
  owner: string;
  repo: string;
  url: string;
}

/** Logins are letters, digits and single hyphens between them, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Repository names: letters, digits, `.`, `_`, `-`, at most 100; a leading dot is never research code. */
const REPO = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/** First path segments of github.com that are GitHub's own pages, never a user or organisation. */
const RESERVED = new Set(
  (
    'about account apps codespaces collections contact customer-stories enterprise events explore features ' +
    'issues join login logout marketplace new notifications organizations orgs pricing pulls readme search ' +
    'security settings site sponsors team topics trending users'
  ).split(' '),
);

const REPO_URL = /^https?:\/\/(?:www\.)?github\.com\/([^/?#\s]+)\/([^/?#\s]+)(?:[/?#]\S*)?$/i;
const USER_URL = /^https?:\/\/(?:www\.)?github\.com\/([^/?#\s]+)\/?(?:[?#]\S*)?$/i;
const REPO_URLS_IN_TEXT = /https?:\/\/(?:www\.)?github\.com\/[^\s<>"'(),;]+/gi;

/** Whether a string can be a user's or organisation's login (GitHub's own pages excluded). */
export function isGithubLogin(login: string): boolean {
  return LOGIN.test(login) && !RESERVED.has(login.toLowerCase());
}

/** The repository `owner/repo` names, when both parts are valid. */
export function githubRepo(owner: string, repo: string): GithubRepo | undefined {
  return isGithubLogin(owner) && REPO.test(repo)
    ? { owner, repo, url: `https://github.com/${owner}/${repo}` }
    : undefined;
}

/**
 * The repository a github.com URL points into (`/tree/…`, `?tab=…` and `.git` dropped; the dots
 * and brackets prose puts after a URL too), else undefined: GitHub's own pages, profiles,
 * other hosts, badges.
 */
export function parseGithubRepo(url: string): GithubRepo | undefined {
  const m = REPO_URL.exec(url.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const name = m[2]
    .replace(/[.,:;)\]]+$/, '')
    .replace(/\.git$/i, '')
    .replace(/\.+$/, '');
  return githubRepo(m[1], name);
}

/** `owner/repo`, the form a card shows and keys compare (case-insensitively). */
export function repoName(repo: Pick<GithubRepo, 'owner' | 'repo'>): string {
  return `${repo.owner}/${repo.repo}`;
}

/** The login of a `github.com/<login>` profile URL (exactly one path segment), else undefined. */
export function parseGithubUser(url: string): string | undefined {
  const login = USER_URL.exec(url.trim())?.[1];
  return login && isGithubLogin(login) ? login : undefined;
}

/** Distinct repositories linked in free text ("Code: https://github.com/a/b."), in order. */
export function githubReposIn(text: string): GithubRepo[] {
  const seen = new Set<string>();
  const found: GithubRepo[] = [];
  for (const [url] of text.matchAll(REPO_URLS_IN_TEXT)) {
    const repo = parseGithubRepo(url);
    if (repo && !seen.has(repoName(repo).toLowerCase())) {
      seen.add(repoName(repo).toLowerCase());
      found.push(repo);
    }
  }
  return found;
}
