import { confirmOpenReviewProfile, searchOpenReviewProfiles, type OpenReviewProfile } from '../sources/openreview';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isOpenReviewProfiles } from './cached-shapes';
import { addOrcid, type DiscoveryStep } from './find-homepage';

/** Profiles of one name checked against the matched person per card. */
const MAX_CHECKED = 5;

/**
 * OpenReview: a profile holds the homepage, position history, advisors and expertise, and links
 * to the person's other profiles. Found by name, so it is used only when it shares an identifier
 * with the person already matched (its Semantic Scholar link names the same author id, or the
 * same ORCID iD): a namesake's profile is never trusted. Requests carry the user's own
 * OpenReview sign-in only when the user turned that on; a guest who is challenged gets a line
 * on the card ("OpenReview asks for a sign-in") and OpenReview is left alone for a while.
 */
export const openReviewStep: DiscoveryStep = async (ctx, env, found, problems) => {
  if (!ctx.settings.sources.openreview) return [];
  const known = {
    ...(ctx.identity.s2Author?.authorId ? { semanticScholar: ctx.identity.s2Author.authorId } : {}),
    ...(ctx.orcids[0] ? { orcid: ctx.orcids[0] } : {}),
    ...(found.dblp ? { dblp: found.dblp.value.pid } : {}),
  };
  // A profile found by name could be a namesake's: without an identifier to confirm it, do not ask.
  if (!Object.keys(known).length) return [];
  const withSession = ctx.settings.openReviewSignIn;
  const name = ctx.identity.name;
  const res = await cachedFetch(
    env,
    'openreview',
    `search:${name.toLowerCase()}`,
    () => searchOpenReviewProfiles(env.net, name, withSession ? { withSession } : {}),
    isOpenReviewProfiles,
  );
  if (!res.ok) {
    const problem = problemFrom('openreview', res, 'OpenReview');
    if (res.kind === 'blocked' && !withSession)
      problem.message = `${problem.message.replace(/\.$/, '')}; "Use my OpenReview sign-in" in Byline's options lets Byline ask as you.`;
    problems.push(problem);
    return [];
  }
  const profile = (res.data ?? [])
    .slice(0, MAX_CHECKED)
    .find((p): p is OpenReviewProfile => Boolean(confirmOpenReviewProfile(p, known)));
  if (!profile) return [];
  const sourced = { value: profile, source: 'openreview' as const, fetchedAt: res.storedAt };
  found.extras.openReview = sourced;
  if (profile.ids.orcid) addOrcid(ctx, profile.ids.orcid);
  return profile.links.homepage
    ? [
        {
          url: profile.links.homepage,
          source: 'openreview',
          at: res.storedAt,
          note: `OpenReview profile ${profile.id}`,
          extras: { openReview: sourced },
        },
      ]
    : [];
};
