import { aclAdapters } from './acl-adapters';
import { arxivAdapters } from './arxiv-adapters';
import { findAdapterFor } from './find-site-adapter';
import type { SiteAdapter } from './site-adapter';

/** Every adapter Byline has, one per site and page type. */
export const siteAdapters: readonly SiteAdapter[] = [...arxivAdapters, ...aclAdapters];

/** The adapter for a page URL among all of Byline's, if any. */
export function findSiteAdapter(url: URL): SiteAdapter | undefined {
  return findAdapterFor(url, siteAdapters);
}
