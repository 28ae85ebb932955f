import { dblpStep, orcidStep, type DiscoveryStep } from './find-homepage';
import { githubNameStep, githubOwnersStep } from './github-people';
import { openReviewStep } from './openreview-profile';

/**
 * Where a homepage is looked for after the user's own and Semantic Scholar's, in order of
 * trust: the person's OpenReview profile (confirmed by a shared identifier), their GitHub
 * account (the owner of their papers' code), ORCID (written by the person), then dblp
 * (curated, but it walls scripts off now).
 */
export function discoverySteps(): DiscoveryStep[] {
  return [openReviewStep, githubOwnersStep, orcidStep, dblpStep];
}

/**
 * Asked only when those found nothing, beside the card's code and stars: a GitHub account found
 * by the person's name, which spends a search of the budget the star searches need.
 */
export function lateDiscoverySteps(): DiscoveryStep[] {
  return [githubNameStep];
}
