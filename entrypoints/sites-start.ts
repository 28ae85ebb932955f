import { defineUnlistedScript } from '#imports';
import { isSiteHost, OPT_IN_SITE_IDS } from '../domain/sites';
import { startBootstrapInBrowser } from '../hover-card/bootstrap-browser';
import { INTEREST_SELECTORS } from '../sites/interest';

// What runs on every page load of an opt-in site the user turned on (registered at run time by
// background/site-scripts.ts): listeners only. The cards (the site's own
// entrypoints/<site>.content) come on the first interest in a name.
export default defineUnlistedScript(() => {
  const site = OPT_IN_SITE_IDS.find((id) => isSiteHost(id, location.hostname));
  if (site) startBootstrapInBrowser(INTEREST_SELECTORS[site]);
});
