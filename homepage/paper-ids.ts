/**
 * Identifiers in links: arXiv, ACL Anthology, DOI, OpenReview, GitHub repositories and
 * shields.io star badges (patterns from docs/homepages.md §2.5).
 */
import type { PaperIds } from './homepage-card';

const ARXIV = /arxiv\.org\/(?:abs|pdf|html)\/(\d{4}\.\d{4,5})(?:v\d+)?/i;
const ARXIV_OLD = /arxiv\.org\/(?:abs|pdf)\/([a-z-]+(?:\.[A-Z]{2})?\/\d{7})/i;
const ACL =
  /(?:aclanthology\.org|aclweb\.org\/anthology)\/(?:[A-Z]\/[A-Z]\d{2}\/)?(\d{4}\.[a-z0-9-]+\.\d+|[A-Z]\d{2}-\d{4})/i;
const DOI = /(?:doi\.org\/|dl\.acm\.org\/doi\/(?:abs\/|pdf\/|full\/)?)(10\.\d{4,9}\/[^\s?#]+)/i;
const OPENREVIEW = /openreview\.net\/(?:forum|pdf)\?(?:[^#]*&)?id=([\w-]+)/i;

/** Paper ids found in a list of URLs (first match of each kind wins). */
export function readPaperIds(urls: readonly string[]): PaperIds {
  const ids: PaperIds = { arxiv: null, acl: null, doi: null, openreview: null };
  for (const url of urls) {
    ids.arxiv ??= ARXIV.exec(url)?.[1] ?? ARXIV_OLD.exec(url)?.[1] ?? null;
    ids.acl ??= ACL.exec(url)?.[1] ?? null;
    ids.doi ??= decodeDoi(DOI.exec(url)?.[1]);
    ids.openreview ??= OPENREVIEW.exec(url)?.[1] ?? null;
  }
  return ids;
}

function decodeDoi(raw: string | undefined): string | null {
  if (!raw) return null;
  let doi = raw;
  try {
    doi = decodeURIComponent(raw);
  } catch {
    // keep the raw form
  }
  return doi.replace(/[.,;)]+$/, '').toLowerCase();
}

/** Whether a URL points at a paper landing page (arXiv, ACL Anthology, DOI, OpenReview). */
export function isPaperUrl(url: string): boolean {
  return ARXIV.test(url) || ARXIV_OLD.test(url) || ACL.test(url) || DOI.test(url) || OPENREVIEW.test(url);
}

/** GitHub paths that are not repositories. */
const GITHUB_RESERVED = new Set([
  'orgs',
  'users',
  'topics',
  'search',
  'sponsors',
  'features',
  'about',
  'marketplace',
  'settings',
  'login',
  'apps',
]);

/**
 * Template and credit repositories linked from page footers, never a paper's code
 * (docs/homepages.md §2.5).
 */
const TEMPLATE_REPOS = [
  /^alshedivat\/al-folio$/i,
  /^rayeren\/acad-homepage\.github\.io$/i,
  /^academicpages\/academicpages\.github\.io$/i,
  /^jonbarron\/.*website/i,
  /^leonidk\/new_website$/i,
  /^bogoli\/-folio$/i,
  /^wowchemy\//i,
  /^hugoblox\//i,
  /^gcushen\/hugo-academic$/i,
];

/** `owner/repo` for a github.com repository URL (trailing punctuation and `.git` trimmed), else null. */
export function githubRepoOf(url: string): string | null {
  const m =
    /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})(?:[/?#]|$)/.exec(
      url,
    );
  if (!m?.[1] || !m[2]) return null;
  if (GITHUB_RESERVED.has(m[1].toLowerCase())) return null;
  const repo = m[2].replace(/\.git$/i, '').replace(/[.]+$/, '');
  return repo ? `${m[1]}/${repo}` : null;
}

/** The GitHub login of a `github.com/<login>` profile URL (exactly one path segment), else null. */
export function githubUserOf(url: string): string | null {
  const m = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?(?:[?#].*)?$/.exec(url);
  return m?.[1] && !GITHUB_RESERVED.has(m[1].toLowerCase()) ? m[1] : null;
}

/** Whether a repository is a template/credit repository rather than research code. */
export function isTemplateRepo(repo: string): boolean {
  return TEMPLATE_REPOS.some((re) => re.test(repo));
}

/** The repository named by a shields.io GitHub stars/forks badge image URL, else null. */
export function badgeRepoOf(src: string): string | null {
  const m =
    /^https?:\/\/img\.shields\.io\/github\/(?:stars|forks|watchers|last-commit)\/([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})/i.exec(
      src,
    );
  return m?.[1] && m[2] ? `${m[1]}/${m[2].replace(/\.git$/i, '')}` : null;
}
