import { paperDoi } from '../domain/paper-id';
import {
  fetchOpenAlexAuthor,
  fetchOpenAlexWorkByDoi,
  type OpenAlexAuthor,
  type OpenAlexAuthorship,
  type OpenAlexWork,
} from '../sources/openalex';
import type { AuthorQuery, PaperContext } from '../messaging/types';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isOpenAlexAuthor, isOpenAlexWork } from './cached-shapes';
import type { LookupEnv } from './lookup-env';
import type { SourceProblem, Sourced } from './profile';

/** Printed name and OpenAlex display name must agree this well for the slot to be trusted. */
const SLOT_AGREES = 0.55;
/** Elsewhere in the author list the name must agree closely, since position no longer vouches. */
const NAME_AGREES = 0.8;

/**
 * The page's paper on OpenAlex: arXiv papers by their DataCite DOI (10.48550/arXiv.<id>),
 * new-style ACL papers by 10.18653/v1/<id>, else the DOI another source's record gives. One
 * singleton `works/doi:` request (free of OpenAlex credits), cached: it carries every author's
 * institution at that paper and their ORCID, so it is asked for on every card with a paper.
 */
export async function fetchContextWork(
  paper: PaperContext,
  env: LookupEnv,
  problems: SourceProblem[],
  otherDoi?: string,
): Promise<Sourced<OpenAlexWork> | undefined> {
  const own = paperDoi(paper);
  for (const doi of [own, otherDoi]) {
    if (!doi) continue;
    const work = await cachedFetch(
      env,
      'openalex',
      `work:${doi.toLowerCase()}`,
      () => fetchOpenAlexWorkByDoi(env.net, doi),
      isOpenAlexWork,
    );
    if (!work.ok) {
      problems.push(problemFrom('openalex', work, 'OpenAlex'));
      return undefined;
    }
    if (work.data) return { value: work.data, source: 'openalex', fetchedAt: work.storedAt };
  }
  return undefined;
}

/** This author's slot on the work: the same position with an agreeing name, else the one agreeing name. */
export function authorshipAt(
  work: OpenAlexWork,
  position: number,
  name: string,
  nameScore: (a: string, b: string) => number,
): { authorship: OpenAlexAuthorship; position: number } | undefined {
  const slot = work.authorships[position];
  if (slot && nameScore(name, slot.name) >= SLOT_AGREES) return { authorship: slot, position };
  const agreeing = work.authorships
    .map((authorship, i) => ({ authorship, position: i, score: nameScore(name, authorship.name) }))
    .filter((c) => c.score >= NAME_AGREES)
    .sort((a, b) => b.score - a.score);
  if (!agreeing[0] || agreeing[1]?.score === agreeing[0].score) return undefined;
  return agreeing[0];
}

/**
 * The paper context again, from OpenAlex, for when Semantic Scholar cannot answer. Fetching a
 * work or an author by id costs no OpenAlex credits.
 */
export async function openAlexPaperAuthor(
  query: AuthorQuery,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<{ author: Sourced<OpenAlexAuthor>; position: number } | undefined> {
  const paper = query.paper;
  if (!paper) return undefined;
  const work = await fetchContextWork(paper, env, problems);
  const slot = work ? authorshipAt(work.value, paper.position, query.printed, env.nameScore) : undefined;
  if (!slot?.authorship.authorId || slot.position !== paper.position) return undefined;
  const author = await fetchOpenAlexAuthorById(slot.authorship.authorId, env, problems);
  return author ? { author, position: paper.position } : undefined;
}

/** An OpenAlex author singleton, cached. */
export async function fetchOpenAlexAuthorById(
  authorId: string,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Sourced<OpenAlexAuthor> | undefined> {
  const id = authorId.replace(/^https:\/\/openalex\.org\//, '');
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
  return author.data ? { value: author.data, source: 'openalex', fetchedAt: author.storedAt } : undefined;
}
