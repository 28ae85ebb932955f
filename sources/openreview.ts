/**
 * OpenReview profiles, API v2 (`https://api2.openreview.net`): `GET /profiles?id=~First_Last1`
 * (or `?email=`) and `GET /profiles/search?fullname=`. A profile holds the homepage, position
 * and institution history with years, relations (advisors), expertise keywords, and links to
 * Google Scholar, dblp, ORCID, Semantic Scholar and GitHub; ACL Rolling Review and the large
 * ML venues require one of every author.
 *
 * OpenReview challenges guests: `/profiles` and `/notes` answer `403 ChallengeRequiredError`
 * until a Turnstile check is passed in a browser tab, and profile pages send guests to the
 * sign-in page. `net/` reads either as `{ kind: 'blocked' }` ("OpenReview asks for a sign-in")
 * and leaves the host alone for hours. With `withSession`, the request carries the user's own
 * OpenReview cookies (only when the user opted in; nothing else ever sends cookies) under a
 * rate key of its own, so a guest wall does not stop the signed-in path.
 *
 * A profile found by name must be confirmed before its facts are used: `confirmOpenReviewProfile`
 * says which known identifier (Semantic Scholar author id, ORCID, dblp pid, GitHub login) it
 * shares with the person already matched.
 */
import { parseGithubUser } from '../domain/github';
import { readFetched, type Fetched, type HttpFailure } from '../net/http-result';
import type { NetClient, NetRequest } from '../net/net-client';
import { asArray, asHttpUrl, asNumber, asRecord, asString, asStrings, compact } from './json-fields';
import { normalizeOrcid } from './orcid';

/** A position held at an institution; `current` when it has no end year. */
export interface OpenReviewPosition {
  position?: string;
  institution: string;
  domain?: string;
  department?: string;
  country?: string;
  startYear?: number;
  endYear?: number;
  current: boolean;
}

/** A relation the person listed ("PhD Advisor", "Coauthor", …). */
export interface OpenReviewRelation {
  relation: string;
  name: string;
  /** The related person's profile id (`~H._Vicky_Zhao1`) when they have one. */
  profileId?: string;
  startYear?: number;
  endYear?: number;
}

/** Links the person listed, as http(s) URLs. */
export interface OpenReviewLinks {
  homepage?: string;
  scholar?: string;
  dblp?: string;
  orcid?: string;
  semanticScholar?: string;
  github?: string;
  linkedin?: string;
}

/** Identifiers read from the links, for confirming the profile against other sources. */
export interface OpenReviewIds {
  semanticScholar?: string;
  orcid?: string;
  dblp?: string;
  github?: string;
  scholar?: string;
}

/** An OpenReview profile, normalised. */
export interface OpenReviewProfile {
  /** `~Zhuoshi_Pan1`. */
  id: string;
  /** The preferred full name. */
  name: string;
  /** Every other listed name (earlier spellings, native script). */
  otherNames: string[];
  links: OpenReviewLinks;
  ids: OpenReviewIds;
  history: OpenReviewPosition[];
  relations: OpenReviewRelation[];
  /** Expertise keywords, most recent entries first as listed. */
  expertise: { keywords: string[]; startYear?: number; endYear?: number }[];
}

/** The caller's cancellation, and whether to send the user's own OpenReview session. */
export interface OpenReviewOptions {
  /** Only when the user opted in to OpenReview as a signed-in source. */
  withSession?: boolean;
  signal?: AbortSignal;
}

const BASE = 'https://api2.openreview.net';
/** Signed-in requests are paced and blocked apart from guest ones. */
export const OPENREVIEW_SESSION_KEY = 'api2.openreview.net#session';
const PROFILE_ID = /^~[^\s~/?#&]+\d+$/u;
const EMAIL = /^[^\s@/?#&]+@[^\s@/?#&]+\.[^\s@/?#&]+$/;

/** A profile by id (`~First_Last1`) or by an email address it confirmed. */
export async function fetchOpenReviewProfile(
  net: NetClient,
  idOrEmail: string,
  options: OpenReviewOptions = {},
): Promise<Fetched<OpenReviewProfile>> {
  const key = idOrEmail.trim();
  // Ids and addresses are short; the bound keeps the two patterns linear on any input.
  const param = key.length > 320 ? undefined : PROFILE_ID.test(key) ? 'id' : EMAIL.test(key) ? 'email' : undefined;
  if (!param) return { ok: false, kind: 'bad-request', message: `Not an OpenReview profile id or email: ${idOrEmail}` };
  const value = param === 'email' ? key.toLowerCase() : key;
  const res = await net.fetchJson(request(`/profiles?${param}=${encodeURIComponent(value)}`, options));
  const list = readFetched(res, toProfiles, 'OpenReview profile');
  if (!list.ok) return relabel(list);
  const first = list.data[0];
  return first
    ? { ok: true, data: first }
    : { ok: false, kind: 'not-found', status: 200, message: `OpenReview has no profile ${key}` };
}

/** Profiles whose names match a full name; confirm any before use (`confirmOpenReviewProfile`). */
export async function searchOpenReviewProfiles(
  net: NetClient,
  fullName: string,
  options: OpenReviewOptions = {},
): Promise<Fetched<OpenReviewProfile[]>> {
  const name = fullName.replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, kind: 'bad-request', message: 'Empty OpenReview profile search' };
  const res = await net.fetchJson(request(`/profiles/search?fullname=${encodeURIComponent(name)}&es=false`, options));
  return relabel(readFetched(res, toProfiles, 'OpenReview profile search'));
}

/**
 * Which identifier a profile shares with the person already matched, or undefined: then the
 * profile may be a namesake and none of its facts may be used.
 */
export function confirmOpenReviewProfile(
  profile: OpenReviewProfile,
  known: { semanticScholar?: string; orcid?: string; dblp?: string; github?: string },
): keyof OpenReviewIds | undefined {
  const { ids } = profile;
  if (known.semanticScholar && ids.semanticScholar === known.semanticScholar) return 'semanticScholar';
  if (known.orcid && ids.orcid && ids.orcid === normalizeOrcid(known.orcid)) return 'orcid';
  if (known.dblp && ids.dblp === known.dblp) return 'dblp';
  if (known.github && ids.github?.toLowerCase() === known.github.toLowerCase()) return 'github';
  return undefined;
}

/** The advisors among a profile's relations (PhD, MS, postdoc advisor or supervisor). */
export function openReviewAdvisors(profile: OpenReviewProfile): OpenReviewRelation[] {
  return profile.relations.filter((r) => /\b(advisor|adviser|supervisor)\b/i.test(r.relation));
}

function request(path: string, options: OpenReviewOptions): NetRequest {
  return {
    url: `${BASE}${path}`,
    ...(options.withSession ? { signedInto: 'openreview' as const, rateKey: OPENREVIEW_SESSION_KEY } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

/** The card names the service, not its API host. */
function relabel<T>(res: Fetched<T>): Fetched<T> {
  if (res.ok || res.kind !== 'blocked') return res;
  const failure: HttpFailure = { ...res, message: 'OpenReview asks for a sign-in' };
  return failure;
}

function toProfiles(raw: unknown): OpenReviewProfile[] | undefined {
  const list = asRecord(raw)?.profiles;
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((p) => toProfile(p) ?? []);
}

function toProfile(raw: unknown): OpenReviewProfile | undefined {
  const r = asRecord(raw);
  const id = asString(r?.id);
  const content = asRecord(r?.content);
  if (!id || !content) return undefined;
  const names = asArray(content.names).flatMap((n) => {
    const rec = asRecord(n);
    const fullname = asString(rec?.fullname) ?? joinName(rec);
    return fullname ? [{ fullname, preferred: rec?.preferred === true }] : [];
  });
  const preferred = names.find((n) => n.preferred) ?? names[0];
  if (!preferred) return undefined;
  const links = compact<OpenReviewLinks>({
    homepage: link(content.homepage),
    scholar: link(content.gscholar),
    dblp: link(content.dblp),
    orcid: link(content.orcid) ?? orcidUrl(content.orcid),
    semanticScholar: link(content.semanticScholar),
    github: link(content.github),
    linkedin: link(content.linkedin),
  });
  return {
    id,
    name: preferred.fullname,
    otherNames: [...new Set(names.map((n) => n.fullname).filter((n) => n !== preferred.fullname))],
    links,
    ids: idsFrom(links),
    history: asArray(content.history).flatMap((h) => toPosition(h) ?? []),
    relations: asArray(content.relations).flatMap((x) => toRelation(x) ?? []),
    expertise: asArray(content.expertise).flatMap((e) => {
      const rec = asRecord(e);
      const keywords = asStrings(rec?.keywords);
      return keywords.length > 0 ? [compact({ keywords, startYear: year(rec?.start), endYear: year(rec?.end) })] : [];
    }),
  };
}

function toPosition(raw: unknown): OpenReviewPosition | undefined {
  const r = asRecord(raw);
  const inst = asRecord(r?.institution);
  const institution = asString(inst?.name) ?? asString(inst?.domain);
  if (!r || !institution) return undefined;
  // Older records put the years inside `institution`.
  const startYear = year(r.start) ?? year(inst?.start);
  const endYear = year(r.end) ?? year(inst?.end);
  return compact<OpenReviewPosition>({
    position: asString(r.position),
    institution,
    domain: asString(inst?.domain),
    department: asString(inst?.department),
    country: asString(inst?.country),
    startYear,
    endYear,
    current: endYear === undefined,
  });
}

function toRelation(raw: unknown): OpenReviewRelation | undefined {
  const r = asRecord(raw);
  const relation = asString(r?.relation);
  const name = asString(r?.name);
  if (!r || !relation || !name) return undefined;
  const username = asString(r.username);
  return compact<OpenReviewRelation>({
    relation,
    name,
    profileId: username && PROFILE_ID.test(username) ? username : undefined,
    startYear: year(r.start),
    endYear: year(r.end),
  });
}

function idsFrom(links: OpenReviewLinks): OpenReviewIds {
  return compact<OpenReviewIds>({
    semanticScholar: links.semanticScholar
      ? /semanticscholar\.org\/author\/(?:[^/]+\/)?(\d+)\/?$/i.exec(links.semanticScholar)?.[1]
      : undefined,
    orcid: links.orcid ? normalizeOrcid(links.orcid) : undefined,
    dblp: links.dblp
      ? /dblp\.(?:org|uni-trier\.de)\/pid\/([\w/=-]+?)(?:\.html|\.xml)?$/i.exec(links.dblp)?.[1]
      : undefined,
    github: links.github ? parseGithubUser(links.github) : undefined,
    scholar: links.scholar ? /[?&]user=([\w-]+)/.exec(links.scholar)?.[1] : undefined,
  });
}

/** Profile link fields are free text: empty strings when unset, sometimes without a scheme. */
function link(value: unknown): string | undefined {
  const text = asString(value);
  if (!text || /\s/.test(text)) return undefined;
  return asHttpUrl(text) ?? (/^[\w-]+(\.[\w-]+)+(\/|$)/.test(text) ? asHttpUrl(`https://${text}`) : undefined);
}

/** An ORCID field holding a bare iD. */
function orcidUrl(value: unknown): string | undefined {
  const id = normalizeOrcid(asString(value) ?? '');
  return id ? `https://orcid.org/${id}` : undefined;
}

function joinName(rec: Record<string, unknown> | undefined): string | undefined {
  const parts = [asString(rec?.first), asString(rec?.middle), asString(rec?.last)].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function year(value: unknown): number | undefined {
  const n = asNumber(value);
  return n !== undefined && Number.isInteger(n) && n > 1900 && n < 2200 ? n : undefined;
}
