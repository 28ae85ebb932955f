import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SiteId } from '../domain/sites';
import type { LookupResult, ResearcherProfile } from '../profiles/profile';
import type { AuthorQuery } from './types';
import type { CacheStats } from '../storage/cache';
import type { ImportMode, ImportReport, UserDataDocument } from '../storage/export-import';
import type { DataIssue, UserData } from '../storage/user-data';
import type { FollowSummary, SearchResult, UserDataChange } from './ui-types';

/** A researcher on the current page, as the content script reports it to the popup. */
export interface PageResearcher {
  query: AuthorQuery;
  /** Set once the user looked at this name (a card was opened). */
  result?: LookupResult;
  /** When the card for this name was first looked up (epoch ms); listings show these first. */
  lookedAt?: number;
}

/**
 * The one message protocol between the content script / popup / options page and the
 * background. Payloads are plain data; failures are values inside the result types.
 */
export interface ProtocolMap {
  /**
   * Resolve an author on a page to one researcher and build their card. The answer is the
   * complete card; with `stagesId`, a content script also gets each early stage of a cold card
   * as a `lookupStage` message to its own frame, as soon as the background knows it.
   */
  lookupResearcher(data: { query: AuthorQuery; stagesId?: string }): LookupResult;
  /**
   * Sent by the background to the frame that asked `lookupResearcher` with `stagesId`: an early
   * stage of that card (`pending` names the parts still coming). The answer itself is the last.
   */
  lookupStage(data: { stagesId: string; stage: LookupResult }): void;
  /** "Not this person": never match this profile for this name on this paper again. */
  rejectMatch(data: { query: AuthorQuery; profileKey: string }): { ok: true };
  /** The user's homepage for a researcher; it always wins over discovered ones. */
  setHomepage(data: {
    query: AuthorQuery;
    profileKey: string;
    url: string;
  }): { ok: true } | { ok: false; message: string };
  /** Open Byline's page that asks the browser for permission to read a homepage origin. */
  requestOrigin(data: { origin: string }): { ok: true };
  /** Open Byline's options page in a tab (the card's "Byline options"). */
  openOptions(): { ok: true };
  /** What the content script needs of the user's settings: whether to mark names here, and the show delay. */
  cardSettings(data: { site: SiteId }): { enabled: boolean; hoverDelayMs: number };
  /** Liveness check used by the popup and the e2e suite. */
  ping(): { ok: true; version: string };
  /** Sent to a tab's content script: the researchers of that page, in byline order. */
  pageResearchers(): PageResearcher[];
  /** Researchers whose name matches, each with a line that tells namesakes apart. */
  searchResearchers(data: { name: string }): SearchResult;
  /** The card of a researcher known by key (`s2:<id>`, `acl:<id>`): a search pick or a follow. */
  lookupByKey(data: { key: string; name: string; refresh?: boolean }): LookupResult;
  /** Followed researchers, each with what is new since the user last looked. */
  listFollows(): FollowSummary[];
  /** Follow (remembering what the card shows now) or unfollow; answers whether the user now follows. */
  setFollow(data: { profile: ResearcherProfile; following: boolean }): { following: boolean };
  /** The user looked at a followed researcher's card: what it shows is no longer new. */
  markFollowSeen(data: { profile: ResearcherProfile }): { ok: boolean };
  /** Size of the web-data cache, for the options page. */
  cacheInfo(): CacheStats;
  /** Empties the web-data cache (the user's own data is never touched). */
  clearCache(): { ok: true };
  /** The user's data as stored, validated, for the options page. */
  loadUserData(): { data: UserData; issues: DataIssue[] };
  /** A change made on the options page; the background, the one writer, applies it in its queue. */
  changeUserData(data: UserDataChange): { ok: true } | { ok: false; message: string };
  /** The export document of what is stored now. */
  exportUserData(data: { includeSecrets: boolean }): UserDataDocument;
  /** An import: the file's text, read and merged inside the background's write queue. */
  importUserData(data: { text: string; mode: ImportMode }): ImportReport;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
