/**
 * ORCID public API v3.0, `https://pub.orcid.org/v3.0/{orcid}/<section>` (docs/sources.md §4), read
 * anonymously when an ORCID iD is known: researcher URLs and employments. Anonymous limits:
 * 12 req/s, burst 40 (over the burst: 503), 100k reads a day per IP. `Accept:
 * application/json` is required: XML is the default, and without content negotiation an
 * unknown iD can answer 200.
 */
import { readFetched, type Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
import { asArray, asHttpUrl, asRecord, asString, compact } from './json-fields';

/** A link the researcher listed on their record. */
export interface OrcidResearcherUrl {
  name?: string;
  url: string;
}

/** One employment; `current` when it has no end date. */
export interface OrcidEmployment {
  organization: string;
  department?: string;
  role?: string;
  startYear?: number;
  endYear?: number;
  current: boolean;
  city?: string;
  country?: string;
  /** The disambiguated organisation id (a ROR URL when the source is ROR, a number for Ringgold). */
  organizationId?: string;
  /** Which registry `organizationId` belongs to: `ROR`, `RINGGOLD`, `GRID`, `FUNDREF`. */
  organizationIdSource?: string;
}

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** The bare iD from `0000-…` or `https://orcid.org/0000-…`, or undefined. */
export function normalizeOrcid(value: string): string | undefined {
  const bare = value
    .trim()
    .replace(/^https?:\/\/(www\.)?orcid\.org\//i, '')
    .toUpperCase();
  return ORCID.test(bare) ? bare : undefined;
}

/** The researcher URLs of a record (homepage, lab page, profiles), http(s) only. */
export async function fetchOrcidResearcherUrls(
  net: NetClient,
  orcid: string,
  options: { signal?: AbortSignal } = {},
): Promise<Fetched<OrcidResearcherUrl[]>> {
  return section(net, orcid, 'researcher-urls', options.signal, (raw) => {
    const list = asRecord(raw)?.['researcher-url'];
    if (!Array.isArray(list)) return undefined;
    return list.flatMap((item) => {
      const r = asRecord(item);
      const url = asHttpUrl(asRecord(r?.url)?.value);
      return url ? [compact({ name: asString(r?.['url-name']), url })] : [];
    });
  });
}

/**
 * The employments of a record, as grouped by ORCID (one summary per group is enough), in
 * ORCID's order: most recent first. An employment without an end date is current; a record
 * can hold several current ones (the recorded example has two professorships).
 */
export async function fetchOrcidEmployments(
  net: NetClient,
  orcid: string,
  options: { signal?: AbortSignal } = {},
): Promise<Fetched<OrcidEmployment[]>> {
  return section(net, orcid, 'employments', options.signal, (raw) => {
    const groups = asRecord(raw)?.['affiliation-group'];
    if (!Array.isArray(groups)) return undefined;
    return groups.flatMap((group) =>
      asArray(asRecord(group)?.summaries).flatMap((summary) => {
        const e = asRecord(asRecord(summary)?.['employment-summary']);
        const org = asRecord(e?.organization);
        const organization = asString(org?.name);
        if (!e || !organization) return [];
        const address = asRecord(org?.address);
        const endYear = year(e['end-date']);
        const disambiguated = asRecord(org?.['disambiguated-organization']);
        return [
          compact({
            organization,
            department: asString(e['department-name']),
            role: asString(e['role-title']),
            startYear: year(e['start-date']),
            endYear,
            current: e['end-date'] === null || e['end-date'] === undefined,
            city: asString(address?.city),
            country: asString(address?.country),
            organizationId: asString(disambiguated?.['disambiguated-organization-identifier']),
            organizationIdSource: asString(disambiguated?.['disambiguation-source']),
          }),
        ];
      }),
    );
  });
}

/**
 * The position to show as the person's affiliation "now": a current employment, the most
 * recently started first; else the one that ended last. Undefined for an empty list.
 */
export function currentOrcidEmployment(employments: readonly OrcidEmployment[]): OrcidEmployment | undefined {
  const byStart = (a: OrcidEmployment, b: OrcidEmployment): number => (b.startYear ?? 0) - (a.startYear ?? 0);
  const current = employments.filter((e) => e.current).sort(byStart);
  if (current[0]) return current[0];
  return [...employments].sort((a, b) => (b.endYear ?? 0) - (a.endYear ?? 0) || byStart(a, b))[0];
}

async function section<T>(
  net: NetClient,
  orcid: string,
  name: string,
  signal: AbortSignal | undefined,
  read: (raw: unknown) => T | undefined,
): Promise<Fetched<T>> {
  const id = normalizeOrcid(orcid);
  if (!id) return { ok: false, kind: 'bad-request', message: `Not an ORCID iD: ${orcid}` };
  const url = `https://pub.orcid.org/v3.0/${id}/${name}`;
  const res = await net.fetchJson({ url, headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  return readFetched(res, read, `ORCID ${name}`);
}

/** `{"year": {"value": "2020"}}` → 2020. */
function year(date: unknown): number | undefined {
  const value = asString(asRecord(asRecord(date)?.year)?.value);
  return value && /^\d{4}$/.test(value) ? Number(value) : undefined;
}
