/**
 * Shape checks for values read back from the cache. Storage outlives code versions and can be
 * damaged, so a stored value is trusted only if it still has every field `profiles/` reads;
 * anything else is dropped by the cache and fetched again, never thrown on.
 */
import { isFiniteNumber, isRecord } from '../domain/json-guards';
import type { HomepageCard } from '../homepage/homepage-card';
import type { DblpAuthorHit, DblpPerson } from '../sources/dblp';
import type { GithubRepoStars } from '../sources/github';
import type { HfPaper } from '../sources/hugging-face';
import type { PwcPaper } from '../sources/paperswithcode';
import type { OpenAlexAuthor, OpenAlexWork } from '../sources/openalex';
import type { OrcidResearcherUrl } from '../sources/orcid';
import type { S2Author, S2Page, S2Paper } from '../sources/semantic-scholar';

/** A check that narrows an unknown stored value to the type a source returned. */
export type Shape<T> = (value: unknown) => value is T;

const isString = (v: unknown): v is string => typeof v === 'string';
const isOptString = (v: unknown): boolean => v === undefined || typeof v === 'string';
const isNullableString = (v: unknown): boolean => v === null || typeof v === 'string';
const isOptNumber = (v: unknown): boolean => v === undefined || isFiniteNumber(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const every = (v: unknown, item: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(item);
const withName = (v: unknown): boolean => isRecord(v) && isString(v.name);

/** A list whose every item passes `item`. */
function listOf<T>(item: Shape<T>): Shape<T[]> {
  return (v): v is T[] => every(v, item);
}

/** An S2 author (profile or nested in a paper). */
export const isS2Author: Shape<S2Author> = (v): v is S2Author =>
  isRecord(v) &&
  isString(v.name) &&
  isStrings(v.affiliations) &&
  isStrings(v.dblpNames) &&
  isOptString(v.authorId) &&
  isOptString(v.homepage) &&
  isOptString(v.url) &&
  isOptString(v.orcid) &&
  isOptNumber(v.paperCount) &&
  isOptNumber(v.citationCount) &&
  isOptNumber(v.hIndex);

/** An S2 paper with its authors. */
export const isS2Paper: Shape<S2Paper> = (v): v is S2Paper =>
  isRecord(v) &&
  isString(v.paperId) &&
  isRecord(v.ids) &&
  isOptString(v.ids.arxiv) &&
  isOptString(v.ids.acl) &&
  isOptString(v.ids.doi) &&
  isOptString(v.title) &&
  isOptString(v.venue) &&
  isOptString(v.url) &&
  isOptNumber(v.year) &&
  isOptNumber(v.citationCount) &&
  every(v.authors, isS2Author);

/** A page of S2 author search results. */
export const isS2AuthorPage: Shape<S2Page<S2Author>> = (v): v is S2Page<S2Author> =>
  isRecord(v) && every(v.items, isS2Author) && typeof v.offset === 'number';

/** An author's papers as cached (the items of the first page). */
export const isS2PaperList: Shape<S2Paper[]> = listOf(isS2Paper);

/** An OpenAlex work with its authorships. */
export const isOpenAlexWork: Shape<OpenAlexWork> = (v): v is OpenAlexWork =>
  isRecord(v) &&
  isString(v.id) &&
  every(v.authorships, (a) => withName(a) && isRecord(a) && isOptString(a.authorId) && isOptString(a.orcid));

/** An OpenAlex author singleton. */
export const isOpenAlexAuthor: Shape<OpenAlexAuthor> = (v): v is OpenAlexAuthor =>
  isRecord(v) &&
  isString(v.id) &&
  isString(v.name) &&
  isOptString(v.orcid) &&
  isStrings(v.alternativeNames) &&
  isOptNumber(v.worksCount) &&
  isOptNumber(v.citedByCount) &&
  isOptNumber(v.hIndex) &&
  every(v.lastKnownInstitutions, withName) &&
  every(v.topics, withName) &&
  Array.isArray(v.affiliations);

/** dblp author search hits. */
export const isDblpHits: Shape<DblpAuthorHit[]> = listOf(
  (v): v is DblpAuthorHit => isRecord(v) && isString(v.pid) && isString(v.name),
);

const isNote = (v: unknown): boolean => isRecord(v) && isString(v.text) && isOptString(v.label);

/** A dblp person record. */
export const isDblpPerson: Shape<DblpPerson> = (v): v is DblpPerson =>
  isRecord(v) &&
  isString(v.pid) &&
  isString(v.name) &&
  typeof v.disambiguation === 'boolean' &&
  isStrings(v.urls) &&
  isOptString(v.orcid) &&
  every(v.affiliations, isNote) &&
  every(v.awards, isNote);

/** The researcher URLs of an ORCID record. */
export const isOrcidUrls: Shape<OrcidResearcherUrl[]> = listOf(
  (v): v is OrcidResearcherUrl => isRecord(v) && isString(v.url) && isOptString(v.name),
);

const isLink = (v: unknown): boolean => isRecord(v) && isString(v.url);
const isCode = (v: unknown): boolean => isRecord(v) && isString(v.repo) && isString(v.url);
const isHomepagePaper = (v: unknown): boolean =>
  isRecord(v) &&
  isString(v.title) &&
  isNullableString(v.url) &&
  isRecord(v.ids) &&
  isNullableString(v.ids.arxiv) &&
  isNullableString(v.ids.acl) &&
  isNullableString(v.ids.doi) &&
  isStrings(v.authors) &&
  (v.ownerIndex === null || typeof v.ownerIndex === 'number') &&
  typeof v.coFirst === 'boolean' &&
  isNullableString(v.venue) &&
  (v.year === null || typeof v.year === 'number') &&
  every(v.code, isCode);
const isNews = (v: unknown): boolean =>
  isRecord(v) && isString(v.text) && isNullableString(v.date) && typeof v.old === 'boolean' && every(v.links, isLink);

/** A homepage card as the reader produced it. */
export const isHomepageCard: Shape<HomepageCard> = (v): v is HomepageCard =>
  isRecord(v) &&
  ['name', 'nativeName', 'photo', 'position', 'affiliation', 'location'].every((k) => isNullableString(v[k])) &&
  every(v.advisors, (a) => withName(a) && isRecord(a) && isNullableString(a.url)) &&
  isStrings(v.interests) &&
  isRecord(v.links) &&
  Object.values(v.links).every(isNullableString) &&
  every(v.news, isNews) &&
  every(v.papers, isHomepagePaper);

/** A Hugging Face paper. */
export const isHfPaper: Shape<HfPaper> = (v): v is HfPaper =>
  isRecord(v) &&
  isString(v.arxivId) &&
  isOptNumber(v.githubStars) &&
  (v.githubRepo === undefined ||
    (isRecord(v.githubRepo) &&
      isString(v.githubRepo.owner) &&
      isString(v.githubRepo.repo) &&
      isString(v.githubRepo.url)));

/** A paper's repositories from paperswithcode.co. */
export const isPwcPaper: Shape<PwcPaper> = (v): v is PwcPaper =>
  isRecord(v) &&
  isString(v.arxivId) &&
  Array.isArray(v.repositories) &&
  v.repositories.every(
    (r: unknown) =>
      isRecord(r) && isString(r.owner) && isString(r.repo) && isString(r.url) && typeof r.official === 'boolean',
  );

/** A repository's stars from GitHub. */
export const isGithubRepoStars: Shape<GithubRepoStars> = (v): v is GithubRepoStars =>
  isRecord(v) &&
  isString(v.fullName) &&
  isString(v.url) &&
  typeof v.stars === 'number' &&
  Number.isFinite(v.stars) &&
  isOptString(v.etag) &&
  typeof v.notModified === 'boolean' &&
  typeof v.authenticated === 'boolean';
