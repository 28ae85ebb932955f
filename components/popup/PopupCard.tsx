import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuthorQuery } from '../../messaging/types';
import { normalizeName } from '../../names';
import { AuthorCard } from '../card/AuthorCard';
import { type CardView, createCardController } from '../card/card-controller';
import type { CardActions } from '../card/card-state';
import type { PopupBackend, PopupTarget } from './popup-backend';

/** A full researcher card inside the popup, with a way back to the lists. */
export function PopupCard({
  target,
  backend,
  now,
  onBack,
}: {
  target: PopupTarget;
  backend: PopupBackend;
  now: number;
  onBack(): void;
}) {
  const current = useRef(target);
  current.current = target;
  const [view, setView] = useState<CardView>();
  const back = useRef<HTMLButtonElement>(null);
  const [card] = useState(() =>
    createCardController<PopupTarget>({
      queryOf,
      lookup: (t) => backend.lookup(t),
      changes: backend,
      current: () => current.current,
      changed: (_t, next) => setView(next),
      // The popup is Byline's own page: every click on it is the user's.
      userActed: () => true,
      answered: (_t, result) => {
        // Opening a followed researcher's card is "looking": what it shows is no longer new.
        if (result.ok && result.following) void backend.markSeen(result.profile).catch(() => undefined);
      },
    }),
  );

  useEffect(() => back.current?.focus(), []);
  useEffect(() => {
    setView(card.view(target));
    void card.load(target);
  }, [target]);

  const actions: CardActions = {
    ...card.actions,
    close: onBack,
    // A researcher picked by key has no page context to correct: going back is the answer.
    rejectMatch: target.kind === 'key' ? onBack : card.actions.rejectMatch,
  };
  const shown = view ?? card.view(target)!;
  return (
    <div class="popup-card">
      <button type="button" class="back" ref={back} onClick={onBack}>
        ← Back
      </button>
      <AuthorCard state={shown.state} actions={actions} now={now} following={shown.following} />
    </div>
  );
}

function queryOf(target: PopupTarget): AuthorQuery {
  if (target.kind === 'page') return target.query;
  return { printed: target.name, normalized: normalizeName(target.name), pageType: 'arxiv-search' };
}
