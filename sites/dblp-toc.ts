import { defineSiteAdapter } from './define-site-adapter';
import { DBLP_NAMES, DBLP_SELECTORS, dblpEntries, dblpMentions } from './dblp-entries';

const FIXTURE = 'dblp/toc-acl-findings-2024-synthesized.html';

const SELECTORS = {
  page: '#main',
  ...DBLP_SELECTORS,
} as const;

/**
 * dblp table of contents of a proceedings volume or journal issue `/db/conf/<x>/<y>.html`,
 * `/db/journals/<x>/<y>.html` (docs/pages.md §4). Hundreds of entries: names read on interest.
 */
export const dblpToc = defineSiteAdapter({
  pageType: 'dblp-toc',
  paths: [/^\/db\/(?:conf|journals)\/[\w-]+\/[\w-]+\.html$/],
  selectors: SELECTORS,
  checkedOn: Object.fromEntries(Object.keys(SELECTORS).map((k) => [k, FIXTURE])),
  findUnits: dblpEntries,
  names: DBLP_NAMES,
  findMentions: (root, url) => dblpMentions(root, 'dblp-toc', url),
});

/* Test URLs:
   https://dblp.org/db/conf/acl/acl2024f.html
   https://dblp.org/db/journals/tacl/tacl12.html */
