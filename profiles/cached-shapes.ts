/**
 * Shape checks for values read back from the cache. Storage outlives code versions and can be
 * damaged, so a stored value is trusted only if it still has the shape of the type its source
 * returns; anything else is dropped by the cache and fetched again, never thrown on. Each check
 * is written field by field against that type (`domain/shape.ts`): a field added to a source's
 * type without its check here is a type error.
 */
import { count, flag, listOf, nullable, oneOf, optional, type Shape, shapeOf, text } from '../domain/shape';
import type {
  CardWarning,
  CodeLink,
  DatedEntry,
  HomepageCard,
  HomepagePaper,
  LabelledLink,
  NewsItem,
  PaperIds,
  PersonLink,
  ProfileIds,
  ProfileLinks,
} from '../homepage/homepage-card';
import type { DblpAuthorHit, DblpNote, DblpPerson } from '../sources/dblp';
import type { GithubRepoStars } from '../sources/github';
import type { GithubUser, GithubUserHit } from '../sources/github-users';
import type { HfPaper } from '../sources/hugging-face';
import type {
  OpenAlexAuthor,
  OpenAlexAuthorship,
  OpenAlexAuthorSuggestion,
  OpenAlexInstitution,
  OpenAlexWork,
} from '../sources/openalex';
import type { OpenReviewProfile } from '../sources/openreview';
import type { OrcidResearcherUrl } from '../sources/orcid';
import type { PwcPaper } from '../sources/paperswithcode';
import type { S2Author, S2Page, S2Paper, S2PaperIds } from '../sources/semantic-scholar';

export type { Shape };

const optText = optional(text);
const optCount = optional(count);
const texts = listOf(text);
const nullableText = nullable(text);

/** An S2 author (profile or nested in a paper). */
export const isS2Author = shapeOf<S2Author>({
  authorId: optText,
  name: text,
  url: optText,
  affiliations: texts,
  homepage: optText,
  paperCount: optCount,
  citationCount: optCount,
  hIndex: optCount,
  dblpNames: texts,
  orcid: optText,
});

/** An S2 paper with its authors. */
export const isS2Paper = shapeOf<S2Paper>({
  paperId: text,
  title: optText,
  year: optCount,
  venue: optText,
  citationCount: optCount,
  url: optText,
  ids: shapeOf<S2PaperIds>({ arxiv: optText, acl: optText, doi: optText, dblp: optText, corpusId: optCount }),
  authors: listOf(isS2Author),
});

/** A page of S2 author search results. */
export const isS2AuthorPage = shapeOf<S2Page<S2Author>>({
  items: listOf(isS2Author),
  offset: count,
  next: optCount,
  total: optCount,
});

/** An author's papers as cached (the items of the first page). */
export const isS2PaperList: Shape<S2Paper[]> = listOf(isS2Paper);

const isInstitution = shapeOf<OpenAlexInstitution>({
  id: text,
  name: text,
  ror: optText,
  countryCode: optText,
  type: optText,
});

/** An OpenAlex work with its authorships. */
export const isOpenAlexWork = shapeOf<OpenAlexWork>({
  id: text,
  doi: optText,
  title: optText,
  year: optCount,
  citedByCount: optCount,
  authorships: listOf(
    shapeOf<OpenAlexAuthorship>({
      authorId: optText,
      name: text,
      rawName: optText,
      orcid: optText,
      institutions: listOf(isInstitution),
      rawAffiliations: texts,
    }),
  ),
});

/** An OpenAlex author singleton. */
export const isOpenAlexAuthor = shapeOf<OpenAlexAuthor>({
  id: text,
  name: text,
  orcid: optText,
  alternativeNames: texts,
  worksCount: optCount,
  citedByCount: optCount,
  hIndex: optCount,
  i10Index: optCount,
  lastKnownInstitutions: listOf(isInstitution),
  affiliations: listOf(
    shapeOf<OpenAlexAuthor['affiliations'][number]>({ institution: isInstitution, years: listOf(count) }),
  ),
  topics: listOf(shapeOf<OpenAlexAuthor['topics'][number]>({ id: text, name: text, count: optCount })),
});

/** An OpenAlex author's works. */
export const isOpenAlexWorks: Shape<OpenAlexWork[]> = listOf(isOpenAlexWork);

/** OpenAlex author name suggestions. */
export const isOpenAlexSuggestions: Shape<OpenAlexAuthorSuggestion[]> = listOf(
  (v): v is OpenAlexAuthorSuggestion => isFields(v) && isString(v.id) && isString(v.name) && isOptString(v.orcid),
);

/** dblp author search hits. */
export const isDblpHits: Shape<DblpAuthorHit[]> = listOf(
  shapeOf<DblpAuthorHit>({ pid: text, name: text, url: text, aliases: texts, affiliations: texts }),
);

const isNote = shapeOf<DblpNote>({ text, label: optText });

/** A dblp person record. */
export const isDblpPerson = shapeOf<DblpPerson>({
  pid: text,
  name: text,
  disambiguation: flag,
  urls: texts,
  homepage: optText,
  orcid: optText,
  affiliations: listOf(isNote),
  awards: listOf(isNote),
  publicationCount: optCount,
});

/** The researcher URLs of an ORCID record. */
export const isOrcidUrls: Shape<OrcidResearcherUrl[]> = listOf(
  shapeOf<OrcidResearcherUrl>({ name: optText, url: text }),
);

const isLink = shapeOf<LabelledLink>({ label: text, url: text });
const isDated = shapeOf<DatedEntry>({ date: nullableText, text });
const isHomepagePaper = shapeOf<HomepagePaper>({
  title: text,
  url: nullableText,
  ids: shapeOf<PaperIds>({ arxiv: nullableText, acl: nullableText, doi: nullableText, openreview: nullableText }),
  authors: texts,
  ownerIndex: nullable(count),
  coFirst: flag,
  venue: nullableText,
  year: nullable(count),
  code: listOf(shapeOf<CodeLink>({ repo: text, url: text })),
  links: listOf(isLink),
});
const PROFILE_IDS = {
  scholar: nullableText,
  github: nullableText,
  orcid: nullableText,
  dblp: nullableText,
  openreview: nullableText,
  twitter: nullableText,
  email: nullableText,
};

/** A homepage card as the reader produced it. */
export const isHomepageCard = shapeOf<HomepageCard>({
  template: oneOf('acad-homepage', 'al-folio', 'academicpages', 'hugo-blox', 'jonbarron', 'generic'),
  pageUrl: nullableText,
  name: nullableText,
  nativeName: nullableText,
  photo: nullableText,
  position: nullableText,
  affiliation: nullableText,
  advisors: listOf(shapeOf<PersonLink>({ name: text, url: nullableText })),
  interests: texts,
  location: nullableText,
  links: shapeOf<ProfileLinks>({ homepage: nullableText, ...PROFILE_IDS }),
  ids: shapeOf<ProfileIds>(PROFILE_IDS),
  news: listOf(shapeOf<NewsItem>({ date: nullableText, text, links: listOf(isLink), old: flag })),
  papers: listOf(isHomepagePaper),
  honors: listOf(isDated),
  education: listOf(isDated),
  experience: listOf(isDated),
  warnings: listOf(
    shapeOf<CardWarning>({
      kind: oneOf(
        'badge-repo-mismatch',
        'duplicate-paper-id',
        'conflicting-profile-id',
        'truncated',
        'owner-not-found',
      ),
      message: text,
    }),
  ),
});

const isRepo = { owner: text, repo: text, url: text };

/** A Hugging Face paper. */
export const isHfPaper = shapeOf<HfPaper>({
  arxivId: text,
  title: optText,
  publishedAt: optText,
  githubRepo: optional(shapeOf<NonNullable<HfPaper['githubRepo']>>(isRepo)),
  githubStars: optCount,
  githubRepoAddedBy: optional(oneOf('auto', 'user')),
  projectPage: optText,
  upvotes: optCount,
  authors: listOf(shapeOf<HfPaper['authors'][number]>({ name: text, hidden: flag })),
});

/** A paper's repositories from paperswithcode.co. */
export const isPwcPaper = shapeOf<PwcPaper>({
  arxivId: text,
  repositories: listOf(shapeOf<PwcPaper['repositories'][number]>({ ...isRepo, official: flag })),
});

/** A repository's stars from GitHub. */
export const isGithubRepoStars = shapeOf<GithubRepoStars>({
  fullName: text,
  url: text,
  stars: count,
  description: optText,
  archived: optional(flag),
  fork: optional(flag),
  pushedAt: optText,
  etag: optText,
  notModified: flag,
  authenticated: flag,
});
/** A GitHub account's public profile. */
export const isGithubUser: Shape<GithubUser> = (v): v is GithubUser =>
  isFields(v) && isString(v.login) && isString(v.url) && isString(v.type) && isOptString(v.name) && isOptString(v.blog);

/** GitHub user search hits. */
export const isGithubUserHits: Shape<GithubUserHit[]> = listOf(
  (v): v is GithubUserHit => isFields(v) && isString(v.login) && isString(v.url),
);

/** One OpenReview profile (an answer by id). */
export const isOpenReviewProfile: Shape<OpenReviewProfile> = (v): v is OpenReviewProfile =>
  isFields(v) &&
  isString(v.id) &&
  isString(v.name) &&
  isStrings(v.otherNames) &&
  isFields(v.links) &&
  isFields(v.ids) &&
  every(v.history, (h) => isFields(h) && isString(h.institution)) &&
  every(v.relations, withName) &&
  every(v.expertise, (e) => isFields(e) && isStrings(e.keywords));

/** OpenReview profiles (a search answer). */
export const isOpenReviewProfiles: Shape<OpenReviewProfile[]> = listOf(isOpenReviewProfile);

// Plain checks for the shapes of the people sources (GitHub accounts, OpenReview profiles, OpenAlex lists).
type Fields = Record<string, unknown>;
function isFields(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isString(v: unknown): v is string {
  return typeof v === 'string';
}
function isOptString(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}
function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every(isString);
}
function every(v: unknown, item: (x: unknown) => boolean): boolean {
  return Array.isArray(v) && v.every(item);
}
function withName(v: unknown): boolean {
  return isFields(v) && isString(v.name);
}
