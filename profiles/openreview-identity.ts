import { fetchOpenReviewProfile, type OpenReviewProfile } from '../sources/openreview';
import { fetchS2Author } from '../sources/semantic-scholar';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isOpenReviewProfile, isS2Author } from './cached-shapes';
import type { LookupEnv } from './lookup-env';
import type { SourceProblem, Sourced } from './profile';
import type { Identity } from './resolve-identity';

/**
 * The OpenReview profile a page named by id (`~Jeffrey_Cheng2`), cached under that id: the
 * identity step and the homepage step share one request. Undefined when OpenReview is off as a
 * source, or does not answer (a guest is challenged unless the user lets Byline sign in as them).
 */
export async function openReviewProfileById(
  id: string,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Sourced<OpenReviewProfile> | undefined> {
  const settings = await env.user.getSettings();
  if (!settings.sources.openreview) return undefined;
  const withSession = settings.openReviewSignIn;
  const res = await cachedFetch(
    env,
    'openreview',
    `id:${id}`,
    () => fetchOpenReviewProfile(env.net, id, withSession ? { withSession } : {}),
    isOpenReviewProfile,
  );
  if (!res.ok) {
    const problem = problemFrom('openreview', res, 'OpenReview');
    if (res.kind === 'blocked' && !withSession)
      problem.message = `${problem.message.replace(/\.$/, '')}; "Use my OpenReview sign-in" in Byline's options lets Byline ask as you.`;
    problems.push(problem);
    return undefined;
  }
  return res.data ? { value: res.data, source: 'openreview', fetchedAt: res.storedAt } : undefined;
}

/**
 * Who an OpenReview profile id is: that profile, exactly, with no name search. When the profile
 * links a Semantic Scholar author, the person is that author (their papers fill the card);
 * otherwise the profile itself is the identity.
 */
export async function openReviewIdentity(
  id: string,
  printed: string,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Identity> {
  const profile = await openReviewProfileById(id, env, problems);
  const s2Id = profile?.value.ids.semanticScholar;
  const settings = await env.user.getSettings();
  if (profile && s2Id && settings.sources['semantic-scholar']) {
    const secrets = await env.user.getSecrets();
    const options = secrets.semanticScholarApiKey ? { apiKey: secrets.semanticScholarApiKey } : {};
    const res = await cachedFetch(env, 's2-author', s2Id, () => fetchS2Author(env.net, s2Id, options), isS2Author);
    if (!res.ok) problems.push(problemFrom('semantic-scholar', res));
    const author = res.ok ? res.data : undefined;
    if (author?.authorId)
      return {
        key: `s2:${author.authorId}`,
        name: author.name,
        s2Author: author,
        openReviewId: id,
        match: {
          method: 'site-id',
          confidence: 'high',
          reason: `OpenReview profile ${id}, which links Semantic Scholar author ${author.authorId}`,
        },
      };
  }
  return {
    key: `openreview:${id}`,
    name: profile?.value.name ?? printed,
    openReviewId: id,
    match: { method: 'site-id', confidence: 'high', reason: `OpenReview profile ${id}` },
  };
}
