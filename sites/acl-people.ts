import { normalizeName } from '../names/normalize-name';
import { ACL_PERSON_LINK, mentionsFromAclLinks } from './acl-mentions';
import { ENTRY_SELECTORS, findAclEntries, findEntryMentions } from './acl-paper-entries';
import { parseAclPersonLink } from './acl-person-link';
import { defineSiteAdapter } from './define-site-adapter';
import type { AuthorMention } from './mention';
import { MAX_NAME_CHARS, nameText } from './element-text';

const F2026 = 'acl/people-andreas-madsack-2026-07.html';
const F2023 = 'acl/people-andreas-madsack-2023-01.html';

const SELECTORS = {
  page: '#main h2#title',
  // The owner's name is split in two spans (fw-normal / fw-bold, font-weight-* in 2023).
  ownerName: '#main h2#title > span',
  coauthors: `.list-group-item > a.align-middle${ACL_PERSON_LINK.slice(1)}`,
  ...ENTRY_SELECTORS,
} as const;

function ownerMention(root: ParentNode, url: URL): AuthorMention[] {
  const heading = root.querySelector(SELECTORS.page);
  if (!heading) return [];
  const printed = Array.from(heading.querySelectorAll(':scope > span'), nameText)
    .join(' ')
    .trim()
    .slice(0, MAX_NAME_CHARS);
  if (!printed) return [];
  const sitePersonId = parseAclPersonLink(url.pathname);
  return [
    {
      printed,
      normalized: normalizeName(printed),
      pageType: 'acl-people',
      element: heading,
      ...(sitePersonId ? { sitePersonId } : {}),
    },
  ];
}

/**
 * ACL Anthology people page `/people/<id>/[unverified/]` (and the 2023 `/people/<x>/<slug>/`):
 * the page's owner, every paper entry's authors, and the co-authors card (docs/pages.md §2.5).
 */
export const aclPeople = defineSiteAdapter({
  pageType: 'acl-people',
  paths: [/^\/people\/.+/],
  selectors: SELECTORS,
  checkedOn: { page: F2026, ownerName: F2023, coauthors: F2026, entry: F2023, entryTitle: F2026, entryAuthors: F2026 },
  findUnits: (root) => {
    const owner = root.querySelector(SELECTORS.page);
    const coauthors = root.querySelector(SELECTORS.coauthors)?.closest('ul');
    return [...(owner ? [owner] : []), ...findAclEntries(root), ...(coauthors ? [coauthors] : [])];
  },
  findMentions(root, url) {
    const isOwner = (root as Partial<Element>).matches?.call(root, SELECTORS.page) === true;
    const coauthorLinks = Array.from(root.querySelectorAll(SELECTORS.coauthors));
    return [
      ...(isOwner || root.querySelector(SELECTORS.page)
        ? ownerMention(isOwner ? ((root as Element).parentElement ?? root) : root, url)
        : []),
      ...findEntryMentions(root, 'acl-people'),
      ...mentionsFromAclLinks(coauthorLinks, undefined, 'acl-people'),
    ];
  },
});

/* Test URLs:
   https://aclanthology.org/people/andreas-madsack/unverified/
   https://aclanthology.org/people/a/andreas-madsack/ (2023 scheme) */
