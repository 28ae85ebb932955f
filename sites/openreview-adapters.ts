import { openReviewForum } from './openreview-forum';
import { openReviewGroup } from './openreview-group';
import { openReviewProfile } from './openreview-profile';
import type { SiteAdapter } from './site-adapter';

/** OpenReview's page types. */
export const openReviewAdapters: readonly SiteAdapter[] = [openReviewForum, openReviewGroup, openReviewProfile];
