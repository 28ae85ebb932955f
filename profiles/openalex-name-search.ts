import { autocompleteOpenAlexAuthors, fetchOpenAlexWorksByAuthor } from '../sources/openalex';
import type { AuthorQuery } from '../messaging/types';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isOpenAlexSuggestions, isOpenAlexWorks } from './cached-shapes';
import type { LookupEnv } from './lookup-env';
import { fetchOpenAlexAuthorById } from './openalex-identity';
import type { MatchReason, SourceProblem } from './profile';
import type { Identity } from './resolve-identity';

/** A suggested name must agree this closely with the printed one to be considered. */
const NAME_AGREES = 0.8;
/** Candidates whose works are checked for co-authors: each check is one billed list request. */
const MAX_CHECKED = 2;

/**
 * Identifies an author without any paper record: OpenAlex's name suggestions, each checked
 * against the page's other authors (people of one name rarely share co-authors). Only a
 * candidate who has published with someone on this paper is taken; a name alone is not enough.
 * Both requests are OpenAlex lists, billed against a keyless user's small daily allowance, so
 * this runs only when Semantic Scholar and the paper records could not identify the person.
 */
export async function openAlexNameSearch(
  query: AuthorQuery,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Identity | undefined> {
  const coAuthors = (query.paper?.authors ?? []).filter((_, i) => i !== query.paper?.position);
  if (!coAuthors.length) return undefined;
  const suggestions = await cachedFetch(
    env,
    'openalex',
    `suggest:${query.normalized}`,
    () => autocompleteOpenAlexAuthors(env.net, query.printed),
    isOpenAlexSuggestions,
  );
  if (!suggestions.ok) {
    problems.push(problemFrom('openalex', suggestions, 'OpenAlex'));
    return undefined;
  }
  const candidates = (suggestions.data ?? [])
    .filter((s) => env.nameScore(query.printed, s.name) >= NAME_AGREES)
    .slice(0, MAX_CHECKED);
  for (const candidate of candidates) {
    const works = await cachedFetch(
      env,
      'openalex',
      `works-of:${candidate.id}`,
      () => fetchOpenAlexWorksByAuthor(env.net, candidate.id),
      isOpenAlexWorks,
    );
    if (!works.ok) {
      problems.push(problemFrom('openalex', works, 'OpenAlex'));
      return undefined;
    }
    const theirs = (works.data ?? []).flatMap((w) => w.authorships.map((a) => a.name));
    const shared = coAuthors.filter((name) => theirs.some((other) => env.nameScore(name, other) >= NAME_AGREES));
    if (!shared.length) continue;
    const author = await fetchOpenAlexAuthorById(candidate.id, env, problems);
    const match: MatchReason = {
      method: 'search',
      confidence: shared.length >= 2 ? 'high' : 'medium',
      reason: `${candidate.name} on OpenAlex, who has published with ${shared.slice(0, 2).join(' and ')}`,
    };
    return {
      key: `openalex:${candidate.id}`,
      name: author?.value.name ?? candidate.name,
      match,
      ...(author ? { openAlexAuthor: author } : {}),
    };
  }
  return undefined;
}
