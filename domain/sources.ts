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
  /** How long a host that answered with a bot wall (`net/bot-wall.ts`) is left alone. */
  wallBlockMs: number;
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
  /** Rate keys with a budget of their own on these hosts (`NetRequest.rateKey`), paced apart. */
  ratePacing?: Readonly<Record<string, HostPolicy>>;
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
    // pace per keyless client, so none is kept. A 429 says the shared pool was busy at that
    // moment, not that this client asked too much: the exponential back-off S2 requires starts
    // at 1 s (1, 2, 4 s…). A key is held to 1 request a second.
    pacing: { minSpacingMs: 0, backoffBaseMs: 1000, wallBlockMs: 1 * DAY },
    ratePacing: { 'api.semanticscholar.org#key': { minSpacingMs: 1100, backoffBaseMs: 4000, wallBlockMs: 1 * DAY } },
    cache: {
      // A paper's author list and ids are fixed once published; only citation counts drift.
      // Not found is retried after a day because new arXiv papers reach Semantic Scholar within days.
      's2-paper': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
      // Author metrics (citations, h-index, paper count) move daily for active researchers.
      's2-author': { ttlMs: 1 * DAY, staleMs: 30 * DAY, negativeTtlMs: 6 * HOUR },
      // What checking a followed researcher found ("2 new papers"): each follow is looked up
      // once a day at most, however often the popup opens.
      'follow-check': { ttlMs: 1 * DAY, staleMs: 0, negativeTtlMs: 1 * DAY },
    },
    toggle: { option: 'Semantic Scholar (identities, metrics, papers; also powers search)' },
  },
  dblp: {
    hosts: ['dblp.org'],
    permissions: ['https://dblp.org/*'],
    // No documented limit; an HTML 429 when exceeded, and well-behaved clients pace 5–7 s. Every
    // dblp host answers scripts with an Anubis proof-of-work page: once seen, dblp is left alone a day.
    pacing: { minSpacingMs: 5000, backoffBaseMs: 10_000, wallBlockMs: 1 * DAY },
    // Person records (pid, homepage URLs) are curated by hand and change rarely.
    cache: { 'dblp-person': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    toggle: { option: 'DBLP (homepages, disambiguated names)' },
  },
  openalex: {
    hosts: ['api.openalex.org'],
    permissions: ['https://api.openalex.org/*'],
    // 100 requests a second for everyone; singletons (`/works/doi:…`) cost nothing even without a key.
    pacing: { minSpacingMs: 110, backoffBaseMs: 2000, wallBlockMs: 1 * DAY },
    // Affiliations and topics are recomputed in periodic snapshots; weekly is plenty and spares the daily budget.
    cache: { openalex: { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    toggle: { option: 'OpenAlex (affiliations, topics)' },
  },
  orcid: {
    hosts: ['pub.orcid.org'],
    permissions: ['https://pub.orcid.org/*'],
    // Anonymous public API: 12 requests a second, bursts of 40.
    pacing: { minSpacingMs: 100, backoffBaseMs: 2000, wallBlockMs: 1 * DAY },
    // Records are edited by their owners, seldom.
    cache: { orcid: { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    toggle: { option: 'ORCID (homepage links)' },
  },
  github: {
    hosts: ['api.github.com'],
    permissions: ['https://api.github.com/*'],
    // 60 keyless requests an hour is a budget tracked from X-RateLimit-* headers, not a spacing.
    pacing: { minSpacingMs: 0, backoffBaseMs: 60_000, wallBlockMs: 1 * DAY },
    // Search (users, and the stars of many repositories in one query) has a budget of its own:
    // 10 a minute keyless, 30 with the user's token, a window GitHub reports in X-RateLimit-*
    // like the hourly one. The limiter spends it per request in flight and stops at zero until
    // the reset (net/host-gate.ts), so searches need not wait for each other (a card asks at
    // most two at once: its stars, and a person by name).
    ratePacing: {
      'api.github.com#search': { minSpacingMs: 0, backoffBaseMs: 60_000, wallBlockMs: 1 * DAY },
      'api.github.com#search#token': { minSpacingMs: 0, backoffBaseMs: 60_000, wallBlockMs: 1 * DAY },
    },
    cache: {
      // Stars change all the time but the keyless budget is small: a little under a day shows a daily visitor new counts.
      'github-stars': { ttlMs: 22 * HOUR, staleMs: 14 * DAY, negativeTtlMs: 6 * HOUR },
      // A user's name and blog (a homepage candidate) change rarely, and keyless requests are scarce.
      'github-user': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
    },
    toggle: { option: 'GitHub (stars of paper code)' },
  },
  'hugging-face': {
    hosts: ['huggingface.co'],
    permissions: ['https://huggingface.co/*'],
    // 500 API requests per 5-minute window per IP anonymously, told in `RateLimit: "api";r=…;t=…`
    // (`net/rate-headers.ts`): a window allows bursts, and the limiter spends what the header says
    // is left at send time (net/host-gate.ts), so a card's three lookups need not wait 600 ms each.
    pacing: { minSpacingMs: 100, backoffBaseMs: 5000, wallBlockMs: 1 * DAY },
    // Code is linked to trending papers within days, and their stars move fast.
    cache: { 'hf-paper': { ttlMs: 1 * DAY, staleMs: 14 * DAY, negativeTtlMs: 6 * HOUR } },
    toggle: { option: 'Hugging Face Papers (code per arXiv paper)' },
  },
  paperswithcode: {
    hosts: ['paperswithcode.co'],
    permissions: ['https://paperswithcode.co/*'],
    // No published limit (its MCP front end allows 60 a minute per IP): paced like an unknown host.
    pacing: { minSpacingMs: 250, backoffBaseMs: 5000, wallBlockMs: 1 * DAY },
    // A paper's repositories change rarely once it has code.
    cache: { 'pwc-paper': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    // The catalogue is Hugging Face's: it follows that switch.
    toggle: { follows: 'hugging-face' },
  },
  openreview: {
    hosts: ['api2.openreview.net'],
    permissions: ['https://api2.openreview.net/*'],
    // No documented keyless limit. Guests get a Turnstile challenge (403 ChallengeRequiredError)
    // that clears only in a browser tab: once seen, OpenReview is left alone for hours.
    pacing: { minSpacingMs: 1000, backoffBaseMs: 10_000, wallBlockMs: 6 * HOUR },
    // Requests with the user's own session (opted in) are paced and blocked apart from guest ones.
    ratePacing: {
      'api2.openreview.net#session': { minSpacingMs: 1000, backoffBaseMs: 10_000, wallBlockMs: 6 * HOUR },
    },
    // Profiles are edited by their owners, about as often as ORCID records.
    cache: { openreview: { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY } },
    toggle: { option: 'OpenReview (positions, advisors, homepage links)' },
  },
  homepage: {
    // Any host: homepages are paced like an unknown host.
    hosts: [],
    // Most academic homepages are GitHub Pages sites; reading them needs no extra prompt.
    permissions: ['https://*.github.io/*'],
    // Any other homepage origin is asked for from the card, one origin at a time.
    optionalPermissions: ['https://*/*', 'http://*/*'],
    // Nothing is documented for personal sites: gentle.
    pacing: { minSpacingMs: 250, backoffBaseMs: 5000, wallBlockMs: 1 * DAY },
    // Homepages change when news is posted; sites that are down are often down briefly.
    cache: {
      homepage: { ttlMs: 1 * DAY, staleMs: 30 * DAY, negativeTtlMs: 2 * HOUR },
      // A homepage Byline refused to read (too large, too complex, a redirect it may not follow)
      // would cost the same again on every hover: the refusal is remembered for a day.
      'homepage-unreadable': { ttlMs: 1 * DAY, staleMs: 0, negativeTtlMs: 1 * DAY },
    },
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

const PACING = new Map<string, HostPolicy>(
  SOURCE_KEYS.flatMap((key) => [
    ...specOf(key).hosts.map((host): [string, HostPolicy] => [host, specOf(key).pacing]),
    ...Object.entries(specOf(key).ratePacing ?? {}),
  ]),
);

/**
 * The pacing rules for a request: its rate key's own (GitHub search) if it has one, else its
 * host's; hosts of no source (homepages) are paced like homepages.
 */
export function hostPolicyFor(host: string, rateKey?: string): HostPolicy {
  return (rateKey === undefined ? undefined : PACING.get(rateKey)) ?? PACING.get(host) ?? SOURCES.homepage.pacing;
}

/** Every cache kind with its lifetimes. */
export const CACHE_POLICIES = Object.fromEntries(
  SOURCE_KEYS.flatMap((key) => Object.entries(specOf(key).cache)),
) as Record<CacheKind, CachePolicy>;

/** Whether a string read back from storage names a known cache kind. */
export function isCacheKind(value: unknown): value is CacheKind {
  return typeof value === 'string' && Object.hasOwn(CACHE_POLICIES, value);
}
