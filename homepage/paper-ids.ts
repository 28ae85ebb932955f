/**
 * A homepage's paper links read with Byline's one vocabulary of ids (`domain/paper-id.ts`) and
 * repositories (`domain/github.ts`), plus what only homepages have: shields.io star badges and
 * template credit links (docs/homepages.md §2.5).
 */
import { githubRepo, repoName } from '../domain/github';
import { paperIdsInUrl } from '../domain/paper-id';
import type { PaperIds } from './homepage-card';

/** Paper ids found in a list of URLs (first match of each kind wins). */
export function readPaperIds(urls: readonly string[]): PaperIds {
  const ids: PaperIds = { arxiv: null, acl: null, doi: null, openreview: null };
  for (const url of urls) for (const { kind, id } of paperIdsInUrl(url)) ids[kind] ??= id;
  return ids;
}

/** Whether a URL points at a paper landing page (arXiv, ACL Anthology, DOI, OpenReview). */
export function isPaperUrl(url: string): boolean {
  return paperIdsInUrl(url).length > 0;
}

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
  const repo = m?.[1] && m[2] ? githubRepo(m[1], m[2].replace(/\.git$/i, '')) : undefined;
  return repo ? repoName(repo) : null;
}
