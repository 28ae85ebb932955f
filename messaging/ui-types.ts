/** Plain-data answers the background gives Byline's own pages (toolbar popup, options page). */

/** A person a name search found, with the facts that tell namesakes apart (the popup words them). */
export interface ResearcherCandidate {
  /** Byline's researcher key (`s2:<authorId>`). */
  key: string;
  name: string;
  affiliation?: string;
  paperCount?: number;
  citationCount?: number;
  hIndex?: number;
}

/** The result of a name search: candidates, or why there are none. */
export type SearchResult =
  | { ok: true; candidates: ResearcherCandidate[] }
  | { ok: false; reason: 'rate-limited' | 'offline' | 'disabled' | 'error'; message: string; retryAt?: number };

/** What appeared on a followed researcher's card since the user last looked. */
export interface FollowNews {
  /** Titles of papers not on the card last time. */
  papers: string[];
  /** Homepage news items not seen last time. */
  news: string[];
  citationsGained?: number;
  starsGained?: number;
}

/** A followed researcher as the popup lists them. */
export interface FollowSummary {
  key: string;
  name: string;
  followedAt: number;
  lastSeenAt: number;
  /** Missing when the current card could not be built (the reason is in `problem`). */
  news?: FollowNews;
  problem?: string;
}

export type { UserDataChange } from '../storage/user-data-change';
