import { aclIdInPath } from '../domain/paper-id';
import { ACL_PERSON_LINK, mentionsFromAclLinks } from './acl-mentions';
import type { AuthorMention, PageType } from './mention';
import { titleText } from './element-text';
import { unitsAt } from './units-at';

/**
 * The paper-entry markup shared by volume, event and people pages (hugo `papers/list-entry`):
 * `p.d-sm-flex` until 2026, `div.d-sm-flex` since; the event page's volume `h4.d-sm-flex`
 * lacks `align-items-stretch`.
 */
export const ENTRY_SELECTORS = {
  entry: '#main .d-sm-flex.align-items-stretch',
  entryTitle: 'strong > a.align-middle',
  entryAuthors: ACL_PERSON_LINK,
} as const;

/** Every entry under root, or the one root sits in or is. */
export function findAclEntries(root: ParentNode): Element[] {
  return unitsAt(root, '.d-sm-flex.align-items-stretch', ENTRY_SELECTORS.entry);
}

/** Mentions of every paper entry under root, each with its paper context. */
export function findEntryMentions(root: ParentNode, pageType: PageType): AuthorMention[] {
  const mentions: AuthorMention[] = [];
  for (const entry of findAclEntries(root)) {
    const titleLink = entry.querySelector(ENTRY_SELECTORS.entryTitle);
    const id = aclIdInPath(titleLink?.getAttribute('href') ?? '');
    const title = titleText(titleLink);
    const links = Array.from(entry.querySelectorAll(ENTRY_SELECTORS.entryAuthors));
    mentions.push(...mentionsFromAclLinks(links, id ? { id, title } : undefined, pageType));
  }
  return mentions;
}
