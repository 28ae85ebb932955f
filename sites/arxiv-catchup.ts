import { defineSiteAdapter } from './define-site-adapter';
import { findListEntries, findListMentions, LIST_NAMES, LIST_SELECTORS } from './arxiv-list-entries';

const FIXTURE = 'arxiv/catchup-cs-2026-09-22-page2-trimmed.html';

/** arXiv catchup `/catchup/<archive>/<YYYY-MM-DD>`: the listing item markup (docs/pages.md §1.5). */
export const arxivCatchup = defineSiteAdapter({
  pageType: 'arxiv-catchup',
  paths: [/^\/catchup\/[^/]+\/\d{4}-\d{2}-\d{2}\/?$/],
  selectors: LIST_SELECTORS,
  checkedOn: { page: FIXTURE, entry: FIXTURE, abstractLink: FIXTURE, title: FIXTURE, authors: FIXTURE },
  findUnits: findListEntries,
  names: LIST_NAMES,
  findMentions: (root) => findListMentions(root, 'arxiv-catchup'),
});

/* Test URLs:
   https://arxiv.org/catchup/cs/2026-09-22?abs=True&page=2 */
