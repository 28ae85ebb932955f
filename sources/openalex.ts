/**
 * OpenAlex, `https://api.openalex.org` (docs/sources.md §2). Since 13 February 2026 OpenAlex asks for a free API key
 * and meters usage in dollars a day: without a key $0.01 a day, with one $1. Singletons (an
 * entity by id, `doi:` or `orcid:`) are free with or without a key, so Byline's keyless path
 * uses singletons only: one `works/doi:` request per paper gives every author's institution at
 * that paper. Lists cost $0.10 per 1,000 calls, search $1 per 1,000: a keyless user has about a hundred
 * list calls a day, so Byline makes them only in its last-resort name search (autocomplete, free,
 * then at most two lists; profiles/openalex-name-search.ts) and never searches. Always the
 * `doi:` form: `/works/https://doi.org/…` is billed as a list. `mailto` and the "polite pool" no
 * longer exist and are not sent; the optional key goes in `api_key` (an invalid key is a hard 401).
 * At most 100 requests a second for everyone.
 */
import { arxivDoi, asArxivId } from '../domain/paper-id';
import { readFetched, type Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
import { compareNames, type NameMatch } from '../names';
import { asArray, asNumber, asRecord, asString, asStrings, compact } from './json-fields';

/** An institution as OpenAlex names it. */
export interface OpenAlexInstitution {
  id: string;
  name: string;
  ror?: string;
  countryCode?: string;
  type?: string;
}

/** An author singleton: affiliations with years, topics (interests), ORCID, summary stats. */
export interface OpenAlexAuthor {
  id: string;
  name: string;
  orcid?: string;
  alternativeNames: string[];
  worksCount?: number;
  citedByCount?: number;
  hIndex?: number;
  i10Index?: number;
  lastKnownInstitutions: OpenAlexInstitution[];
  affiliations: { institution: OpenAlexInstitution; years: number[] }[];
  topics: { id: string; name: string; count?: number }[];
}

/**
 * One author of a work, in order: the institutions and affiliation text printed on that paper
 * (so true in the work's `year`), and the author's ORCID iD when OpenAlex knows it.
 */
export interface OpenAlexAuthorship {
  authorId?: string;
  name: string;
  rawName?: string;
  orcid?: string;
  institutions: OpenAlexInstitution[];
  rawAffiliations: string[];
}

/** A work with its authorships. */
export interface OpenAlexWork {
  id: string;
  doi?: string;
  title?: string;
  year?: number;
  citedByCount?: number;
  authorships: OpenAlexAuthorship[];
}

/** An autocomplete suggestion (0 credits). */
export interface OpenAlexAuthorSuggestion {
  id: string;
  name: string;
  hint?: string;
  citedByCount?: number;
  worksCount?: number;
  orcid?: string;
}

/** The optional free key and the caller's cancellation. */
export interface OpenAlexOptions {
  apiKey?: string;
  signal?: AbortSignal;
}

const BASE = 'https://api.openalex.org';

/** A work by DOI (arXiv papers by their DataCite DOI `10.48550/arXiv.<id>`). */
export async function fetchOpenAlexWorkByDoi(
  net: NetClient,
  doi: string,
  options: OpenAlexOptions = {},
): Promise<Fetched<OpenAlexWork>> {
  const bare = doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').replace(/^doi:/i, '');
  const res = await net.fetchJson(
    request(`/works/doi:${encodeURI(bare).replace(/[?#]/g, encodeURIComponent)}`, {}, options),
  );
  return readFetched(res, toWork, 'OpenAlex work');
}

/** An arXiv paper by its DataCite DOI `10.48550/arXiv.<id>` (version dropped): a free singleton. */
export async function fetchOpenAlexWorkByArxiv(
  net: NetClient,
  arxivId: string,
  options: OpenAlexOptions = {},
): Promise<Fetched<OpenAlexWork>> {
  const id = asArxivId(arxivId);
  if (!id) return { ok: false, kind: 'bad-request', message: `Not an arXiv id: ${arxivId}` };
  return fetchOpenAlexWorkByDoi(net, arxivDoi(id), options);
}

/** An author by OpenAlex id (`A5023888391`, or its URL) or by `orcid:<iD>`. */
export async function fetchOpenAlexAuthor(
  net: NetClient,
  id: string,
  options: OpenAlexOptions = {},
): Promise<Fetched<OpenAlexAuthor>> {
  const key = id.replace(/^https:\/\/openalex\.org\//, '');
  if (!/^A\d+$/i.test(key) && !/^orcid:\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i.test(key)) {
    return { ok: false, kind: 'bad-request', message: `Not an OpenAlex author id: ${id}` };
  }
  return readFetched(await net.fetchJson(request(`/authors/${key}`, {}, options)), toAuthor, 'OpenAlex author');
}

/**
 * An author's most cited works with their authorships (a list: billed, so asked only to tell two
 * people of one name apart by their co-authors, when no paper record identifies the person).
 */
export async function fetchOpenAlexWorksByAuthor(
  net: NetClient,
  authorId: string,
  options: OpenAlexOptions & { perPage?: number } = {},
): Promise<Fetched<OpenAlexWork[]>> {
  const key = authorId.replace(/^https:\/\/openalex\.org\//, '');
  if (!/^A\d+$/i.test(key))
    return { ok: false, kind: 'bad-request', message: `Not an OpenAlex author id: ${authorId}` };
  const params = {
    filter: `author.id:${key}`,
    sort: 'cited_by_count:desc',
    'per-page': String(options.perPage ?? 25),
    select: 'id,doi,title,publication_year,cited_by_count,authorships',
  };
  const res = await net.fetchJson(request('/works', params, options));
  return readFetched(
    res,
    (raw) => {
      const results = asRecord(raw)?.results;
      return Array.isArray(results) ? results.flatMap((w) => toWork(w) ?? []) : undefined;
    },
    'OpenAlex works',
  );
}

/** Author name suggestions with an institution hint; free, unlike search (10 credits). */
export async function autocompleteOpenAlexAuthors(
  net: NetClient,
  query: string,
  options: OpenAlexOptions = {},
): Promise<Fetched<OpenAlexAuthorSuggestion[]>> {
  const res = await net.fetchJson(request('/autocomplete/authors', { q: query.trim() }, options));
  return readFetched(res, toSuggestions, 'OpenAlex autocomplete');
}

/**
 * An author's authorship on a work: the one at `position` (0-based, the order on the page)
 * when its name agrees at all (initials count there), else the one elsewhere whose name agrees
 * exactly or strongly (`names/compare-names.ts`). Undefined when none does.
 */
export function findOpenAlexAuthorship(
  work: OpenAlexWork,
  name: string,
  position?: number,
): OpenAlexAuthorship | undefined {
  const agrees = (ship: OpenAlexAuthorship): NameMatch =>
    [ship.name, ship.rawName].reduce<NameMatch>((best, n) => {
      const m = n ? compareNames(n, name) : 'none';
      return RANK[m] > RANK[best] ? m : best;
    }, 'none');
  const at = position === undefined ? undefined : work.authorships[position];
  if (at && agrees(at) !== 'none') return at;
  return work.authorships.find((ship) => RANK[agrees(ship)] >= RANK.strong);
}

const RANK: Readonly<Record<NameMatch, number>> = { none: 0, weak: 1, strong: 2, exact: 3 };

function request(
  path: string,
  params: Record<string, string>,
  options: OpenAlexOptions,
): { url: string; signal?: AbortSignal } {
  const url = new URL(`${BASE}${path}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  if (options.apiKey) url.searchParams.set('api_key', options.apiKey);
  return options.signal ? { url: url.href, signal: options.signal } : { url: url.href };
}

/** `https://openalex.org/A123` → `A123`; `https://orcid.org/0000-…` → `0000-…`. */
function shortId(value: unknown): string | undefined {
  return asString(value)?.replace(/^https:\/\/(openalex|orcid)\.org\//, '');
}

/** The ORCID iD of an author record: the top-level `orcid` can be null while `ids.orcid` holds it. */
function orcidOf(record: Record<string, unknown> | undefined): string | undefined {
  return shortId(record?.orcid) ?? shortId(asRecord(record?.ids)?.orcid);
}

function toInstitution(raw: unknown): OpenAlexInstitution | undefined {
  const r = asRecord(raw);
  const id = shortId(r?.id);
  const name = asString(r?.display_name);
  if (!r || !id || !name) return undefined;
  return compact({ id, name, ror: asString(r.ror), countryCode: asString(r.country_code), type: asString(r.type) });
}

function toAuthor(raw: unknown): OpenAlexAuthor | undefined {
  const r = asRecord(raw);
  const id = shortId(r?.id);
  const name = asString(r?.display_name);
  if (!r || !id || !name) return undefined;
  const stats = asRecord(r.summary_stats);
  return compact({
    id,
    name,
    orcid: orcidOf(r),
    alternativeNames: asStrings(r.display_name_alternatives),
    worksCount: asNumber(r.works_count),
    citedByCount: asNumber(r.cited_by_count),
    hIndex: asNumber(stats?.h_index),
    i10Index: asNumber(stats?.i10_index),
    // Can be null (the recorded author) or a list; the singular field is deprecated.
    lastKnownInstitutions: asArray(r.last_known_institutions).flatMap((i) => toInstitution(i) ?? []),
    affiliations: asArray(r.affiliations).flatMap((a) => {
      const institution = toInstitution(asRecord(a)?.institution);
      return institution ? [{ institution, years: asArray(asRecord(a)?.years).flatMap((y) => asNumber(y) ?? []) }] : [];
    }),
    topics: asArray(r.topics).flatMap((t) => {
      const topic = asRecord(t);
      const topicId = shortId(topic?.id);
      const topicName = asString(topic?.display_name);
      return topicId && topicName ? [compact({ id: topicId, name: topicName, count: asNumber(topic?.count) })] : [];
    }),
  });
}

function toWork(raw: unknown): OpenAlexWork | undefined {
  const r = asRecord(raw);
  const id = shortId(r?.id);
  if (!r || !id) return undefined;
  const authorships = asArray(r.authorships).flatMap((a): OpenAlexAuthorship[] => {
    const ship = asRecord(a);
    const author = asRecord(ship?.author);
    const name = asString(author?.display_name) ?? asString(ship?.raw_author_name);
    if (!ship || !name) return [];
    return [
      compact({
        authorId: shortId(author?.id),
        name,
        rawName: asString(ship.raw_author_name),
        orcid: orcidOf(author),
        institutions: asArray(ship.institutions).flatMap((i) => toInstitution(i) ?? []),
        rawAffiliations: rawAffiliationsOf(ship),
      }),
    ];
  });
  const doi = asString(r.doi)?.replace(/^https:\/\/doi\.org\//, '');
  return compact({
    id,
    doi,
    title: asString(r.title),
    year: asNumber(r.publication_year),
    citedByCount: asNumber(r.cited_by_count),
    authorships,
  });
}

/** `raw_affiliation_strings`, or the newer `affiliations[].raw_affiliation_string` when only those are given. */
function rawAffiliationsOf(ship: Record<string, unknown>): string[] {
  const strings = asStrings(ship.raw_affiliation_strings);
  if (strings.length > 0) return strings;
  return [...new Set(asArray(ship.affiliations).flatMap((a) => asString(asRecord(a)?.raw_affiliation_string) ?? []))];
}

function toSuggestions(raw: unknown): OpenAlexAuthorSuggestion[] | undefined {
  const results = asRecord(raw)?.results;
  if (!Array.isArray(results)) return undefined;
  return results.flatMap((item) => {
    const r = asRecord(item);
    const id = shortId(r?.id);
    const name = asString(r?.display_name);
    if (!r || !id || !name) return [];
    const external = asString(r.external_id);
    const orcid = external?.startsWith('https://orcid.org/') ? shortId(external) : undefined;
    return [
      compact({
        id,
        name,
        hint: asString(r.hint),
        citedByCount: asNumber(r.cited_by_count),
        worksCount: asNumber(r.works_count),
        orcid,
      }),
    ];
  });
}
