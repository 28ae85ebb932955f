import { ARXIV_AUTHOR_LINK, mentionsFromArxivLinks } from './arxiv-author-links';
import { arxivIdIn } from '../domain/paper-id';
import { defineSiteAdapter } from './define-site-adapter';
import { titleText } from './element-text';
import { unitsAt } from './units-at';

const FIXTURE = 'arxiv/search-llmlingua-synthesized.html';

const SELECTORS = {
  page: 'h1.title',
  result: 'li.arxiv-result',
  abstractLink: 'p.list-title a',
  title: 'p.title',
  // At most 25 links per result, then plain text "et al. (N additional authors not shown)".
  authors: `p.authors ${ARXIV_AUTHOR_LINK}`,
} as const;

function findResults(root: ParentNode): Element[] {
  return unitsAt(root, SELECTORS.result, SELECTORS.result);
}

/**
 * arXiv search results `/search/?…`, `/search/<archives>?…` and advanced-search results
 * `/search/advanced?…` (the same `li.arxiv-result` markup; the bare form has no results, so no
 * mentions) (arxiv-search templates, docs/pages.md §1.6 and §1.10).
 */
export const arxivSearch = defineSiteAdapter({
  pageType: 'arxiv-search',
  paths: [/^\/search\/?[^/]*\/?$/],
  selectors: SELECTORS,
  checkedOn: { page: FIXTURE, result: FIXTURE, abstractLink: FIXTURE, title: FIXTURE, authors: FIXTURE },
  findUnits: findResults,
  names: `${SELECTORS.result} ${SELECTORS.authors}`,
  findMentions(root) {
    return findResults(root).flatMap((li) => {
      const link = li.querySelector(SELECTORS.abstractLink);
      const id = arxivIdIn(link?.getAttribute('href') ?? '') ?? arxivIdIn(link?.textContent ?? '');
      const title = titleText(li.querySelector(SELECTORS.title));
      const links = Array.from(li.querySelectorAll(SELECTORS.authors));
      return mentionsFromArxivLinks(links, id ? { id, title } : undefined, 'arxiv-search');
    });
  },
});

/* Test URLs:
   https://arxiv.org/search/?query=Pan%2C+Z&searchtype=author
   https://arxiv.org/search/cs?searchtype=author&query=Pan,+Z
   https://arxiv.org/search/advanced?advanced=&terms-0-operator=AND&terms-0-term=Pan%2C+Z&terms-0-field=author */
