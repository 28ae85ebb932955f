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
  if (Object.hasOwn(SITES, id)) return SITES[id as SiteId].label;
  return Object.hasOwn(LABELS, id) ? LABELS[id as SourceKey] : id;
}
