import { isSiteHost, siteOfPageType } from '../domain/sites';
import type { SiteAdapter } from './site-adapter';

/** The adapter among `adapters` for a page URL: its site's hosts (`domain/sites.ts`), then its path patterns. */
export function findAdapterFor(url: URL, adapters: readonly SiteAdapter[]): SiteAdapter | undefined {
  return adapters.find(
    (a) => isSiteHost(siteOfPageType(a.pageType), url.hostname) && a.paths.some((p) => p.test(url.pathname)),
  );
}
