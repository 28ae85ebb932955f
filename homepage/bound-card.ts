/**
 * Last line of defence before a card leaves the reader: every string bounded and cleaned,
 * every URL http(s)/mailto, every list capped, warnings deduplicated. Readers already do
 * this; the pass makes the guarantee independent of any one reader.
 */
import type { HomepageCard, LabelledLink } from './homepage-card';
import { CARD_LIMITS } from './homepage-card';
import { cleanOrNull, cleanText } from './clean-text';
import { isSafeUrl } from '../domain/safe-url';

const url = (u: string | null): string | null => (u !== null && isSafeUrl(u) ? u : null);
const text = (t: string | null): string | null => (t === null ? null : cleanOrNull(t));
const links = (list: readonly LabelledLink[]): LabelledLink[] =>
  list
    .filter((l) => isSafeUrl(l.url))
    .slice(0, CARD_LIMITS.links)
    .map((l) => ({ label: cleanText(l.label, 60) || 'Link', url: l.url }));

/** Return a copy of the card with every bound enforced. */
export function boundCard(card: HomepageCard): HomepageCard {
  const seenWarnings = new Set<string>();
  return {
    template: card.template,
    pageUrl: url(card.pageUrl),
    name: text(card.name),
    nativeName: text(card.nativeName),
    photo: url(card.photo),
    position: text(card.position),
    affiliation: text(card.affiliation),
    advisors: card.advisors
      .slice(0, CARD_LIMITS.advisors)
      .map((a) => ({ name: cleanText(a.name, 120), url: url(a.url) })),
    interests: card.interests
      .map((i) => cleanText(i, 120))
      .filter(Boolean)
      .slice(0, CARD_LIMITS.interests),
    location: text(card.location),
    links: {
      homepage: url(card.links.homepage),
      scholar: url(card.links.scholar),
      github: url(card.links.github),
      orcid: url(card.links.orcid),
      dblp: url(card.links.dblp),
      openreview: url(card.links.openreview),
      twitter: url(card.links.twitter),
      email: url(card.links.email),
    },
    ids: {
      scholar: text(card.ids.scholar),
      github: text(card.ids.github),
      orcid: text(card.ids.orcid),
      dblp: text(card.ids.dblp),
      openreview: text(card.ids.openreview),
      twitter: text(card.ids.twitter),
      email: text(card.ids.email),
    },
    news: card.news
      .slice(0, CARD_LIMITS.news)
      .map((n) => ({ date: text(n.date), text: cleanText(n.text), links: links(n.links), old: n.old })),
    papers: card.papers.slice(0, CARD_LIMITS.papers).map((p) => ({
      title: cleanText(p.title),
      url: url(p.url),
      ids: { arxiv: text(p.ids.arxiv), acl: text(p.ids.acl), doi: text(p.ids.doi), openreview: text(p.ids.openreview) },
      authors: p.authors.map((a) => cleanText(a, 120)).slice(0, CARD_LIMITS.authors),
      ownerIndex:
        p.ownerIndex !== null && p.ownerIndex < Math.min(p.authors.length, CARD_LIMITS.authors) ? p.ownerIndex : null,
      coFirst: p.coFirst,
      venue: text(p.venue),
      year: p.year !== null && Number.isInteger(p.year) && p.year >= 1900 && p.year <= 2100 ? p.year : null,
      code: p.code
        .filter((c) => isSafeUrl(c.url))
        .slice(0, CARD_LIMITS.code)
        .map((c) => ({ repo: cleanText(c.repo, 150), url: c.url })),
      links: links(p.links),
    })),
    honors: card.honors.slice(0, CARD_LIMITS.entries).map((e) => ({ date: text(e.date), text: cleanText(e.text) })),
    education: card.education
      .slice(0, CARD_LIMITS.entries)
      .map((e) => ({ date: text(e.date), text: cleanText(e.text) })),
    experience: card.experience
      .slice(0, CARD_LIMITS.entries)
      .map((e) => ({ date: text(e.date), text: cleanText(e.text) })),
    warnings: card.warnings
      .filter((w) => !seenWarnings.has(w.message) && seenWarnings.add(w.message))
      .slice(0, CARD_LIMITS.warnings)
      .map((w) => ({ kind: w.kind, message: cleanText(w.message) })),
  };
}
