import { hfDaily } from './hf-daily';
import { hfPaper } from './hf-paper';
import type { SiteAdapter } from './site-adapter';

/** Hugging Face Papers' page types. */
export const hfAdapters: readonly SiteAdapter[] = [hfPaper, hfDaily];
