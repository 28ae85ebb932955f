/**
 * Test support: Semantic Scholar answers in the documented Graph v1 shape (docs/sources.md §1.4, as in
 * tests/fixtures/api/semanticscholar/), for people and papers invented by the tests, and the
 * queries a page would send about them. Not used in the build.
 */
import { normalizeName } from '../../names';
import type { AuthorQuery } from '../../messaging/types';
import { json, type FakeRoute } from './test-env';

/** An invented author: id, name, and optional metrics. */
export interface TestAuthor {
  id: string;
  name: string;
  paperCount?: number;
  citationCount?: number;
  hIndex?: number;
  homepage?: string;
}

/** An author object as S2 nests it in a paper (or returns it from search). */
export function s2Author(a: TestAuthor): Record<string, unknown> {
  return {
    authorId: a.id,
    externalIds: {},
    url: `https://www.semanticscholar.org/author/${a.id}`,
    name: a.name,
    affiliations: [],
    homepage: a.homepage ?? null,
    paperCount: a.paperCount ?? 10,
    citationCount: a.citationCount ?? 100,
    hIndex: a.hIndex ?? 3,
  };
}

/** A paper with its authors in order. */
export function s2Paper(p: {
  id: string;
  arxiv?: string;
  acl?: string;
  title: string;
  year?: number;
  venue?: string;
  citations?: number;
  authors: TestAuthor[];
}): Record<string, unknown> {
  return {
    paperId: p.id,
    externalIds: { ...(p.arxiv ? { ArXiv: p.arxiv } : {}), ...(p.acl ? { ACL: p.acl } : {}), CorpusId: 900000000 },
    url: `https://www.semanticscholar.org/paper/${p.id}`,
    title: p.title,
    year: p.year ?? 2024,
    venue: p.venue ?? 'arXiv.org',
    citationCount: p.citations ?? 0,
    authors: p.authors.map(s2Author),
  };
}

const S2 = 'api.semanticscholar.org';

/** Route: `GET /paper/ARXIV:<id>` answers this paper. */
export function paperRoute(arxiv: string, paper: Record<string, unknown> | null): FakeRoute {
  const path = new RegExp(`^/graph/v1/paper/ARXIV:${arxiv.replace('.', '\\.')}\\?`);
  return {
    host: S2,
    path,
    answer: paper ? json(paper) : json({ error: `Paper with id ARXIV:${arxiv} not found` }, 404),
  };
}

/** Route: `GET /author/<id>/papers` answers these papers (one page). */
export function authorPapersRoute(authorId: string, papers: Record<string, unknown>[]): FakeRoute {
  return {
    host: S2,
    path: new RegExp(`^/graph/v1/author/${authorId}/papers\\?`),
    answer: json({ offset: 0, data: papers }),
  };
}

/** Route: `GET /author/search?query=<name>` answers these people. */
export function authorSearchRoute(name: string, authors: TestAuthor[]): FakeRoute {
  const path = new RegExp(`^/graph/v1/author/search\\?query=${encodeURIComponent(name)}&`);
  return { host: S2, path, answer: json({ total: authors.length, offset: 0, data: authors.map(s2Author) }) };
}

/** Route: `GET /author/<id>` answers this profile. */
export function authorRoute(author: TestAuthor): FakeRoute {
  return { host: S2, path: new RegExp(`^/graph/v1/author/${author.id}\\?`), answer: json(s2Author(author)) };
}

/** A name on an arXiv abstract page: the paper, its printed byline, and this author's slot. */
export function arxivQuery(
  arxiv: string,
  byline: string[],
  position: number,
  printed = byline[position] ?? '',
): AuthorQuery {
  return {
    printed,
    normalized: normalizeName(printed),
    pageType: 'arxiv-abs',
    paper: { kind: 'arxiv', id: arxiv, title: `Paper ${arxiv}`, position, authors: byline },
  };
}
