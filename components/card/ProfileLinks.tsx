import { isSafeUrl } from '../../domain/safe-url';
import type { LinkKind, ResearcherProfile } from '../../profiles/profile';

const LINK_LABELS: [LinkKind, string][] = [
  ['homepage', 'Homepage'],
  ['scholar', 'Scholar'],
  ['github', 'GitHub'],
  ['orcid', 'ORCID'],
  ['dblp', 'DBLP'],
  ['openreview', 'OpenReview'],
  ['semantic-scholar', 'Semantic Scholar'],
  ['hugging-face', 'Hugging Face'],
  ['twitter', 'X'],
  ['email', 'Email'],
];

/**
 * The researcher's links, in a fixed order. Only http(s) and mailto ever reach this view: the
 * background filters them, and the view checks again as the last line of defence.
 */
export function ProfileLinks({ links }: { links: ResearcherProfile['links'] }) {
  const present = LINK_LABELS.filter(([kind]) => links[kind] && isSafeUrl(links[kind]!.value));
  if (!present.length) return null;
  return (
    <nav class="links" aria-label="Links" data-testid="card-links">
      {present.map(([kind, label]) => (
        <a key={kind} href={links[kind]!.value} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ))}
    </nav>
  );
}
