/**
 * What Byline reads from a researcher's own homepage: plain JSON-safe data, every string
 * bounded, every URL http(s) or mailto. The format is documented in FORMAT.md.
 */
import { MAX_LINK_CHARS } from '../domain/safe-url';

/** Which reader produced the card (template detection lives in templates/detect-template.ts). */
export type TemplateId = 'acad-homepage' | 'al-folio' | 'academicpages' | 'hugo-blox' | 'jonbarron' | 'generic';

/** A person named on the page, with the link the page gives for them. */
export interface PersonLink {
  name: string;
  url: string | null;
}

/** A labelled link ("Paper", "Code", "arXiv", "PDF"...). */
export interface LabelledLink {
  label: string;
  url: string;
}

/** The owner's profile links, each a normalised http(s) or mailto URL. */
export interface ProfileLinks {
  homepage: string | null;
  scholar: string | null;
  github: string | null;
  orcid: string | null;
  dblp: string | null;
  openreview: string | null;
  twitter: string | null;
  email: string | null;
}

/** The bare ids behind `links` (Scholar user id, GitHub login, ORCID iD, e-mail address...). */
export interface ProfileIds {
  scholar: string | null;
  github: string | null;
  orcid: string | null;
  dblp: string | null;
  openreview: string | null;
  twitter: string | null;
  email: string | null;
}

/** One news line. `old` marks items folded into a collapsed `<details>` block. */
export interface NewsItem {
  date: string | null;
  text: string;
  links: LabelledLink[];
  old: boolean;
}

/** A code repository of a paper: `repo` is `owner/name` on GitHub, from the link a reader clicks. */
export interface CodeLink {
  repo: string;
  url: string;
}

/** Identifiers read from a paper's links. */
export interface PaperIds {
  arxiv: string | null;
  acl: string | null;
  doi: string | null;
  openreview: string | null;
}

/** One publication as the homepage lists it. */
export interface HomepagePaper {
  title: string;
  url: string | null;
  ids: PaperIds;
  authors: string[];
  /** Position of the owner in `authors`, or null when the page does not mark or name them. */
  ownerIndex: number | null;
  /** The owner shares first authorship ("(co-first author)", `*`, `†`, `#`, "equal contribution"). */
  coFirst: boolean;
  venue: string | null;
  year: number | null;
  code: CodeLink[];
  links: LabelledLink[];
}

/** A dated line of honors, education or experience ("2023.09 - Now", "Graduate student..."). */
export interface DatedEntry {
  date: string | null;
  text: string;
}

/** Something on the page that looked wrong (badge/link mismatch, duplicate ids, conflicting ids...). */
export interface CardWarning {
  kind: 'badge-repo-mismatch' | 'duplicate-paper-id' | 'conflicting-profile-id' | 'truncated' | 'owner-not-found';
  message: string;
}

/** Everything Byline reads from one homepage. */
export interface HomepageCard {
  template: TemplateId;
  pageUrl: string | null;
  name: string | null;
  nativeName: string | null;
  photo: string | null;
  position: string | null;
  affiliation: string | null;
  advisors: PersonLink[];
  interests: string[];
  location: string | null;
  links: ProfileLinks;
  ids: ProfileIds;
  news: NewsItem[];
  papers: HomepagePaper[];
  honors: DatedEntry[];
  education: DatedEntry[];
  experience: DatedEntry[];
  warnings: CardWarning[];
}

/** Why a page gave no card. */
export type HomepageFailure =
  | 'too-large'
  | 'not-html'
  | 'empty'
  /** Too many elements, nested too deeply, or over the reader's time budget. */
  | 'too-complex';

/** Result of reading a page: failures are values, never thrown. */
export type HomepageResult = { ok: true; card: HomepageCard } | { ok: false; reason: HomepageFailure; message: string };

/** Upper bounds for every string and list in a card (untrusted input must not grow without limit). */
export const CARD_LIMITS = {
  text: 500,
  url: MAX_LINK_CHARS,
  papers: 200,
  authors: 100,
  news: 50,
  entries: 50,
  links: 20,
  code: 5,
  advisors: 5,
  interests: 20,
  warnings: 50,
} as const;

/** An empty card of the given template (every field present, nothing known). */
export function createEmptyCard(template: TemplateId, pageUrl: string | null): HomepageCard {
  return {
    template,
    pageUrl,
    name: null,
    nativeName: null,
    photo: null,
    position: null,
    affiliation: null,
    advisors: [],
    interests: [],
    location: null,
    links: {
      homepage: pageUrl,
      scholar: null,
      github: null,
      orcid: null,
      dblp: null,
      openreview: null,
      twitter: null,
      email: null,
    },
    ids: { scholar: null, github: null, orcid: null, dblp: null, openreview: null, twitter: null, email: null },
    news: [],
    papers: [],
    honors: [],
    education: [],
    experience: [],
    warnings: [],
  };
}
