import type { ResearcherProfile } from './profile';

/** The fields a full card has, in the order the card shows them. */
export const CARD_FIELDS = [
  'affiliation',
  'position',
  'advisor',
  'interests',
  'homepage',
  'native name',
  'links',
  'metrics',
  'papers',
  'code',
  'stars',
] as const;
export type CardField = (typeof CARD_FIELDS)[number];

/** Which of the card's fields a profile fills (links: any besides the homepage). */
export function filledFields(p: ResearcherProfile): CardField[] {
  const has: Record<CardField, boolean> = {
    affiliation: Boolean(p.affiliation),
    position: Boolean(p.position),
    advisor: Boolean(p.advisors?.value.length),
    interests: Boolean(p.interests?.value.length),
    homepage: Boolean(p.links.homepage),
    'native name': Boolean(p.nativeName),
    links: Object.keys(p.links).some((k) => k !== 'homepage'),
    metrics: Boolean(p.metrics),
    papers: p.papers.length > 0,
    code: p.papers.some((paper) => paper.code.length > 0),
    stars: p.papers.some((paper) => paper.code.some((c) => c.stars)),
  };
  return CARD_FIELDS.filter((f) => has[f]);
}
