import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { nameText, titleText } from './element-text';
import type { AuthorMention, PageType } from './mention';
import type { PaperContext } from '../messaging/types';
import { unitsAt } from './units-at';
import { paperOfLinks } from './paper-links';
import { dblpPersonId } from './person-links';

/**
 * dblp's publication entries, the same on person pages and tables of contents
 * (docs/pages.md §4): one `li.entry` per publication, its byline in `cite.data` as schema.org
 * `author` spans in order; a linked co-author is `a[href*="/pid/"]`, the page's own person
 * (person pages) is `span.this-person`. Editors are `itemprop="editor"`, not authors.
 */
export const DBLP_SELECTORS = {
  entry: 'ul.publ-list > li.entry',
  author: 'cite.data > span[itemprop="author"]',
  authorName: 'span[itemprop="author"] > a[href*="/pid/"], span[itemprop="author"] > span.this-person',
  title: 'cite.data > span.title',
  electronicEdition: 'nav.publ li.ee a[href]',
} as const;

/** Every name element of every entry: what a hover on a big page is tested against. */
export const DBLP_NAMES = `${DBLP_SELECTORS.entry} ${DBLP_SELECTORS.author} > :is(a[href*="/pid/"], span.this-person)`;

/** The entries `root` is in or holds. */
export function dblpEntries(root: ParentNode): Element[] {
  return unitsAt(root, 'li.entry', DBLP_SELECTORS.entry, (li) => li.parentElement?.matches('ul.publ-list') === true);
}

/** The arXiv or ACL paper an entry's electronic editions point to, when one does. */
function paperOf(li: Element): Pick<PaperContext, 'kind' | 'id'> | undefined {
  return paperOfLinks(
    Array.from(li.querySelectorAll(DBLP_SELECTORS.electronicEdition), (a) => a.getAttribute('href') ?? ''),
  );
}

/** Mentions of every author of the entries under (or around) `root`, in byline order. */
export function dblpMentions(root: ParentNode, pageType: PageType, url: URL): AuthorMention[] {
  // The page's own person is no link: their pid is the person page's path.
  const pagePerson = pageType === 'dblp-person' ? dblpPersonId(url.pathname) : undefined;
  return dblpEntries(root).flatMap((li) => {
    const holders = Array.from(li.querySelectorAll(DBLP_SELECTORS.author));
    const names = holders.map((h) => h.querySelector(DBLP_SELECTORS.authorName));
    // dblp prints disambiguation numbers only in the link's title ("Wei Li 0001"); the text is the name.
    const authors = names.map((el, i) => nameText(el ?? holders[i]));
    const paper = paperOf(li);
    const title = titleText(li.querySelector(DBLP_SELECTORS.title)).replace(/\.$/, '');
    const mentions: AuthorMention[] = [];
    names.forEach((element, position) => {
      const printed = authors[position] ?? '';
      if (!element || !printed || isCollaboration(printed)) return;
      const sitePersonId = element.matches('span.this-person')
        ? pagePerson
        : dblpPersonId(element.getAttribute('href'));
      mentions.push({
        printed,
        normalized: normalizeName(printed),
        pageType,
        element,
        ...(paper ? { paper: { ...paper, title, position, authors } } : {}),
        ...(sitePersonId ? { sitePersonId } : {}),
      });
    });
    return mentions;
  });
}
