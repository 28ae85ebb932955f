import { githubReposIn, repoName } from '../domain/github';
import type { PaperContext } from '../messaging/types';
import { titleKey } from '../domain/paper-title';
import type { PaperEntry } from './profile';

/** Every id the page's paper is known by: the page's own, and those another source's record adds. */
export interface ContextPaperIds {
  arxiv?: string;
  acl?: string;
  doi?: string;
}

/**
 * The paper the user is looking at leads the list: it is the one they came to ask about. The
 * page names it by one id (an ACL page by its ACL id) and a homepage or an API by another (its
 * arXiv id), so the ids Semantic Scholar's or OpenAlex's record of the paper adds are matched
 * too, and the title when no id agrees.
 */
export function contextPaperFirst(
  papers: PaperEntry[],
  ctx: PaperContext | undefined,
  known: ContextPaperIds = {},
): PaperEntry[] {
  if (!ctx) return papers;
  const ids: ContextPaperIds = { ...known, [ctx.kind]: ctx.id };
  const doi = ids.doi?.toLowerCase();
  const title = titleKey(ctx.title);
  const byId = (p: PaperEntry) =>
    (ids.arxiv !== undefined && p.ids.arxiv === ids.arxiv) ||
    (ids.acl !== undefined && p.ids.acl === ids.acl) ||
    (doi !== undefined && p.ids.doi?.toLowerCase() === doi);
  let here = papers.findIndex(byId);
  if (here < 0 && title.length >= 12) here = papers.findIndex((p) => titleKey(p.title) === title);
  if (here < 0) return papers;
  const paper = papers[here]!;
  // The repositories the page itself links for this paper (arXiv comments) are code too.
  if (!paper.code.length)
    for (const gh of githubReposIn((ctx.code ?? []).join(' ')).slice(0, 3))
      paper.code.push({ repo: repoName(gh), url: gh.url });
  return [paper, ...papers.slice(0, here), ...papers.slice(here + 1)];
}
