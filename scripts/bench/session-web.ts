import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, ROUTES, type Route } from '../../tests/e2e/fake-web/routes';

/**
 * The session bench's own corner of the fake web. The listing is the real saved hep-ph listing
 * of 2026-09-25 (provenance in tests/fixtures/pages/SOURCES.md); everything the APIs answer about
 * its papers and authors is GENERATED here, deterministically from the names and arXiv ids, in
 * the recorded shapes of Semantic Scholar, OpenAlex, Hugging Face and GitHub. Nothing in these
 * answers is real data about these people. The generated world has what real ones have: authors
 * who share papers across the listing, groups whose papers share one repository, code known to
 * Hugging Face for some papers only, and Hugging Face star counts that lag GitHub's.
 */

const LISTING = fileURLToPath(
  new URL('../../tests/fixtures/pages/arxiv/list-hep-ph-new-2026-09-25.html', import.meta.url),
);
export const SESSION_LISTING_URL = 'https://arxiv.org/list/hep-ph/new';

export interface ListingPaper {
  arxiv: string;
  title: string;
  authors: string[];
}

/** The entries of the saved listing: arXiv id, title and the printed author names. */
export function readListing(html = readFileSync(LISTING, 'utf8')): ListingPaper[] {
  const entries = html.match(/<dt>[\s\S]*?<\/dd>/g) ?? [];
  return entries.flatMap((entry) => {
    const arxiv = /id="(\d{4}\.\d{4,5})"/.exec(entry)?.[1];
    const title = /<span class='descriptor'>Title:<\/span>\s*([\s\S]*?)\s*<\/div>/.exec(entry)?.[1]?.trim();
    const authorsBlock = /<div class='list-authors'>([\s\S]*?)<\/div>/.exec(entry)?.[1] ?? '';
    const authors = [...authorsBlock.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => decode(m[1] ?? '').trim());
    return arxiv && title && authors.length ? [{ arxiv, title: decode(title), authors }] : [];
  });
}

const decode = (s: string) =>
  s.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replace(/\s+/g, ' ');

/** FNV-1a: a stable number for a string. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 30) || 'x';

interface GenAuthor {
  name: string;
  authorId: string;
  openAlexId: string;
  affiliation?: string;
  paperCount: number;
  citationCount: number;
  hIndex: number;
  /** Listing papers by this author. */
  listing: string[];
  /** Older papers (arXiv ids not on the listing), each perhaps with code. */
  older: string[];
}

interface GenPaper {
  arxiv: string;
  title: string;
  authors: string[];
  /** `owner/name` of the paper's code, when Hugging Face knows it. */
  repo?: string;
}

const INSTITUTIONS = [
  'INFN Padova',
  'CERN',
  'DESY',
  'Fermilab',
  'University of Tokyo',
  'IHEP Beijing',
  'University of Oxford',
  'SLAC',
  'Tata Institute of Fundamental Research',
  'Universidad de Valencia',
];

/** The generated world of one listing: its authors, their papers and the papers' code. */
export class SessionWorld {
  readonly papers = new Map<string, GenPaper>();
  readonly authors = new Map<string, GenAuthor>();
  readonly authorsById = new Map<string, GenAuthor>();
  /** True star counts on GitHub, by lower-case `owner/name`. */
  readonly stars = new Map<string, { fullName: string; stars: number }>();

  constructor(readonly listing: ListingPaper[]) {
    for (const p of listing) {
      for (const name of p.authors) this.author(name).listing.push(p.arxiv);
      // A group (named after the last author) keeps its code under one owner; one paper in four
      // is another release of the group's shared toolkit.
      const lab = slug(p.authors.at(-1) ?? 'lab');
      const h = hash(p.arxiv);
      const repo = h % 5 < 3 ? (h % 4 === 0 ? `${lab}-lab/toolkit` : `${lab}-lab/${slug(p.title)}`) : undefined;
      this.addPaper({ arxiv: p.arxiv, title: p.title, authors: p.authors, ...(repo ? { repo } : {}) });
    }
    for (const a of this.authors.values()) {
      const h = hash(a.name);
      const lab = slug(this.papers.get(a.listing[0]!)?.authors.at(-1) ?? a.name);
      for (let k = 0; k < 3; k++) {
        const arxiv = `25${String(((h >> (k * 3)) % 12) + 1).padStart(2, '0')}.${String((h + k * 7919) % 100000).padStart(5, '0')}`;
        a.older.push(arxiv);
        if (this.papers.has(arxiv)) continue;
        const code = (h + k) % 3;
        this.addPaper({
          arxiv,
          title: `Earlier study ${k + 1} by ${a.name}`,
          authors: [a.name],
          ...(code === 0
            ? { repo: `${lab}-lab/toolkit` }
            : code === 1
              ? { repo: `${slug(a.name)}/study-${k + 1}` }
              : {}),
        });
      }
    }
  }

  private author(name: string): GenAuthor {
    let a = this.authors.get(name);
    if (!a) {
      const h = hash(name);
      a = {
        name,
        authorId: String(8_000_000_000 + (h % 900_000_000)),
        openAlexId: `A59${String(h % 100_000_000).padStart(8, '0')}`,
        ...(h % 10 < 7 ? { affiliation: INSTITUTIONS[h % INSTITUTIONS.length] } : {}),
        paperCount: 5 + (h % 120),
        citationCount: 20 + (h % 9000),
        hIndex: 2 + (h % 40),
        listing: [],
        older: [],
      };
      this.authors.set(name, a);
      this.authorsById.set(a.authorId, a);
    }
    return a;
  }

  private addPaper(p: GenPaper): void {
    this.papers.set(p.arxiv, p);
    if (p.repo && !this.stars.has(p.repo.toLowerCase()))
      this.stars.set(p.repo.toLowerCase(), { fullName: p.repo, stars: hash(p.repo) % 4000 });
  }

  /** Hugging Face reads `githubStars` itself, now and then: its count lags GitHub's by a few. */
  hfStars(repo: string): number {
    const truth = this.stars.get(repo.toLowerCase())?.stars ?? 0;
    return Math.max(0, truth - (hash(`lag:${repo}`) % 6));
  }

  s2Author(a: GenAuthor) {
    return {
      authorId: a.authorId,
      externalIds: {},
      url: `https://www.semanticscholar.org/author/${a.authorId}`,
      name: a.name,
      affiliations: a.affiliation ? [a.affiliation] : [],
      homepage: null,
      paperCount: a.paperCount,
      citationCount: a.citationCount,
      hIndex: a.hIndex,
    };
  }

  s2Paper(p: GenPaper) {
    const id = String(hash(`paper:${p.arxiv}`)).padStart(40, '0');
    return {
      paperId: id,
      externalIds: { ArXiv: p.arxiv, CorpusId: hash(p.arxiv) % 1e9 },
      url: `https://www.semanticscholar.org/paper/${id}`,
      title: p.title,
      year: p.arxiv.startsWith('26') ? 2026 : 2025,
      venue: 'arXiv.org',
      citationCount: hash(p.arxiv) % 60,
    };
  }

  /** Routes answering for this world; put first so they win over the shared table. */
  routes(): Route[] {
    const json = (body: unknown) => JSON.stringify(body);
    const paperOf = (url: URL) => this.papers.get(/(\d{4}\.\d{4,5})/.exec(decodeURIComponent(url.pathname))?.[1] ?? '');
    const authorOf = (url: URL) => this.authorsById.get(url.pathname.split('/')[4] ?? '');
    const repoOf = (url: URL) => {
      const [, , owner = '', name = ''] = url.pathname.split('/');
      return this.stars.get(`${owner}/${name}`.toLowerCase());
    };
    const searched = (url: URL) =>
      [...(url.searchParams.get('q') ?? '').matchAll(/repo:([\w.-]+\/[\w.-]+)/g)].map((m) =>
        this.stars.get((m[1] ?? '').toLowerCase()),
      );
    const githubItem = (r: { fullName: string; stars: number }) => ({
      id: hash(r.fullName),
      name: r.fullName.split('/')[1],
      full_name: r.fullName,
      html_url: `https://github.com/${r.fullName}`,
      stargazers_count: r.stars,
      fork: false,
      archived: false,
    });
    return [
      {
        host: 'api.semanticscholar.org',
        path: /^\/graph\/v1\/paper\/arxiv(:|%3A)\d{4}\.\d{4,5}\?/i,
        contentType: CONTENT_TYPES.JSON,
        api: true,
        status: (url) => (paperOf(url) ? 200 : 404),
        body: (url) => {
          const p = paperOf(url);
          if (!p) return json({ error: 'Paper with id not found' });
          return json({ ...this.s2Paper(p), authors: p.authors.map((n) => this.s2Author(this.authors.get(n)!)) });
        },
      },
      {
        host: 'api.semanticscholar.org',
        path: /^\/graph\/v1\/author\/\d+\/papers\?/,
        contentType: CONTENT_TYPES.JSON,
        api: true,
        status: (url) => (authorOf(url) ? 200 : 404),
        body: (url) => {
          const a = authorOf(url);
          if (!a) return json({ error: 'Author not found' });
          const data = [...a.listing, ...a.older].map((id) => {
            const p = this.papers.get(id)!;
            return {
              ...this.s2Paper(p),
              authors: p.authors.map((n) => ({ authorId: this.authors.get(n)!.authorId, name: n })),
            };
          });
          return json({ offset: 0, data });
        },
      },
      {
        host: 'api.semanticscholar.org',
        path: /^\/graph\/v1\/author\/\d+\?/,
        contentType: CONTENT_TYPES.JSON,
        api: true,
        status: (url) => (authorOf(url) ? 200 : 404),
        body: (url) => {
          const a = authorOf(url);
          return json(a ? this.s2Author(a) : { error: 'Author not found' });
        },
      },
      {
        host: 'api.openalex.org',
        path: /^\/works\/doi:10\.48550\/arxiv\.\d{4}\.\d{4,5}$/i,
        contentType: CONTENT_TYPES.JSON,
        api: true,
        status: (url) => (paperOf(url) ? 200 : 404),
        body: (url) => {
          const p = paperOf(url);
          if (!p) return json({ error: 'Not Found', message: 'The requested entity does not exist.' });
          return json({
            id: `https://openalex.org/W${hash(p.arxiv)}`,
            doi: `https://doi.org/10.48550/arxiv.${p.arxiv}`,
            title: p.title,
            display_name: p.title,
            publication_year: 2026,
            ids: { openalex: `https://openalex.org/W${hash(p.arxiv)}` },
            type: 'preprint',
            cited_by_count: 0,
            authorships: p.authors.map((n, i) => {
              const a = this.authors.get(n)!;
              const inst = a.affiliation
                ? [{ id: `https://openalex.org/I${hash(a.affiliation)}`, display_name: a.affiliation }]
                : [];
              return {
                author_position: i === 0 ? 'first' : i === p.authors.length - 1 ? 'last' : 'middle',
                author: { id: `https://openalex.org/${a.openAlexId}`, display_name: n, orcid: null },
                institutions: inst,
                raw_author_name: n,
                raw_affiliation_strings: a.affiliation ? [a.affiliation] : [],
              };
            }),
          });
        },
      },
      {
        host: 'api.openalex.org',
        path: /^\/authors\/A59\d{8}$/,
        contentType: CONTENT_TYPES.JSON,
        api: true,
        body: (url) => {
          const id = url.pathname.split('/')[2];
          const a = [...this.authors.values()].find((x) => x.openAlexId === id);
          if (!a) return json({ error: 'Not Found', message: 'The requested entity does not exist.' });
          const inst = a.affiliation
            ? [{ id: `https://openalex.org/I${hash(a.affiliation)}`, display_name: a.affiliation }]
            : [];
          return json({
            id: `https://openalex.org/${a.openAlexId}`,
            orcid: null,
            display_name: a.name,
            works_count: a.paperCount,
            cited_by_count: a.citationCount,
            summary_stats: { h_index: a.hIndex },
            ids: { openalex: `https://openalex.org/${a.openAlexId}` },
            last_known_institutions: inst,
            affiliations: inst.map((institution) => ({ institution, years: [2026] })),
            topics: [],
          });
        },
      },
      {
        host: 'huggingface.co',
        path: /^\/api\/papers\/\d{4}\.\d{4,5}$/,
        contentType: CONTENT_TYPES.JSON,
        api: true,
        status: (url) => (paperOf(url) ? 200 : 404),
        body: (url) => {
          const p = paperOf(url);
          if (!p) return json({ error: 'Paper not found' });
          return json({
            id: p.arxiv,
            title: p.title,
            authors: p.authors.map((name) => ({ _id: String(hash(name)).padStart(24, '0'), name, hidden: false })),
            publishedAt: '2026-09-24T00:00:00.000Z',
            upvotes: hash(p.arxiv) % 20,
            ...(p.repo ? { githubRepo: `https://github.com/${p.repo}`, githubStars: this.hfStars(p.repo) } : {}),
          });
        },
      },
      {
        host: 'api.github.com',
        path: /^\/repos\/[\w.-]+\/[\w.-]+$/,
        contentType: CONTENT_TYPES.JSON,
        api: true,
        status: (url) => (repoOf(url) ? 200 : 404),
        etag: (url) => `W/"${hash(`${url.pathname}:${repoOf(url)?.stars ?? 0}`).toString(16)}"`,
        body: (url) => {
          const r = repoOf(url);
          return json(r ? githubItem(r) : { message: 'Not Found', status: '404' });
        },
      },
      {
        host: 'api.github.com',
        path: /^\/search\/repositories\?/,
        contentType: CONTENT_TYPES.JSON,
        api: true,
        // GitHub refuses the whole search (422) when one `repo:` names a repository that does not exist.
        status: (url) => (searched(url).every(Boolean) ? 200 : 422),
        body: (url) => {
          const found = searched(url);
          if (!found.every(Boolean))
            return json({
              message: 'Validation Failed',
              errors: [
                {
                  message:
                    'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
                  resource: 'Search',
                  field: 'q',
                  code: 'invalid',
                },
              ],
              documentation_url: 'https://docs.github.com/v3/search/',
              status: '422',
            });
          const items = found.map((r) => ({ ...githubItem(r!), score: 1 }));
          return json({ total_count: items.length, incomplete_results: false, items });
        },
      },
    ];
  }
}

/** Builds the world of the saved listing and puts its routes first in the fake web's table. */
export function addSessionRoutes(): SessionWorld {
  const world = new SessionWorld(readListing());
  ROUTES.unshift(...world.routes());
  return world;
}
