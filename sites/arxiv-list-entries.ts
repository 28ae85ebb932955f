import { ARXIV_AUTHOR_LINK, mentionsFromArxivLinks, readTitle } from './arxiv-author-links';
import { arxivIdIn } from '../domain/paper-id';
import type { AuthorMention, PageType } from './mention';
import { unitsAt } from './units-at';

/**
 * Selectors of the listing item markup shared by /list and /catchup (docs/pages.md §1.4–1.5).
 * `dl[id=articles]` because one page carries several `<dl id='articles'>` (duplicate id).
 */
export const LIST_SELECTORS = {
  page: '#dlpage',
  entry: 'dl[id=articles] > dd',
  abstractLink: 'a[title="Abstract"]',
  title: 'div.list-title',
  authors: `div.list-authors ${ARXIV_AUTHOR_LINK}`,
} as const;

/** Every author link of every entry: what a pointer may land on (read on interest). */
export const LIST_NAMES = `${LIST_SELECTORS.entry} ${LIST_SELECTORS.authors}`;

/** Every entry (`dd`) under root, or the one root sits in or is. */
export function findListEntries(root: ParentNode): Element[] {
  return unitsAt(root, 'dd', LIST_SELECTORS.entry, (dd) => dd.parentElement?.id === 'articles');
}

/** The entry's arXiv id, from the `dt` before it (its `id` attribute holds dots: no `#` selector). */
function entryId(dd: Element): string | undefined {
  let dt = dd.previousElementSibling;
  while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
  const link = dt?.querySelector(LIST_SELECTORS.abstractLink);
  return arxivIdIn(link?.getAttribute('href') ?? '') ?? arxivIdIn(link?.textContent ?? '');
}

/** Mentions of every entry under root, in page order. */
export function findListMentions(root: ParentNode, pageType: PageType): AuthorMention[] {
  const mentions: AuthorMention[] = [];
  for (const dd of findListEntries(root)) {
    const links = Array.from(dd.querySelectorAll(LIST_SELECTORS.authors));
    if (links.length === 0) continue;
    const id = entryId(dd);
    const title = readTitle(dd.querySelector(LIST_SELECTORS.title));
    mentions.push(...mentionsFromArxivLinks(links, id ? { id, title } : undefined, pageType));
  }
  return mentions;
}
