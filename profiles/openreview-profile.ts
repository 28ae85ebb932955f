import { confirmOpenReviewProfile, searchOpenReviewProfiles, type OpenReviewProfile } from '../sources/openreview';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isOpenReviewProfiles } from './cached-shapes';
import {
  addOrcid,
  type DiscoveryStep,
  type HomepageCandidate,
  type HomepageContext,
  type HomepageFinding,
} from './find-homepage';
import { openReviewProfileById } from './openreview-identity';
import type { Sourced } from './profile';

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
  // The page named the profile: it is this person's, no search and no confirmation needed.
  if (ctx.identity.openReviewId) {
    const byId = await openReviewProfileById(ctx.identity.openReviewId, env, problems);
    return byId ? use(ctx, found, byId) : [];
  }
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
  return use(ctx, found, { value: profile, source: 'openreview', fetchedAt: res.storedAt });
};

/** The profile's facts for the card, and its homepage as a candidate. */
function use(ctx: HomepageContext, found: HomepageFinding, sourced: Sourced<OpenReviewProfile>): HomepageCandidate[] {
  const profile = sourced.value;
  found.extras.openReview = sourced;
  if (profile.ids.orcid) addOrcid(ctx, profile.ids.orcid);
  return profile.links.homepage
    ? [
        {
          url: profile.links.homepage,
          source: 'openreview',
          at: sourced.fetchedAt,
          note: `OpenReview profile ${profile.id}`,
          extras: { openReview: sourced },
        },
      ]
    : [];
}
