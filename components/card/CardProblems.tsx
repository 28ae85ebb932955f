import type { SourceProblem } from '../../profiles/profile';
import type { CardActions } from './card-state';
import { sourceLabel } from '../../domain/source-labels';
import { formatRetry } from './format';

/** Which sources are missing from this card, why, and what the user can do about it. */
export function CardProblems({
  problems,
  now,
  actions,
}: {
  problems: SourceProblem[];
  now: number;
  actions: CardActions;
}) {
  if (!problems.length) return null;
  return (
    <ul class="problems" data-testid="card-problems">
      {problems.map((p) => (
        <li key={`${p.source}:${p.kind}`} class={`problem ${p.kind}`}>
          <strong>{sourceLabel(p.source)}:</strong> {p.message}
          {p.retryAt ? ` Back ${formatRetry(p.retryAt, now)}.` : ''}
          {p.kind === 'permission-needed' && p.origin ? (
            <button type="button" class="action" onClick={() => actions.grantOrigin(p.origin!)}>
              Allow reading {hostOf(p.origin)}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function hostOf(origin: string): string {
  return origin.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
}
