import { dblpPerson } from './dblp-person';
import { dblpToc } from './dblp-toc';
import type { SiteAdapter } from './site-adapter';

/** dblp's page types. */
export const dblpAdapters: readonly SiteAdapter[] = [dblpPerson, dblpToc];
