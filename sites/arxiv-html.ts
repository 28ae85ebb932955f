import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { arxivIdIn } from '../domain/paper-id';
import { wrapPersonNames } from './arxiv-html-names';
import { NAME_SPAN_ATTR } from './name-spans';
import { defineSiteAdapter } from './define-site-adapter';
import type { AuthorMention } from './mention';
import { nameText, titleText } from './element-text';

const FIXTURE = 'arxiv/html-2403.12968v1-synthesized.html';

const SELECTORS = {
  page: 'article.ltx_document',
  personName: '.ltx_authors .ltx_creator.ltx_role_author .ltx_personname',
  title: 'h1.ltx_title_document',
  backToAbstract: 'a[href*="/abs/"]',
} as const;

/**
 * arXiv HTML full text `/html/<id>vN` (LaTeXML), and ar5iv's `/html/<id>` (the same LaTeXML
 * markup, on `ar5iv.labs.arxiv.org` and `ar5iv.org`, with no arXiv header; docs/pages.md §1.9). Names are text, not links: each one is
 * wrapped in a `span[data-byline-name]` that the card anchors to (docs/pages.md §1.7).
 */
export const arxivHtml = defineSiteAdapter({
  pageType: 'arxiv-html',
  paths: [/^\/html\/.+/],
  selectors: SELECTORS,
  checkedOn: { page: FIXTURE, personName: FIXTURE, title: FIXTURE, backToAbstract: FIXTURE },
  findMentions(root, url) {
    const own = (root as Partial<Element>).matches?.call(root, SELECTORS.personName) ? [root as Element] : [];
    const holders = own.length ? own : Array.from(root.querySelectorAll(SELECTORS.personName));
    if (holders.length === 0 || (root as Partial<Element>).hasAttribute?.call(root, NAME_SPAN_ATTR)) return [];
    const spans = holders.flatMap(wrapPersonNames);
    const authors = spans.map(nameText);
    const id = arxivIdIn(url.pathname.replace(/^\/html\//, ''));
    const doc = (root as Partial<Node>).ownerDocument ?? (root as Document);
    const title = titleText(doc.querySelector(SELECTORS.title));
    const mentions: AuthorMention[] = [];
    spans.forEach((element, position) => {
      const printed = authors[position] ?? '';
      if (!printed || isCollaboration(printed)) return;
      mentions.push({
        printed,
        normalized: normalizeName(printed),
        pageType: 'arxiv-html',
        element,
        ...(id ? { paper: { kind: 'arxiv' as const, id, title, position, authors } } : {}),
      });
    });
    return mentions;
  },
});

/* Test URLs:
   https://arxiv.org/html/2403.12968v1
   https://arxiv.org/html/2106.09608v2
   https://ar5iv.labs.arxiv.org/html/2403.12968
   https://ar5iv.org/html/2403.12968 */
