import { ACL_PAPER_PATH, aclIdInPath } from '../domain/paper-id';
import { ACL_PERSON_LINK, mentionsFromAclLinks } from './acl-mentions';
import { readAclPaperParams } from './acl-paper-params';
import { defineSiteAdapter } from './define-site-adapter';
import { titleText } from './element-text';

const F2026 = 'acl/paper-2021.naacl-main.208-2026-02.html';
const F2024 = 'acl/paper-2021.naacl-main.208-2024-08.html';

const SELECTORS = {
  page: '#main p.lead',
  // The byline only: editors are person links too, in the details `dl` (docs/pages.md §2.2).
  authors: `#main p.lead > ${ACL_PERSON_LINK}`,
  title: '#main h2#title',
  canonicalNames: 'meta[name="citation_author"]',
} as const;

/**
 * ACL Anthology paper page `/<anthology-id>/`. Person ids come from `paper_params` when the
 * page has it, else from the link; `citation_author` gives the canonical name when the byline
 * prints a variant ("R. Florian" → "Radu Florian").
 */
export const aclPaper = defineSiteAdapter({
  pageType: 'acl-paper',
  paths: [ACL_PAPER_PATH],
  selectors: SELECTORS,
  checkedOn: { page: F2026, authors: F2024, title: F2026, canonicalNames: F2026 },
  findMentions(root, url) {
    const links = Array.from(root.querySelectorAll(SELECTORS.authors));
    if (links.length === 0) return [];
    const id = aclIdInPath(url.pathname);
    const title = titleText(root.querySelector(SELECTORS.title));
    const params = readAclPaperParams(root);
    const metas = Array.from(
      root.querySelectorAll(SELECTORS.canonicalNames),
      (m) => m.getAttribute('content') ?? undefined,
    );
    return mentionsFromAclLinks(links, id ? { id, title } : undefined, 'acl-paper', {
      ...(params.length === links.length ? { personIds: params.map((p) => p.id) } : {}),
      ...(metas.length === links.length ? { canonicalNames: metas } : {}),
    });
  },
});

/* Test URLs:
   https://aclanthology.org/2024.findings-acl.57/
   https://aclanthology.org/N04-1001/
   https://aclanthology.org/2021.naacl-main.208/ */
