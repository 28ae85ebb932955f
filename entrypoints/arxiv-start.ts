import { defineUnlistedScript } from '#imports';
import { startBootstrapInBrowser } from '../hover-card/bootstrap-browser';
import { INTEREST_SELECTORS } from '../sites/interest';

// What runs on every arXiv page load: listeners only. The cards (entrypoints/arxiv.content) come
// on the first interest in a name. Listed in the manifest by wxt.config.ts.
export default defineUnlistedScript(() => startBootstrapInBrowser(INTEREST_SELECTORS.arxiv));
