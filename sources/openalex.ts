/**
 * OpenAlex, `https://api.openalex.org` (docs/sources.md §2). Single entities fetched by id, `doi:` or
 * `orcid:` cost 0 credits, and autocomplete is free too, so Byline uses only those (lists cost
 * 1 credit, search 10, of a keyless budget of about 1,000 credits a day, 10 req/s). Always the
 * `doi:` form: `/works/https://doi.org/…` is billed as a list. `mailto` no longer affects
 * limits; an optional free key goes in `api_key` (an invalid key is a hard 401).
 */
import { readFetched, type Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
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

/** One author of a work, in order. */
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

/** Author name suggestions with an institution hint; free, unlike search (10 credits). */
export async function autocompleteOpenAlexAuthors(
  net: NetClient,
  query: string,
  options: OpenAlexOptions = {},
): Promise<Fetched<OpenAlexAuthorSuggestion[]>> {
  const res = await net.fetchJson(request('/autocomplete/authors', { q: query.trim() }, options));
  return readFetched(res, toSuggestions, 'OpenAlex autocomplete');
}

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
    orcid: shortId(r.orcid),
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
        orcid: shortId(author?.orcid),
        institutions: asArray(ship.institutions).flatMap((i) => toInstitution(i) ?? []),
        rawAffiliations: asStrings(ship.raw_affiliation_strings),
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
