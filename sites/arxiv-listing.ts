import { defineSiteAdapter } from './define-site-adapter';
import { findListEntries, findListMentions, LIST_NAMES, LIST_SELECTORS } from './arxiv-list-entries';

const FIXTURE = 'arxiv/list-hep-ph-new-2026-09-25.html';

/**
 * arXiv listings `/list/<cat>/new|recent|pastweek|YYYY-MM|YYMM` at any `show=`/`skip=`:
 * new, cross-list and replacement sections, one `dl` per section or day (docs/pages.md §1.4).
 */
export const arxivListing = defineSiteAdapter({
  pageType: 'arxiv-listing',
  paths: [/^\/list\/[^/]+\/(new|recent|pastweek|\d{4}(-\d{2})?)\/?$/],
  selectors: LIST_SELECTORS,
  checkedOn: { page: FIXTURE, entry: FIXTURE, abstractLink: FIXTURE, title: FIXTURE, authors: FIXTURE },
  findUnits: findListEntries,
  // Up to 2000 entries and ~5500 names: read on interest (product budget: ≤ 2× a bare pass).
  names: LIST_NAMES,
  findMentions: (root) => findListMentions(root, 'arxiv-listing'),
});

/* Test URLs:
   https://arxiv.org/list/hep-ph/new
   https://arxiv.org/list/math/recent?show=25
   https://arxiv.org/list/cs.AI/pastweek?show=2000
   https://arxiv.org/list/cs.CL/2024-03 */
