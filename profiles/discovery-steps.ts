import { dblpStep, orcidStep, type DiscoveryStep } from './find-homepage';

/**
 * Where a homepage is looked for after the user's own and Semantic Scholar's, in order of
 * trust: ORCID (written by the person), then dblp (curated, but it walls scripts off now).
 */
export function discoverySteps(): DiscoveryStep[] {
  return [orcidStep, dblpStep];
}
