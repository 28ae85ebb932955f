/**
 * The public sources Byline reads, in one table: the manifest's host permissions, the pacing
 * of every host, the cache kinds and their lifetimes and the options page's switches all derive
 * from it. A new source is one entry here, its name in `source-labels.ts` (the compiler asks for
 * it), its client in `sources/` (with its tests) and the code in `profiles/` that asks it.
 * Only the background and the extension pages import this file; the content scripts do not.
 */
import type { SiteId } from './sites';

/** How fast Byline may call one host. Every tab's requests go through the one background, so a spacing per host is a spacing per browser. */
export interface HostPolicy {
  /** Minimum milliseconds between the starts of two requests. */
  minSpacingMs: number;
  /** First back-off after a 429 that carries no `Retry-After`; doubles per repeated 429. */
  backoffBaseMs: number;
}

/** How long one kind of cached web data stays fresh, stays usable while refreshing, and how long a "not found" is trusted. */
export interface CachePolicy {
  /** Fresh for this long after it was stored: served without asking the network. */
  ttlMs: number;
  /** After expiry, still shown (marked stale) for this long while a refresh runs. */
  staleMs: number;
  /** Lifetime of a negative answer ("no such author / repo / page"); never served stale. */
  negativeTtlMs: number;
}

interface SourceSpec {
  /** API hosts Byline calls; each is paced by `pacing`. */
  hosts: readonly string[];
  /** Host permissions the manifest asks for at install time, for these hosts. */
  permissions: readonly string[];
  /** Origins asked for at run time, one at a time, when the user allows one. */
  optionalPermissions?: readonly string[];
  pacing: HostPolicy;
  /** Pacing of requests made with the user's key for this source (rate key `<host>#key`), when it differs. */
  keyedPacing?: HostPolicy;
  /** The cache kinds this source's answers are stored under (`cache:<kind>:<id>`), with their lifetimes. */
  cache: Readonly<Record<string, CachePolicy>>;
  /**
   * How the user switches it off: its own line in the options page (`option` is that line),
   * or the switch of the source it belongs to.
   */
  toggle: { option: string } | { follows: string };
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/*
 * Stale windows are long on purpose: an old card marked "as of …" beats an empty one when
 * offline or rate limited, and the size bound evicts what nobody looks at.
 */
export const SOURCES = {
  'semantic-scholar': {
    hosts: ['api.semanticscholar.org'],
    permissions: ['https://api.semanticscholar.org/*'],
    // Keyless callers share one pool of 1,000 requests a second among all of them: S2 sets no
    // pace per keyless client, so none is kept; its 429s (any time the pool is busy) get the
    // exponential back-off S2 requires. A key is held to 1 request a second.
    pacing: { minSpacingMs: 0, backoffBaseMs: 4000 },
    keyedPacing: { minSpacingMs: 1100, backoffBaseMs: 4000 },
    cache: {
      // A paper's author list and ids are fixed once published; only citation counts drift.
      // Not found is retried after a day because new arXiv papers reach Semantic Scholar within days.
      's2-paper': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
      // Author metrics (citations, h-index, paper count) move daily for active researchers.
      's2-author': { ttlMs: 1 * DAY, staleMs: 30 * DAY, negativeTtlMs: 6 * HOUR },
    },
    toggle: { option: 'Semantic Scholar (identities, metrics, papers; also powers search)' },
  },
  dblp: {
    hosts: ['dblp.org'],
    permissions: ['https://dblp.org/*'],
    // No documented limit; an HTML 429 when exceeded, and well-behaved clients pace 5–7 s.
    pacing: { minSpacingMs: 5000, backoffBaseMs: 10_000 },
    // Person records (pid, homepage URLs) are curated by hand and change rarely.
    cache: { 'dblp-person': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    toggle: { option: 'DBLP (homepages, disambiguated names)' },
  },
  openalex: {
    hosts: ['api.openalex.org'],
    permissions: ['https://api.openalex.org/*'],
    // Keyless: 10 requests a second per IP in the production proxy.
    pacing: { minSpacingMs: 110, backoffBaseMs: 2000 },
    // Affiliations and topics are recomputed in periodic snapshots; weekly is plenty and spares the daily budget.
    cache: { openalex: { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    toggle: { option: 'OpenAlex (affiliations, topics)' },
  },
  orcid: {
    hosts: ['pub.orcid.org'],
    permissions: ['https://pub.orcid.org/*'],
    // Anonymous public API: 12 requests a second, bursts of 40.
    pacing: { minSpacingMs: 100, backoffBaseMs: 2000 },
    // Records are edited by their owners, seldom.
    cache: { orcid: { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    toggle: { option: 'ORCID (homepage links)' },
  },
  github: {
    hosts: ['api.github.com'],
    permissions: ['https://api.github.com/*'],
    // 60 keyless requests an hour is a budget tracked from X-RateLimit-* headers, not a spacing.
    pacing: { minSpacingMs: 0, backoffBaseMs: 60_000 },
    // Stars change all the time but the keyless budget is small: a little under a day shows a daily visitor new counts.
    cache: { 'github-stars': { ttlMs: 22 * HOUR, staleMs: 14 * DAY, negativeTtlMs: 6 * HOUR } },
    toggle: { option: 'GitHub (stars of paper code)' },
  },
  'hugging-face': {
    hosts: ['huggingface.co'],
    permissions: ['https://huggingface.co/*'],
    // 500 API requests per 5 minutes per IP anonymously: one per 600 ms.
    pacing: { minSpacingMs: 600, backoffBaseMs: 5000 },
    // Code is linked to trending papers within days, and their stars move fast.
    cache: { 'hf-paper': { ttlMs: 1 * DAY, staleMs: 14 * DAY, negativeTtlMs: 6 * HOUR } },
    toggle: { option: 'Hugging Face Papers (code per arXiv paper)' },
  },
  paperswithcode: {
    hosts: ['paperswithcode.co'],
    permissions: ['https://paperswithcode.co/*'],
    // No published limit (its MCP front end allows 60 a minute per IP): paced like an unknown host.
    pacing: { minSpacingMs: 250, backoffBaseMs: 5000 },
    // A paper's repositories change rarely once it has code.
    cache: { 'pwc-paper': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    // The catalogue is Hugging Face's: it follows that switch.
    toggle: { follows: 'hugging-face' },
  },
  homepage: {
    // Any host: homepages are paced like an unknown host.
    hosts: [],
    // Most academic homepages are GitHub Pages sites; reading them needs no extra prompt.
    permissions: ['https://*.github.io/*'],
    // Any other homepage origin is asked for from the card, one origin at a time.
    optionalPermissions: ['https://*/*', 'http://*/*'],
    // Nothing is documented for personal sites: gentle.
    pacing: { minSpacingMs: 250, backoffBaseMs: 5000 },
    // Homepages change when news is posted; sites that are down are often down briefly.
    cache: { homepage: { ttlMs: 1 * DAY, staleMs: 30 * DAY, negativeTtlMs: 2 * HOUR } },
    toggle: { option: "Researchers' homepages (bio, advisor, news)" },
  },
} as const satisfies Record<string, SourceSpec>;

/** A source Byline reads. */
export type SourceKey = keyof typeof SOURCES;

/** Where a fact on a card came from: a source, the site the page is on, or the user. */
export type SourceId = SourceKey | SiteId | 'user';

/** A source the user can switch on and off in the options page. */
export type ToggleableSourceId = {
  [K in SourceKey]: (typeof SOURCES)[K]['toggle'] extends { option: string } ? K : never;
}[SourceKey];

/** A kind of cached data; the middle part of its storage key (`cache:<kind>:<id>`). */
export type CacheKind = { [K in SourceKey]: keyof (typeof SOURCES)[K]['cache'] }[SourceKey];

const SOURCE_KEYS = Object.keys(SOURCES) as SourceKey[];
const specOf = (key: SourceKey): SourceSpec => SOURCES[key];

/** Sources the user can switch on and off, in the order the options page lists them. */
export const SOURCE_IDS = SOURCE_KEYS.filter((key) => 'option' in specOf(key).toggle) as ToggleableSourceId[];

/** The options page's line for a switchable source. */
export function sourceOption(id: ToggleableSourceId): string {
  const toggle: SourceSpec['toggle'] = SOURCES[id].toggle;
  return 'option' in toggle ? toggle.option : id;
}

/** The switch that governs a source: its own, or the one it follows. */
export function toggleOf(key: SourceKey): ToggleableSourceId {
  const toggle = specOf(key).toggle;
  return ('follows' in toggle ? toggle.follows : key) as ToggleableSourceId;
}

/** Every host permission the manifest asks for at install time. */
export const HOST_PERMISSIONS: readonly string[] = SOURCE_KEYS.flatMap((key) => specOf(key).permissions);

/** Origins asked for at run time. */
export const OPTIONAL_HOST_PERMISSIONS: readonly string[] = SOURCE_KEYS.flatMap(
  (key) => specOf(key).optionalPermissions ?? [],
);

const PACING = new Map(
  SOURCE_KEYS.flatMap((key) => {
    const spec = specOf(key);
    return spec.hosts.flatMap((host): [string, HostPolicy][] => [
      [host, spec.pacing],
      ...(spec.keyedPacing ? [[`${host}#key`, spec.keyedPacing] as [string, HostPolicy]] : []),
    ]);
  }),
);

/**
 * The pacing rules for a host name or a rate key (`host#…`); a rate key without pacing of its
 * own is paced like its host, and hosts of no source (homepages) like homepages.
 */
export function hostPolicyFor(hostOrKey: string): HostPolicy {
  return PACING.get(hostOrKey) ?? PACING.get(hostOrKey.split('#')[0] ?? '') ?? SOURCES.homepage.pacing;
}

/** Every cache kind with its lifetimes. */
export const CACHE_POLICIES = Object.fromEntries(
  SOURCE_KEYS.flatMap((key) => Object.entries(specOf(key).cache)),
) as Record<CacheKind, CachePolicy>;

/** Whether a string read back from storage names a known cache kind. */
export function isCacheKind(value: unknown): value is CacheKind {
  return typeof value === 'string' && Object.hasOwn(CACHE_POLICIES, value);
}
