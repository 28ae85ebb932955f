/**
 * dblp (docs/sources.md §3): `https://dblp.org/pid/<pid>.xml` for a disambiguated person with homepage URLs and
 * affiliations, and `https://dblp.org/search/author/api?format=json` for author search. No
 * documented limit; over it dblp answers an HTML 429, so requests are paced 5 s apart
 * (`domain/sources.ts`). dblp data is ODC-BY 1.0: attribute dblp.
 *
 * Every dblp host now answers scripts with an Anubis proof-of-work page (status 200 on record
 * paths, 500 on the search API). `net/` recognises it (`net/bot-wall.ts`): both functions then
 * resolve to `{ kind: 'blocked', wall: 'proof-of-work' }` with `retryAt` a day later, and dblp
 * is not asked again before then. No other dblp route is used: none is known to answer scripts.
 */
import { malformed, readFetched, type Fetched } from '../net/http-result';
import type { NetClient, NetRequest } from '../net/net-client';
import { parseDblpPersonXml, type DblpPerson } from './dblp-person-xml';
import { asList, asRecord, asString, asHttpUrl } from './json-fields';

export type { DblpNote, DblpPerson } from './dblp-person-xml';

/** One author search hit. */
export interface DblpAuthorHit {
  pid: string;
  name: string;
  url: string;
  aliases: string[];
  affiliations: string[];
}

/** A dblp person id such as `95/7448-1` or `m/AndrewMcCallum`. */
const PID = /^[A-Za-z0-9_=-]+(?:\/[A-Za-z0-9_=-]+)+$/;

/** The person record for a dblp pid. */
export async function fetchDblpPerson(
  net: NetClient,
  pid: string,
  options: { signal?: AbortSignal } = {},
): Promise<Fetched<DblpPerson>> {
  if (!PID.test(pid)) return { ok: false, kind: 'bad-request', message: `Not a dblp person id: ${pid}` };
  const res = await net.fetchText(withSignal({ url: `https://dblp.org/pid/${pid}.xml` }, options.signal));
  return readFetched(
    res,
    (raw) => (typeof raw === 'string' ? parseDblpPersonXml(raw) : undefined),
    'dblp person record',
  );
}

/**
 * Authors whose name parts start with the query words. With `exact`, every word must match
 * whole (dblp's `word$` syntax), which suits disambiguated names from S2 ("Qiang Liu 0034").
 */
export async function searchDblpAuthors(
  net: NetClient,
  query: string,
  options: { limit?: number; exact?: boolean; signal?: AbortSignal } = {},
): Promise<Fetched<DblpAuthorHit[]>> {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return malformed('Empty dblp query');
  const q = (options.exact ? words.map((w) => `${w}$`) : words).join(' ');
  const h = Math.min(Math.max(options.limit ?? 30, 1), 1000);
  const url = `https://dblp.org/search/author/api?q=${encodeURIComponent(q)}&format=json&h=${h}&c=0`;
  return readFetched(await net.fetchJson(withSignal({ url }, options.signal)), toHits, 'dblp author search');
}

/** `result.hits.hit` may be missing (no hits), one object, or a list; numbers are strings. */
function toHits(raw: unknown): DblpAuthorHit[] | undefined {
  const hits = asRecord(asRecord(asRecord(raw)?.result)?.hits);
  if (!hits) return undefined;
  return asList(hits.hit).flatMap((hit) => {
    const info = asRecord(asRecord(hit)?.info);
    const name = asString(info?.author);
    const url = asHttpUrl(info?.url);
    const pid = url ? /\/pid\/(.+)$/.exec(url)?.[1] : undefined;
    if (!name || !url || !pid) return [];
    const aliases = asList(asRecord(info?.aliases)?.alias).flatMap((a) => asString(a) ?? []);
    const affiliations = asList(asRecord(info?.notes)?.note).flatMap((n) => {
      const note = asRecord(n);
      return note?.['@type'] === 'affiliation' ? (asString(note.text) ?? []) : [];
    });
    return [{ pid, name, url, aliases, affiliations }];
  });
}

function withSignal(req: NetRequest, signal?: AbortSignal): NetRequest {
  return signal ? { ...req, signal } : req;
}
