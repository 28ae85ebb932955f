import { useEffect, useRef, useState } from 'preact/hooks';
import type { LookupResult } from '../../profiles/profile';
import type { AuthorQuery } from '../../sites/mention';
import { normalizeName } from '../../names';
import { AuthorCard } from '../card/AuthorCard';
import type { CardActions, CardState } from '../card/card-state';
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
  const query = queryOf(target);
  const [result, setResult] = useState<LookupResult>();
  const [following, setFollowing] = useState(false);
  const [round, setRound] = useState(0);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => back.current?.focus(), []);
  useEffect(() => {
    let live = true;
    setResult(undefined);
    void backend
      .lookup(target)
      .catch(
        (e: unknown): LookupResult => ({
          ok: false,
          reason: 'error',
          message: `Byline could not reach its background (${String(e)}).`,
          problems: [],
        }),
      )
      .then(async (answer) => {
        if (!live) return;
        setResult(answer);
        if (!answer.ok) return;
        const follows = await backend.isFollowing(answer.profile.key).catch(() => false);
        if (!live) return;
        setFollowing(follows);
        // Opening a followed researcher's card is "looking": what it shows is no longer new.
        if (follows) void backend.markSeen(answer.profile).catch(() => undefined);
      });
    return () => {
      live = false;
    };
  }, [target, round]);

  const retry = () => setRound((r) => r + 1);
  const actions: CardActions = {
    close: onBack,
    retry,
    rejectMatch: () => {
      // A researcher picked by key has no page context to correct: going back is the answer.
      if (target.kind === 'key') return onBack();
      if (result?.ok) void backend.rejectMatch(query, result.profile.key).then(retry);
    },
    setHomepage: (url) => {
      if (result?.ok) void backend.setHomepage(query, result.profile.key, url).then(retry);
    },
    toggleFollow: () => {
      if (result?.ok) void backend.setFollow(result.profile, !following).then(setFollowing);
    },
    grantOrigin: (origin) => void backend.grantOrigin(origin),
  };
  const state: CardState = result ? { status: 'done', query, result } : { status: 'loading', query };
  return (
    <div class="popup-card">
      <button type="button" class="back" ref={back} onClick={onBack}>
        ← Back
      </button>
      <AuthorCard state={state} actions={actions} now={now} following={following} />
    </div>
  );
}

function queryOf(target: PopupTarget): AuthorQuery {
  if (target.kind === 'page') return target.query;
  return { printed: target.name, normalized: normalizeName(target.name), pageType: 'arxiv-search' };
}
