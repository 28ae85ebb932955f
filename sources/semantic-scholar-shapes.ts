/**
 * Semantic Scholar Graph v1 objects, normalised. Shapes from docs/sources.md §1.2–1.4: author
 * `externalIds` holds `DBLP` (a list of dblp disambiguated names) and `ORCID`; paper
 * `externalIds` holds `ArXiv`, `ACL`, `DOI`, `DBLP` strings and a numeric `CorpusId`.
 */
import { asArray, asHttpUrl, asNumber, asRecord, asString, asStrings, compact } from './json-fields';

/** An author as S2 describes them (a profile, or an author entry nested in a paper). */
export interface S2Author {
  /** Missing for author names S2 has not linked to a profile. */
  authorId?: string;
  name: string;
  url?: string;
  affiliations: string[];
  homepage?: string;
  paperCount?: number;
  citationCount?: number;
  hIndex?: number;
  /** dblp disambiguated names ("Abhijit Banerjee 0001"), which lead straight to dblp. */
  dblpNames: string[];
  orcid?: string;
}

/** The ids S2 merged into one paper record (arXiv and ACL versions are merged). */
export interface S2PaperIds {
  arxiv?: string;
  acl?: string;
  doi?: string;
  dblp?: string;
  corpusId?: number;
}

/** A paper with its authors in order. */
export interface S2Paper {
  paperId: string;
  title?: string;
  year?: number;
  venue?: string;
  citationCount?: number;
  url?: string;
  ids: S2PaperIds;
  authors: S2Author[];
}

/** One page of a paginated list; `next` is absent on the last page, `total` is approximate. */
export interface S2Page<T> {
  items: T[];
  offset: number;
  next?: number;
  total?: number;
}

/** An author object, or undefined when it has no name. */
export function toS2Author(raw: unknown): S2Author | undefined {
  const r = asRecord(raw);
  const name = asString(r?.name);
  if (!r || !name) return undefined;
  const ext = asRecord(r.externalIds);
  const author: S2Author = { name, affiliations: asStrings(r.affiliations), dblpNames: asStrings(ext?.DBLP) };
  const orcid = asString(ext?.ORCID);
  assign(author, {
    authorId: asString(r.authorId),
    url: asHttpUrl(r.url),
    homepage: asHttpUrl(r.homepage),
    paperCount: asNumber(r.paperCount),
    citationCount: asNumber(r.citationCount),
    hIndex: asNumber(r.hIndex),
    orcid,
  });
  return author;
}

/** A paper object, or undefined when it has no `paperId`. */
export function toS2Paper(raw: unknown): S2Paper | undefined {
  const r = asRecord(raw);
  const paperId = asString(r?.paperId);
  if (!r || !paperId) return undefined;
  const ext = asRecord(r.externalIds);
  const ids: S2PaperIds = {};
  assign(ids, {
    arxiv: asString(ext?.ArXiv),
    acl: asString(ext?.ACL),
    doi: asString(ext?.DOI),
    dblp: asString(ext?.DBLP),
    corpusId: asNumber(ext?.CorpusId),
  });
  const paper: S2Paper = { paperId, ids, authors: asArray(r.authors).flatMap((a) => toS2Author(a) ?? []) };
  assign(paper, {
    title: asString(r.title),
    year: asNumber(r.year),
    venue: asString(r.venue),
    citationCount: asNumber(r.citationCount),
    url: asHttpUrl(r.url),
  });
  return paper;
}

/** A `{offset, next?, total?, data}` page, or undefined when `data` is not a list. */
export function toS2Page<T>(raw: unknown, item: (value: unknown) => T | undefined): S2Page<T> | undefined {
  const r = asRecord(raw);
  if (!r || !Array.isArray(r.data)) return undefined;
  const page: S2Page<T> = { items: r.data.flatMap((value) => item(value) ?? []), offset: asNumber(r.offset) ?? 0 };
  assign(page, { next: asNumber(r.next), total: asNumber(r.total) });
  return page;
}

function assign<T extends object>(target: T, values: Partial<T>): void {
  Object.assign(target, compact(values));
}
