import type { SiteAdapter } from './site-adapter';

/** The adapter among `adapters` for a page URL (host and path patterns are data on each adapter). */
export function findAdapterFor(url: URL, adapters: readonly SiteAdapter[]): SiteAdapter | undefined {
  const host = url.hostname.toLowerCase();
  return adapters.find((a) => a.hosts.includes(host) && a.paths.some((p) => p.test(url.pathname)));
}
