import type { CardActions, CardState } from './card-state';
import { CardProblems } from './CardProblems';
import { CardSkeleton } from './CardSkeleton';
import { ProfileView } from './ProfileView';
import { NameText } from './NameText';

export interface AuthorCardProps {
  state: CardState;
  actions: CardActions;
  now: number;
  following?: boolean;
}

/** The researcher card: a pure view of `state`. Every state is designed, never a blank box. */
export function AuthorCard({ state, actions, now, following = false }: AuthorCardProps) {
  const label = `Researcher card: ${state.query.printed}`;
  return (
    <section class="card" role="dialog" aria-label={label} data-testid="byline-card" data-status={cardStatus(state)}>
      <button type="button" class="close" aria-label="Close card" onClick={actions.close}>
        ×
      </button>
      {state.status === 'loading' ? (
        <CardSkeleton name={state.query.printed} />
      ) : state.result.ok ? (
        <ProfileView result={state.result} actions={actions} now={now} following={following} />
      ) : (
        <div class="failure">
          <h2 class="name">
            <NameText text={state.query.printed} />
          </h2>
          <p class="failure-message" data-testid="failure-message">
            {failureHeadline(state.result.reason)} {state.result.message}
          </p>
          <CardProblems problems={state.result.problems} now={now} actions={actions} />
          <button type="button" class="action" onClick={actions.retry}>
            Try again
          </button>
        </div>
      )}
      <p class="card-foot">
        <button type="button" class="link" data-testid="card-options" onClick={actions.openOptions}>
          Byline options
        </button>
      </p>
    </section>
  );
}

function cardStatus(state: CardState): string {
  if (state.status === 'loading') return 'loading';
  if (!state.result.ok) return state.result.reason;
  // An early stage: who the person is is known, the rest is still coming.
  if (state.result.pending?.length) return 'arriving';
  if (state.result.stale) return 'stale';
  return state.result.problems.length ? 'partial' : 'ready';
}

function failureHeadline(reason: 'not-found' | 'rate-limited' | 'offline' | 'error'): string {
  switch (reason) {
    case 'not-found':
      return 'No researcher found.';
    case 'rate-limited':
      return 'Sources are busy.';
    case 'offline':
      // A server error and a lost connection look alike from here: say what is known.
      return 'Sources could not be reached.';
    default:
      return 'Something went wrong.';
  }
}
