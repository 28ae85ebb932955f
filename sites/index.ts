import { aclEvent } from './acl-event';
import { aclPaper } from './acl-paper';
import { aclPeople } from './acl-people';
import { aclVolume } from './acl-volume';
import { arxivAbs } from './arxiv-abs';
import { arxivCatchup } from './arxiv-catchup';
import { arxivHtml } from './arxiv-html';
import { arxivListing } from './arxiv-listing';
import { arxivSearch } from './arxiv-search';
import type { SiteAdapter } from './site-adapter';

/** Every adapter Byline has, one per site and page type. */
export const siteAdapters: readonly SiteAdapter[] = [
  arxivAbs, arxivListing, arxivCatchup, arxivSearch, arxivHtml,
  aclPaper, aclVolume, aclEvent, aclPeople,
];

/** The adapter for a page URL (host and path patterns are data on each adapter), if any. */
export function findSiteAdapter(url: URL): SiteAdapter | undefined {
  const host = url.hostname.toLowerCase();
  return siteAdapters.find((a) => a.hosts.includes(host) && a.paths.some((p) => p.test(url.pathname)));
}
