import { aclEvent } from './acl-event';
import { aclPaper } from './acl-paper';
import { aclPeople } from './acl-people';
import { aclVolume } from './acl-volume';
import type { SiteAdapter } from './site-adapter';

/** The ACL Anthology's page types; the ACL Anthology content script bundles only these. */
export const aclAdapters: readonly SiteAdapter[] = [aclPaper, aclVolume, aclEvent, aclPeople];
