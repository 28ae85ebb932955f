import { scholarProfile } from './scholar-profile';
import { scholarResults } from './scholar-results';
import type { SiteAdapter } from './site-adapter';

/** Google Scholar's page types. */
export const scholarAdapters: readonly SiteAdapter[] = [scholarResults, scholarProfile];
