import { defineUnlistedScript } from '#imports';
import { startBootstrapInBrowser } from '../hover-card/bootstrap-browser';
import { INTEREST_SELECTORS } from '../sites/interest';

// What runs on every ACL Anthology page load: listeners only. The cards (entrypoints/acl.content)
// come on the first interest in a name. Listed in the manifest by wxt.config.ts.
export default defineUnlistedScript(() => startBootstrapInBrowser(INTEREST_SELECTORS['acl-anthology']));
