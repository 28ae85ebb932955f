import { dblpAdapters } from './dblp-adapters';
import { hfAdapters } from './hf-adapters';
import { openReviewAdapters } from './openreview-adapters';
import { scholarAdapters } from './scholar-adapters';
import type { SiteAdapter } from './site-adapter';

/**
 * The adapters of every opt-in site. Their one content script is registered at run time per
 * site (its own hosts only), so on any page only that site's adapters can match.
 */
export const optInAdapters: readonly SiteAdapter[] = [
  ...hfAdapters,
  ...dblpAdapters,
  ...openReviewAdapters,
  ...scholarAdapters,
];
