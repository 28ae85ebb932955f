import { paperDoi } from '../domain/paper-id';
import { fetchOpenAlexAuthor, fetchOpenAlexWorkByDoi, type OpenAlexAuthor } from '../sources/openalex';
import type { AuthorQuery } from '../messaging/types';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isOpenAlexAuthor, isOpenAlexWork } from './cached-shapes';
import type { LookupEnv } from './lookup-env';
import type { SourceProblem, Sourced } from './profile';

/** Printed name and OpenAlex display name must agree this well for the slot to be trusted. */
const SLOT_AGREES = 0.55;

/**
 * The paper context again, from OpenAlex, for when Semantic Scholar cannot answer, by the
 * paper's DOI (`paperDoi`: arXiv's DataCite DOI, an ACL paper's own; old ACL papers have none).
 * Fetching a work or an author by id costs no OpenAlex credits (docs/sources.md §2.3).
 */
export async function openAlexPaperAuthor(
  query: AuthorQuery,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<{ author: Sourced<OpenAlexAuthor>; position: number } | undefined> {
  const paper = query.paper;
  if (!paper) return undefined;
  const doi = paperDoi(paper);
  if (!doi) return undefined;
  const work = await cachedFetch(
    env,
    'openalex',
    `work:${doi.toLowerCase()}`,
    () => fetchOpenAlexWorkByDoi(env.net, doi),
    isOpenAlexWork,
  );
  if (!work.ok) {
    problems.push(problemFrom('openalex', work));
    return undefined;
  }
  const slot = work.data?.authorships[paper.position];
  if (!slot?.authorId || env.nameScore(query.printed, slot.name) < SLOT_AGREES) return undefined;
  const id = slot.authorId.replace(/^https:\/\/openalex\.org\//, '');
  const author = await cachedFetch(
    env,
    'openalex',
    `author:${id}`,
    () => fetchOpenAlexAuthor(env.net, id),
    isOpenAlexAuthor,
  );
  if (!author.ok) {
    problems.push(problemFrom('openalex', author));
    return undefined;
  }
  if (!author.data) return undefined;
  return { author: { value: author.data, source: 'openalex', fetchedAt: author.storedAt }, position: paper.position };
}
