import { dblpStep, orcidStep, type DiscoveryStep } from './find-homepage';
import { githubPeopleStep } from './github-people';

/**
 * Where a homepage is looked for after the user's own and Semantic Scholar's, in order of
 * trust: the person's GitHub account (the owner of their papers' code, else found by name),
 * ORCID (written by the person), then dblp (curated, but it walls scripts off now).
 */
export function discoverySteps(): DiscoveryStep[] {
  return [githubPeopleStep, orcidStep, dblpStep];
}
