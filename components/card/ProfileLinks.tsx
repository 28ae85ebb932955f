import type { LinkKind, ResearcherProfile } from '../../profiles/profile';

const LINK_LABELS: [LinkKind, string][] = [
  ['homepage', 'Homepage'],
  ['scholar', 'Scholar'],
  ['github', 'GitHub'],
  ['orcid', 'ORCID'],
  ['dblp', 'DBLP'],
  ['openreview', 'OpenReview'],
  ['semantic-scholar', 'Semantic Scholar'],
  ['twitter', 'X'],
  ['email', 'Email'],
];

/** The researcher's links, in a fixed order; only http(s) and mailto ever reach this view. */
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

/** Last line of defence: the background already filters, the view checks again. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url);
}
