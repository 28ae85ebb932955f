const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** How long one kind of cached web data stays fresh, stays usable while refreshing, and how long a "not found" is trusted. */
export interface CachePolicy {
  /** Fresh for this long after it was stored: served without asking the network. */
  ttlMs: number;
  /** After expiry, still shown (marked stale) for this long while a refresh runs. */
  staleMs: number;
  /** Lifetime of a negative answer ("no such author / repo / page"); never served stale. */
  negativeTtlMs: number;
}

/**
 * Every kind of data Byline caches, with its lifetimes. A new source adds one line here.
 * Stale windows are long on purpose: an old card marked "as of …" beats an empty one when
 * offline or rate limited, and the size bound evicts what nobody looks at.
 */
export const CACHE_POLICIES = {
  // A paper's author list and ids are fixed once published; only citation counts drift.
  // Not found is retried after a day because new arXiv papers reach Semantic Scholar within days.
  's2-paper': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
  // Author metrics (citations, h-index, paper count) move daily for active researchers.
  's2-author': { ttlMs: 1 * DAY, staleMs: 30 * DAY, negativeTtlMs: 6 * HOUR },
  // Homepages change when news is posted; a day keeps "what's new" current. Sites that are
  // down are often down briefly, so a failed fetch is retried within hours.
  homepage: { ttlMs: 1 * DAY, staleMs: 30 * DAY, negativeTtlMs: 2 * HOUR },
  // A homepage Byline refused to read (too large, too complex, a redirect it may not follow)
  // would cost the same again on every hover: the refusal is remembered for a day.
  'homepage-unreadable': { ttlMs: 1 * DAY, staleMs: 0, negativeTtlMs: 1 * DAY },
  // Stars change all the time, but GitHub allows only 60 keyless requests an hour; a little
  // under a day means a user who checks daily sees new counts.
  'github-stars': { ttlMs: 22 * HOUR, staleMs: 14 * DAY, negativeTtlMs: 6 * HOUR },
  // DBLP person records (pid, homepage URLs) are curated by hand and change rarely.
  'dblp-person': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
  // OpenAlex recomputes affiliations and topics in periodic snapshots; weekly is plenty,
  // and it spares the keyless daily budget.
  openalex: { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
  // ORCID records are edited by their owners, seldom.
  orcid: { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
  // OpenReview profiles change about as often as ORCID ones.
  openreview: { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
  // Hugging Face links code to trending papers within days, and their stars move fast.
  'hf-paper': { ttlMs: 1 * DAY, staleMs: 14 * DAY, negativeTtlMs: 6 * HOUR },
  // paperswithcode.co lists a paper's repositories; links change rarely once a paper has code.
  'pwc-paper': { ttlMs: 7 * DAY, staleMs: 30 * DAY, negativeTtlMs: 1 * DAY },
  // Which researcher a name on a page resolves to: sources improve, so re-resolve daily,
  // but keep revisits instant. An unresolved name is retried sooner.
  resolution: { ttlMs: 1 * DAY, staleMs: 7 * DAY, negativeTtlMs: 6 * HOUR },
} as const satisfies Record<string, CachePolicy>;

/** A kind of cached data; the middle part of its storage key (`cache:<kind>:<id>`). */
export type CacheKind = keyof typeof CACHE_POLICIES;

/** Whether a string read back from storage names a known kind. */
export function isCacheKind(value: unknown): value is CacheKind {
  return typeof value === 'string' && Object.hasOwn(CACHE_POLICIES, value);
}
