/**
 * Byline's own model of a researcher, merged from every source. Plain data only: it crosses
 * the message boundary and lives in storage. Every field says where it came from and when.
 */
import type { SourceId } from '../domain/sources';

export type { SourceId };

/** A value with its provenance. `fetchedAt` is epoch milliseconds. */
export interface Sourced<T> {
  value: T;
  source: SourceId;
  fetchedAt: number;
  /** What qualifies the source, in words: "at the 2024 paper", "GitHub profile of pzs19". */
  note?: string;
}

export type LinkKind =
  | 'homepage'
  | 'scholar'
  | 'github'
  | 'orcid'
  | 'dblp'
  | 'openreview'
  | 'twitter'
  | 'email'
  | 'semantic-scholar'
  | 'hugging-face';

export interface PersonRef {
  name: string;
  url?: string;
}

export interface NewsItem {
  date?: string;
  text: string;
  links: string[];
}

export interface CodeRepo {
  /** `owner/name` on GitHub. */
  repo: string;
  url: string;
  stars?: Sourced<number>;
}

export type AuthorRole = 'first' | 'co-first' | 'last' | 'other';

export interface PaperEntry {
  title: string;
  url?: string;
  ids: { arxiv?: string; acl?: string; doi?: string; s2?: string };
  venues: string[];
  year?: number;
  role?: AuthorRole;
  citations?: number;
  code: CodeRepo[];
  sources: SourceId[];
}

export interface Metrics {
  citations?: number;
  hIndex?: number;
  paperCount?: number;
}

/** The merged researcher record shown on a card. */
export interface ResearcherProfile {
  /** Stable key of this person in Byline (`s2:<authorId>`, `acl:<personId>`, `dblp:<pid>`...). */
  key: string;
  name: Sourced<string>;
  nativeName?: Sourced<string>;
  photo?: Sourced<string>;
  position?: Sourced<string>;
  affiliation?: Sourced<string>;
  advisors?: Sourced<PersonRef[]>;
  interests?: Sourced<string[]>;
  location?: Sourced<string>;
  links: Partial<Record<LinkKind, Sourced<string>>>;
  metrics?: Sourced<Metrics>;
  papers: PaperEntry[];
  /** Stars summed over distinct repositories (a repository shared by papers counts once). */
  totalStars?: Sourced<number>;
  news?: Sourced<NewsItem[]>;
  ids: { s2?: string; dblp?: string; orcid?: string; openalex?: string; acl?: string };
}

/** How sure Byline is that the card is the person on the page, and why, in words. */
export interface MatchReason {
  method: 'correction' | 'paper-context' | 'site-id' | 'search';
  confidence: 'high' | 'medium' | 'low';
  /** A line a user can read: "author 1 of arXiv 2403.12968 on Semantic Scholar". */
  reason: string;
}

/** A source that could not answer, and what the user can do about it. */
export interface SourceProblem {
  source: SourceId;
  kind: 'rate-limited' | 'unavailable' | 'disabled' | 'permission-needed' | 'invalid';
  message: string;
  /** Epoch ms when trying again makes sense (from `Retry-After` / `X-RateLimit-Reset`). */
  retryAt?: number;
  /** For `permission-needed`: the origin to ask for (`https://example.edu/*`). */
  origin?: string;
}

/**
 * The parts of a card that come after the person is known, in the order they arrive: the
 * homepage's facts (and what the discovery steps learned), the paper list, then code and stars.
 */
export type CardPart = 'homepage' | 'papers' | 'code';

/** The answer to a lookup. Failures are values, never thrown across the boundary. */
export type LookupResult =
  | {
      ok: true;
      profile: ResearcherProfile;
      match: MatchReason;
      problems: SourceProblem[];
      /** Epoch ms of the oldest data on the card; the card shows age when it is stale. */
      asOf: number;
      stale: boolean;
      /** Whether the user follows this researcher, so a card needs no second question. */
      following: boolean;
      /**
       * Set on an early stage of a cold card: the parts still being looked up (the card draws
       * placeholder rows for them). Absent on the last stage, which is the complete card.
       */
      pending?: CardPart[];
    }
  | {
      ok: false;
      reason: 'not-found' | 'rate-limited' | 'offline' | 'error';
      message: string;
      problems: SourceProblem[];
      retryAt?: number;
    };
