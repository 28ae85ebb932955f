import { ENTRY_SELECTORS, findAclEntries, findEntryMentions } from './acl-paper-entries';
import { defineSiteAdapter } from './define-site-adapter';

const FIXTURE = 'acl/event-acl-2024-synthesized.html';

/** ACL Anthology event page `/events/<venue>-<year>/`: every volume's entries on one page (docs/pages.md §2.4). */
export const aclEvent = defineSiteAdapter({
  pageType: 'acl-event',
  paths: [/^\/events\/[^/]+\/?$/],
  selectors: { page: '#main', ...ENTRY_SELECTORS },
  checkedOn: { page: FIXTURE, entry: FIXTURE, entryTitle: FIXTURE, entryAuthors: FIXTURE },
  findUnits: findAclEntries,
  findMentions: (root) => findEntryMentions(root, 'acl-event'),
});

/* Test URLs:
   https://aclanthology.org/events/acl-2024/ */
