import { useEffect, useRef, useState } from 'preact/hooks';
import { FollowList } from './FollowList';
import { PageResearcherList } from './PageResearcherList';
import type { PopupBackend, PopupTarget } from './popup-backend';
import { PopupCard } from './PopupCard';
import { SearchBox } from './SearchBox';

/** The toolbar popup: this page's researchers, a search, and follows; any of them opens a card. */
export function Popup({ backend, now = Date.now }: { backend: PopupBackend; now?: () => number }) {
  const [target, setTarget] = useState<PopupTarget>();
  const opener = useRef<HTMLElement | null>(null);
  const open = (next: PopupTarget) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setTarget(next);
  };
  // Back from a card returns keyboard focus to the name that opened it.
  useEffect(() => {
    if (!target) opener.current?.focus();
  }, [target]);
  // Lists stay mounted under the card, so going back keeps the search and does not reload.
  return (
    <div class="popup">
      {target ? <PopupCard target={target} backend={backend} now={now()} onBack={() => setTarget(undefined)} /> : null}
      <main hidden={Boolean(target)}>
        <header class="popup-head">
          <h1>Byline</h1>
          <button type="button" class="link" onClick={() => void backend.openOptions()}>
            Options
          </button>
        </header>
        <PageResearcherList backend={backend} onOpen={open} />
        <SearchBox backend={backend} onOpen={open} now={now()} />
        <FollowList backend={backend} onOpen={open} now={now()} />
      </main>
    </div>
  );
}
