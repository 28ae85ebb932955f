import { ACL_PERSON_LINK, mentionsFromAclLinks } from './acl-mentions';
import { ENTRY_SELECTORS, findAclEntries, findEntryMentions } from './acl-paper-entries';
import { defineSiteAdapter } from './define-site-adapter';

const FIXTURE = 'acl/volume-2024.findings-acl-synthesized.html';

const SELECTORS = {
  page: '#main',
  editors: `#main p.lead ${ACL_PERSON_LINK}`,
  ...ENTRY_SELECTORS,
} as const;

/** ACL Anthology volume page `/volumes/<volume-id>/`: editors, then one entry per paper (docs/pages.md §2.3). */
export const aclVolume = defineSiteAdapter({
  pageType: 'acl-volume',
  paths: [/^\/volumes\/[^/]+\/?$/],
  selectors: SELECTORS,
  checkedOn: { page: FIXTURE, editors: FIXTURE, entry: FIXTURE, entryTitle: FIXTURE, entryAuthors: FIXTURE },
  findUnits: findAclEntries,
  findMentions(root) {
    const editors = mentionsFromAclLinks(Array.from(root.querySelectorAll(SELECTORS.editors)), undefined, 'acl-volume');
    return [...editors, ...findEntryMentions(root, 'acl-volume')];
  },
});

/* Test URLs:
   https://aclanthology.org/volumes/2024.findings-acl/
   https://aclanthology.org/volumes/2021.naacl-main/ */
