import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { splitNativeName } from '../names/native-name';
import { parseAclPersonLink } from './acl-person-link';
import { nameText } from './element-text';
import type { AuthorMention, PageType } from './mention';
import type { SitePersonId } from '../messaging/types';

/** People links on every ACL Anthology page type, in the three URL schemes. */
export const ACL_PERSON_LINK = 'a[href*="/people/"]';

/** Per-link extras a page may know beyond the link (paper_params ids, canonical names). */
export interface AclLinkExtras {
  personIds?: readonly (SitePersonId | undefined)[];
  canonicalNames?: readonly (string | undefined)[];
}

const linkText = nameText;

/** Mentions for a paper's author links in byline order; `paper` undefined for names outside a byline. */
export function mentionsFromAclLinks(
  links: readonly Element[],
  paper: { id: string; title: string } | undefined,
  pageType: PageType,
  extras: AclLinkExtras = {},
): AuthorMention[] {
  const authors = links.map(linkText);
  const mentions: AuthorMention[] = [];
  links.forEach((element, position) => {
    const printed = authors[position] ?? '';
    if (!printed || isCollaboration(printed)) return;
    const sitePersonId = extras.personIds?.[position] ?? parseAclPersonLink(element.getAttribute('href') ?? '');
    // `citation_author` may append the native-script form ("Feng Jiang (蒋峰)"): the canonical
    // name is the Latin part, the native form travels on its own.
    const canonical = splitNativeName(extras.canonicalNames?.[position] ?? '');
    const canonicalName = canonical.latin;
    const nativeName = canonical.nativeName;
    mentions.push({
      printed,
      normalized: normalizeName(printed),
      pageType,
      element,
      ...(canonicalName && canonicalName !== printed ? { canonicalName } : {}),
      ...(nativeName ? { nativeName } : {}),
      ...(paper ? { paper: { kind: 'acl' as const, id: paper.id, title: paper.title, position, authors } } : {}),
      ...(sitePersonId ? { sitePersonId } : {}),
    });
  });
  return mentions;
}
