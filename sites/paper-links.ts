import { aclIdInPath, arxivIdIn } from '../domain/paper-id';
import type { PaperContext } from '../messaging/types';

/**
 * The arXiv or ACL Anthology paper some links of one entry point to (an arXiv abstract or PDF
 * first, then an Anthology page), when one does: dblp's electronic editions, a Scholar result's
 * title and full-text links.
 */
export function paperOfLinks(hrefs: readonly string[]): Pick<PaperContext, 'kind' | 'id'> | undefined {
  for (const href of hrefs) {
    const arxiv = /^https?:\/\/(?:export\.|www\.)?arxiv\.org\/(?:abs|pdf)\/(.+)$/.exec(href);
    const id = arxiv ? arxivIdIn(arxiv[1] ?? '') : undefined;
    if (id) return { kind: 'arxiv', id };
  }
  for (const href of hrefs) {
    const acl = /^https?:\/\/aclanthology\.org\//.test(href) ? aclIdInPath(href) : undefined;
    if (acl) return { kind: 'acl', id: acl };
  }
  return undefined;
}
