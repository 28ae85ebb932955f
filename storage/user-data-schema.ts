import { paperKey } from '../domain/paper-id';
import { isOptInSite, SITE_IDS, type SiteId } from '../domain/sites';
import { SOURCE_IDS, type ToggleableSourceId } from '../domain/sources';
import type { AuthorQuery } from '../messaging/types';

export { SITE_IDS, SOURCE_IDS, type SiteId, type ToggleableSourceId };

/** Current layout of the user's data in storage; `user-data-migrate.ts` brings older layouts here. */
export const USER_DATA_VERSION = 1;

/** Storage keys of the user's data: outside the `cache:` prefix, so cache eviction can never reach them. */
export const USER_KEYS = {
  version: 'user:version',
  settings: 'user:settings',
  secrets: 'user:secrets',
  follows: 'user:follows',
  corrections: 'user:corrections',
} as const;

/** Accepted ranges: a zero delay is allowed (keyboard users), more than 5 s is never intended. */
export const HOVER_DELAY_MS_RANGE = { min: 0, max: 5000 } as const;
/** 1 MB holds a few hundred cards; past 1 GB the cache would crowd the browser's own storage. */
export const CACHE_SIZE_MB_RANGE = { min: 1, max: 1024 } as const;

/** The user's preferences, all with defaults. */
export interface Settings {
  sources: Record<ToggleableSourceId, boolean>;
  sites: Record<SiteId, boolean>;
  /** Dwell time before a card shows (WCAG 1.4.13 asks for a predictable, configurable delay). */
  hoverDelayMs: number;
  /** Bound on the web-data cache. */
  cacheSizeMb: number;
  /** Global on/off for hover cards. */
  cardsEnabled: boolean;
  /**
   * Whether OpenReview requests carry the user's own OpenReview sign-in (its cookies, on
   * OpenReview's API host only). Off until the user agrees in the options: OpenReview
   * challenges guests, and a signed-in request is made in the user's name.
   */
  openReviewSignIn: boolean;
}

/** Settings as first installed: every source on, every site on except the opt-in ones. */
export const DEFAULT_SETTINGS: Settings = {
  sources: Object.fromEntries(SOURCE_IDS.map((id) => [id, true])) as Record<ToggleableSourceId, boolean>,
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, !isOptInSite(id)])) as Record<SiteId, boolean>,
  hoverDelayMs: 500,
  // Chrome gives storage.local 10 MB without the unlimitedStorage permission; user data needs room too.
  cacheSizeMb: 8,
  cardsEnabled: true,
  openReviewSignIn: false,
};

/** Optional credentials. Kept in `storage.local` only: never synced, never exported unless asked. */
export interface Secrets {
  githubToken?: string;
  semanticScholarApiKey?: string;
}

/** What a followed researcher looked like when the user last looked, to show what is new. */
export interface FollowSnapshot {
  takenAt: number;
  /** Stable paper ids (`arxiv:…`, `acl:…`, `s2:…`) on the card at that time. */
  paperIds: string[];
  /** Dates + texts of homepage news items seen (or any stable key per item). */
  newsKeys: string[];
  citations?: number;
  totalStars?: number;
}

/** One followed researcher. Times are epoch milliseconds. */
export interface Follow {
  name: string;
  followedAt: number;
  lastSeenAt: number;
  snapshot?: FollowSnapshot;
}

/** Followed researchers by researcher key (`s2:…`, `acl:…`, `dblp:…`). */
export type Follows = Record<string, Follow>;

/** The user's verdict on one mention: wrong person, or the right person chosen by hand. */
export type MentionCorrection =
  | { choice: 'not-this-person'; at: number }
  | { choice: 'researcher'; researcherKey: string; at: number };

/** A homepage the user set by hand; it always wins over discovered ones. */
export interface HomepageOverride {
  url: string;
  at: number;
}

/** Everything the user corrected. */
export interface Corrections {
  /** By mention context key (see `mentionContextKey`). */
  mentions: Record<string, MentionCorrection>;
  /** By researcher key. */
  homepages: Record<string, HomepageOverride>;
}

/** All of the user's own data. */
export interface UserData {
  settings: Settings;
  secrets: Secrets;
  follows: Follows;
  corrections: Corrections;
}

/** Something wrong with a stored or imported value, and where. */
export interface DataIssue {
  /** JSON-path-like location: `follows["s2:1"].followedAt`. */
  path: string;
  message: string;
}

/**
 * The key a mention correction is stored under: the author slot on a known paper when there
 * is one (`arxiv:2403.12968#0`), since that is what the user judged; else the printed name.
 */
export function mentionContextKey(query: Pick<AuthorQuery, 'paper' | 'normalized'>): string {
  if (query.paper) return `${paperKey(query.paper)}#${query.paper.position}`;
  return `name:${query.normalized}`;
}
