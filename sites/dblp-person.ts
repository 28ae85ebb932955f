import { defineSiteAdapter } from './define-site-adapter';
import { DBLP_NAMES, DBLP_SELECTORS, dblpEntries, dblpMentions } from './dblp-entries';

const FIXTURE = 'dblp/pid-zhuoshi-pan-synthesized.html';

const SELECTORS = {
  page: '#publ-section',
  ...DBLP_SELECTORS,
} as const;

/**
 * dblp person page `/pid/<pid>.html`: the person's publications, each with its co-authors
 * (docs/pages.md §4). Pages of prolific authors run to thousands of entries, so names are
 * read on interest.
 */
export const dblpPerson = defineSiteAdapter({
  pageType: 'dblp-person',
  paths: [/^\/pid\/[\w/-]+\.html$/],
  selectors: SELECTORS,
  checkedOn: Object.fromEntries(Object.keys(SELECTORS).map((k) => [k, FIXTURE])),
  findUnits: dblpEntries,
  names: DBLP_NAMES,
  findMentions: (root, url) => dblpMentions(root, 'dblp-person', url),
});

/* Test URLs:
   https://dblp.org/pid/335/2379.html */
