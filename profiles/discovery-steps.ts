import { dblpStep, orcidStep, type DiscoveryStep } from './find-homepage';
import { githubPeopleStep } from './github-people';
import { openReviewStep } from './openreview-profile';

/**
 * Where a homepage is looked for after the user's own and Semantic Scholar's, in order of
 * trust: the person's OpenReview profile (confirmed by a shared identifier), their GitHub
 * account (the owner of their papers' code, else found by name), ORCID (written by the
 * person), then dblp (curated, but it walls scripts off now).
 */
export function discoverySteps(): DiscoveryStep[] {
  return [openReviewStep, githubPeopleStep, orcidStep, dblpStep];
}
