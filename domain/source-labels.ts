/**
 * How the card names where a fact came from. The labels sit apart from the sources table
 * (`sources.ts`) because the content scripts print them and must not bundle the whole table;
 * the type makes the compiler ask for one label per source.
 */
import { SITES, type SiteId } from './sites';
import type { SourceId, SourceKey } from './sources';

const LABELS: Record<SourceKey, string> = {
  'semantic-scholar': 'Semantic Scholar',
  dblp: 'DBLP',
  openalex: 'OpenAlex',
  orcid: 'ORCID',
  github: 'GitHub',
  'hugging-face': 'Hugging Face',
  paperswithcode: 'paperswithcode.co',
  openreview: 'OpenReview',
  homepage: 'homepage',
};

/** "Semantic Scholar", "arXiv", "you"; an id this version does not know (stored by another) as itself. */
export function sourceLabel(id: SourceId): string {
  if (id === 'user') return 'you';
  // A source and a site can share an id (dblp is both): a fact's origin is the source.
  if (Object.hasOwn(LABELS, id)) return LABELS[id as SourceKey];
  return Object.hasOwn(SITES, id) ? SITES[id as SiteId].label : id;
}
