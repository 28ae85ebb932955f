import { paperOfDoi } from '../domain/paper-id';
import { titleKey } from '../domain/paper-title';
import type { HomepagePaper } from '../homepage/homepage-card';
import type { S2Paper } from '../sources/semantic-scholar';
import type { AuthorRole, PaperEntry } from './profile';

function idKeys(ids: PaperEntry['ids']): string[] {
  return [
    ids.arxiv && `arxiv:${ids.arxiv.toLowerCase()}`,
    ids.acl && `acl:${ids.acl.toLowerCase()}`,
    ids.doi && `doi:${ids.doi.toLowerCase()}`,
  ].filter((k): k is string => Boolean(k));
}

/** arXiv's own DOIs (10.48550/arXiv.X) name the preprint: they join on the arXiv id instead. */
function normaliseIds(ids: { arxiv?: string | null; acl?: string | null; doi?: string | null }): PaperEntry['ids'] {
  const out: PaperEntry['ids'] = {};
  const named = ids.doi ? paperOfDoi(ids.doi) : undefined;
  const arxivDoi = named?.kind === 'arxiv' ? named.id : undefined;
  const arxiv = ids.arxiv ?? arxivDoi;
  if (arxiv) out.arxiv = arxiv.replace(/v\d+$/, '');
  if (ids.acl) out.acl = ids.acl;
  if (ids.doi && !arxivDoi) out.doi = ids.doi;
  return out;
}

function roleFromPosition(index: number | null | undefined, count: number, coFirst = false): AuthorRole | undefined {
  if (index === null || index === undefined || index < 0) return undefined;
  if (coFirst) return 'co-first';
  if (index === 0) return 'first';
  if (index === count - 1 && count > 2) return 'last';
  return 'other';
}

function venueLabel(venue: string | null | undefined): string | undefined {
  if (!venue) return undefined;
  return /^arxiv(\.org)?$/i.test(venue.trim()) ? 'arXiv' : venue.trim();
}

/**
 * One list of a researcher's papers from their homepage and Semantic Scholar: duplicates
 * joined by arXiv / ACL / DOI id, then by normalised title, so the arXiv preprint and the
 * published version are one paper with both venues. The homepage's own order comes first (it
 * is the owner's selection), then the rest by citations.
 */
export function mergePapers(homepage: HomepagePaper[], s2: S2Paper[], s2AuthorId?: string): PaperEntry[] {
  const entries: PaperEntry[] = [];
  const byKey = new Map<string, PaperEntry>();
  const find = (ids: PaperEntry['ids'], title: string) =>
    idKeys(ids)
      .map((k) => byKey.get(k))
      .find(Boolean) ?? byKey.get(`title:${titleKey(title)}`);
  const index = (entry: PaperEntry) => {
    for (const k of idKeys(entry.ids)) byKey.set(k, entry);
    byKey.set(`title:${titleKey(entry.title)}`, entry);
  };

  for (const p of homepage) {
    const ids = normaliseIds(p.ids);
    const venue = venueLabel(p.venue);
    const existing = find(ids, p.title);
    if (existing) {
      // The same paper twice on one homepage (news and publications): keep the first, add code.
      for (const c of p.code)
        if (!existing.code.some((e) => e.repo.toLowerCase() === c.repo.toLowerCase())) existing.code.push({ ...c });
      continue;
    }
    const role = roleFromPosition(p.ownerIndex, p.authors.length, p.coFirst);
    const entry: PaperEntry = {
      title: p.title,
      ids,
      venues: venue ? [venue] : [],
      code: p.code.map((c) => ({ ...c })),
      sources: ['homepage'],
      ...(p.url ? { url: p.url } : {}),
      ...(p.year ? { year: p.year } : {}),
      ...(role ? { role } : {}),
    };
    entries.push(entry);
    index(entry);
  }

  const fromS2: PaperEntry[] = [];
  for (const p of s2) {
    if (!p.title) continue;
    const ids = normaliseIds({ arxiv: p.ids.arxiv ?? null, acl: p.ids.acl ?? null, doi: p.ids.doi ?? null });
    const venue = venueLabel(p.venue);
    const position = s2AuthorId ? p.authors.findIndex((a) => a.authorId === s2AuthorId) : -1;
    const existing = find(ids, p.title);
    if (existing) {
      Object.assign(existing.ids, { ...ids, ...existing.ids });
      if (venue && !existing.venues.includes(venue)) existing.venues.push(venue);
      if (p.citationCount !== undefined) existing.citations = Math.max(existing.citations ?? 0, p.citationCount);
      if (!existing.year && p.year) existing.year = p.year;
      existing.role ??= roleFromPosition(position, p.authors.length);
      if (!existing.sources.includes('semantic-scholar')) existing.sources.push('semantic-scholar');
      index(existing);
      continue;
    }
    const role = roleFromPosition(position, p.authors.length);
    const entry: PaperEntry = {
      title: p.title,
      ids: { ...ids, s2: p.paperId },
      venues: venue ? [venue] : [],
      code: [],
      sources: ['semantic-scholar'],
      ...(p.url ? { url: p.url } : {}),
      ...(p.year ? { year: p.year } : {}),
      ...(p.citationCount !== undefined ? { citations: p.citationCount } : {}),
      ...(role ? { role } : {}),
    };
    fromS2.push(entry);
    index(entry);
  }
  // Published venues read better before "arXiv" when a paper has both.
  for (const e of [...entries, ...fromS2]) e.venues.sort((a, b) => Number(a === 'arXiv') - Number(b === 'arXiv'));
  fromS2.sort((a, b) => (b.citations ?? 0) - (a.citations ?? 0));
  return [...entries, ...fromS2];
}
