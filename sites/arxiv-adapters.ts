import { arxivAbs } from './arxiv-abs';
import { arxivCatchup } from './arxiv-catchup';
import { arxivHtml } from './arxiv-html';
import { arxivListing } from './arxiv-listing';
import { arxivSearch } from './arxiv-search';
import type { SiteAdapter } from './site-adapter';

/** arXiv's page types; the arXiv content script bundles only these. */
export const arxivAdapters: readonly SiteAdapter[] = [arxivAbs, arxivListing, arxivCatchup, arxivSearch, arxivHtml];
