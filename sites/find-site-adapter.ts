import { isSiteHost, isSpaSite, type SiteId, siteOfPageType } from '../domain/sites';
import type { SiteAdapter } from './site-adapter';

/** The adapter among `adapters` for a page URL: its site's hosts (`domain/sites.ts`), then its path patterns. */
export function findAdapterFor(url: URL, adapters: readonly SiteAdapter[]): SiteAdapter | undefined {
  return adapters.find(
    (a) => isSiteHost(siteOfPageType(a.pageType), url.hostname) && a.paths.some((p) => p.test(url.pathname)),
  );
}

/**
 * The single-page-app site among `adapters`' sites whose host `url` is on, if any: there the
 * script starts on any page, since a page it reads can be reached without a load.
 */
export function findSpaSiteFor(url: URL, adapters: readonly SiteAdapter[]): SiteId | undefined {
  return adapters
    .map((a) => siteOfPageType(a.pageType))
    .find((site) => isSpaSite(site) && isSiteHost(site, url.hostname));
}
