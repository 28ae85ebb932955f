import type { PaperEntry, ResearcherProfile } from '../../profiles/profile';
import { sourceLabel } from '../../domain/source-labels';
import { formatAge, formatCount } from './format';
import { isSafeUrl } from '../../domain/safe-url';

const ROLE_LABELS = { first: 'first author', 'co-first': 'co-first author', last: 'last author', other: '' } as const;

/**
 * Selected papers with venue, year, role, code and stars; then the total over distinct repos.
 * With `codeComing`, code and stars are still being looked up: a grey mark holds their place.
 */
export function PaperList({
  papers,
  totalStars,
  now,
  limit = 5,
  codeComing = false,
}: {
  papers: PaperEntry[];
  totalStars: ResearcherProfile['totalStars'];
  now: number;
  limit?: number;
  codeComing?: boolean;
}) {
  if (!papers.length) return null;
  return (
    <section class="papers" aria-label="Selected papers" data-testid="card-papers">
      <h3>
        Papers
        {totalStars ? (
          <span class="total-stars" data-testid="card-total-stars">
            {' '}
            · ★ {formatCount(totalStars.value)} total ({sourceLabel(totalStars.source)},{' '}
            {formatAge(totalStars.fetchedAt, now)})
          </span>
        ) : codeComing ? (
          <span class="total-stars pending" data-testid="pending-code" aria-hidden="true">
            {' '}
            · ★ <span class="bar inline" />
          </span>
        ) : null}
      </h3>
      <ol>
        {papers.slice(0, limit).map((paper) => (
          <li key={paper.title} class="paper">
            {paper.url && isSafeUrl(paper.url) ? (
              <a href={paper.url} target="_blank" rel="noopener noreferrer" class="title">
                {paper.title}
              </a>
            ) : (
              <span class="title">{paper.title}</span>
            )}
            <span class="meta">
              {[paper.venues.join(' / '), paper.year, paper.role ? ROLE_LABELS[paper.role] : '']
                .filter(Boolean)
                .join(' · ')}
            </span>
            {paper.code
              .filter((c) => isSafeUrl(c.url))
              .map((c) => (
                <a
                  key={c.repo}
                  class="code"
                  href={c.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="paper-code"
                >
                  {c.repo}
                  {c.stars ? (
                    <span class="stars" title={`${sourceLabel(c.stars.source)}, ${formatAge(c.stars.fetchedAt, now)}`}>
                      {' '}
                      ★ {formatCount(c.stars.value)}
                    </span>
                  ) : null}
                </a>
              ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
