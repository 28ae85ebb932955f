/** Plain-data answers the background gives Byline's own pages (toolbar popup, options page). */
import type { SecretsPatch, SettingsPatch } from '../storage/user-data';

/** A person a name search found, with the one line that tells namesakes apart. */
export interface ResearcherCandidate {
  /** Byline's researcher key (`s2:<authorId>`). */
  key: string;
  name: string;
  /** "Tsinghua University · 12 papers · 1.2k citations on Semantic Scholar". */
  reason: string;
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

/**
 * A change the options page asks the background to make to the user's data. The background is
 * the only writer, so a change made here and one made on a card at the same time both land.
 */
export type UserDataChange =
  | { part: 'settings'; patch: SettingsPatch }
  | { part: 'secrets'; patch: SecretsPatch }
  /** Removes the correction for one mention. */
  | { part: 'mention'; contextKey: string }
  /** Removes the homepage the user set for a researcher. */
  | { part: 'homepage'; researcherKey: string };
