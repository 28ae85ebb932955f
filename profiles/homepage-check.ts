import type { HomepageCard } from '../homepage/homepage-card';
import { titleKey } from '../domain/paper-title';

/** A paper known to be the person's (from the page or an API), by any of its ids or its title. */
export interface KnownPaper {
  ids: { arxiv?: string | undefined; acl?: string | undefined; doi?: string | undefined };
  title?: string | undefined;
}

/** Whether a candidate homepage is the person's, and if not, why not in words. */
export type HomepageVerdict = { ok: true } | { ok: false; reason: string };

/** Initials agree ("H. Zhao" and "H. Vicky Zhao"): a homepage prints its owner's name in full. */
export const OWNER_AGREES = 0.55;

/**
 * A homepage found through another source (a GitHub profile's `blog`, an ORCID or dblp link) is
 * used only when it is the person's own: it names them, and when it lists papers and some of
 * theirs are known, one of those is on it. A student's page linked from an advisor's profile,
 * or a lab page, fails one of the two.
 */
export function checkHomepage(
  card: HomepageCard,
  person: { name: string; papers: KnownPaper[] },
  nameScore: (a: string, b: string) => number,
): HomepageVerdict {
  if (!card.name) return { ok: false, reason: 'the page does not name its owner' };
  if (nameScore(card.name, person.name) < OWNER_AGREES)
    return { ok: false, reason: `the page is ${card.name}'s, not ${person.name}'s` };
  if (
    card.papers.length &&
    person.papers.length &&
    !card.papers.some((p) => person.papers.some((k) => samePaper(p, k)))
  )
    return { ok: false, reason: `none of the papers it lists is one of ${person.name}'s` };
  return { ok: true };
}

function samePaper(listed: HomepageCard['papers'][number], known: KnownPaper): boolean {
  if (listed.ids.arxiv && listed.ids.arxiv === known.ids.arxiv) return true;
  if (listed.ids.acl && listed.ids.acl === known.ids.acl) return true;
  if (listed.ids.doi && known.ids.doi && listed.ids.doi.toLowerCase() === known.ids.doi.toLowerCase()) return true;
  return Boolean(
    known.title && titleKey(listed.title).length >= 12 && titleKey(listed.title) === titleKey(known.title),
  );
}
