/*
 * What Byline runs when a page loads: nothing but a few delegated listeners. The cards (page
 * adapters, marker, hover, Preact, the card's CSS: about 64 KB) are loaded on the first sign of
 * interest, into this same isolated world:
 *
 *   page load ─► listeners: pointerover/pointerout/pointermove, focusin/focusout, keydown (Tab)
 *   idle      ─► the popup's "who is on this page?" listener (it reaches the extension API)
 *   the user's pointer or Tab reaches an interest element (sites/interest.ts), or the popup asks
 *     ─► loadCards() once: the background checks the sender is this script in this frame and
 *        injects the site's card script (background/card-scripts.ts)
 *   the card script starts ─► attach(cards)
 *   cards.ready (names marked) ─► the listeners here go; the name still under the pointer (or
 *        focused) is handed over as if the user had just reached it; the popup gets its answer
 *
 * Only the user's input counts: untrusted events are ignored, and a focus counts only when a
 * trusted Tab moved it (a page's `el.focus()` fires a trusted focus event too). The page cannot
 * see or call anything here (the handover lives on the isolated world's global object), and it
 * can make the cards load at most once per document, on a user's own gesture.
 */
import type { PageResearcher } from '../messaging/protocol';
import { STARTED_ATTR } from '../sites/page-marker';
import { createKeyboardNavigation, type NextTask } from './user-input';

/** The loaded cards, as the start-up script needs them. */
export interface CardsHandle {
  /** Settles when the cards can find names (a paper page's names are marked). */
  ready: Promise<void>;
  /**
   * The user's pointer or Tab reached `target` at `since` (performance.now()) before the cards
   * were there: go on from it, counting the show delay from then.
   */
  interest(target: Element, since: number): void;
  /** The popup's question: the researchers on this page. */
  pageResearchers(): PageResearcher[];
}

/** What the card script finds on the isolated world's global object when the start-up script loaded it. */
export interface Startup {
  /** The card script has started (`undefined`: Byline is off here, or the page is not one it reads). */
  attach(cards: CardsHandle | undefined): void;
}

/** The property of the isolated world's global object that holds the start-up script's handover. */
const STARTUP = '__bylineStartup';

type Holder = { [STARTUP]?: Startup };

/** The start-up script's handover, if this world has one (the card script runs only then). */
export function startupOf(global: object): Startup | undefined {
  return (global as Holder)[STARTUP];
}

/** A message from Byline's popup, in the wire format of the extension's message protocol (messaging/protocol.ts). */
interface PopupQuestion {
  type: 'pageResearchers';
  timestamp: number;
}

const isPopupQuestion = (message: unknown): message is PopupQuestion =>
  typeof message === 'object' &&
  message !== null &&
  (message as Partial<PopupQuestion>).type === 'pageResearchers' &&
  typeof (message as Partial<PopupQuestion>).timestamp === 'number';

/** The protocol's reply: `{ res }`, or `{ err }` that the popup reads as "no answer here". */
export type PopupReply = { res: PageResearcher[] } | { err: { message: string } };

/** The environment, passed in so the logic runs in tests without a browser. */
export interface BootstrapEnv {
  document: Document;
  /** The isolated world's global object (`globalThis` in the content script). */
  global: object;
  /** This site's interest selector (sites/interest.ts). */
  interest: string;
  /** Asks the background to load the cards into this frame; resolves false when it could not. */
  loadCards(): Promise<boolean>;
  /**
   * Listens to messages from Byline's own pages (the popup): the listener returns true when it
   * will answer through `reply` later.
   */
  onMessage(listener: (message: unknown, reply: (answer: PopupReply) => void) => boolean): void;
  nextTask: NextTask;
  /** The clock of `CardsHandle.interest`'s `since` (performance.now). */
  now(): number;
  /** Runs `fn` when the page is idle (requestIdleCallback): what the load task can do without. */
  idle(fn: () => void): void;
}

type Phase = 'waiting' | 'loading' | 'attached' | 'off';

/** Installs the start-up listeners; returns the handover (also left on `env.global` for the card script). */
export function startBootstrap(env: BootstrapEnv): Startup | undefined {
  const holder = env.global as Holder;
  // A second copy in the same world (the script injected twice) leaves the first in charge.
  if (holder[STARTUP]) return undefined;
  const { document: doc, interest } = env;
  const keyboard = createKeyboardNavigation(env.nextTask);
  const listeners = new AbortController();
  const questions: ((cards: CardsHandle | undefined) => void)[] = [];
  let phase: Phase = 'waiting';
  let cards: CardsHandle | undefined;
  /** The handover is done: the cards answer for themselves (or Byline is off here). */
  let settled = false;
  /** The element the user is on now (pointer over it, or focus in it), while the cards load. */
  let pending: { target: Element; area: Element; since: number; x?: number; y?: number } | undefined;

  const areaOf = (target: EventTarget | null): Element | null =>
    target instanceof (doc.defaultView?.Element ?? Element) ? target.closest(interest) : null;

  const load = () => {
    if (phase !== 'waiting') return;
    phase = 'loading';
    env.loadCards().then(
      (ok) => {
        if (!ok) stop(undefined);
      },
      () => stop(undefined),
    );
  };

  /** The cards are there (or will not come): the listeners go, interest and questions are handed over. */
  const stop = (loaded: CardsHandle | undefined) => {
    if (phase === 'attached' || phase === 'off') return;
    phase = loaded ? 'attached' : 'off';
    cards = loaded;
    const go = () => {
      settled = true;
      listeners.abort();
      const now = pending;
      pending = undefined;
      if (loaded && now) loaded.interest(elementStillUnder(now) ?? now.target, now.since);
      for (const answer of questions.splice(0)) answer(loaded);
    };
    if (loaded) loaded.ready.then(go, go);
    else go();
  };

  /** Where the pointer is now inside the area it showed interest in (a name may have been wrapped since). */
  const elementStillUnder = (p: NonNullable<typeof pending>): Element | undefined => {
    if (p.x === undefined || p.y === undefined) return undefined;
    const under = doc.elementFromPoint?.(p.x, p.y);
    return under && p.area.contains(under) ? under : undefined;
  };

  const on = <K extends keyof DocumentEventMap>(
    type: K,
    fn: (e: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) => doc.addEventListener(type, (e) => e.isTrusted && fn(e), { ...options, signal: listeners.signal });

  on('pointerover', (e) => {
    const area = areaOf(e.target);
    if (!area) return;
    // Moving within the same name keeps the time the pointer reached it.
    const since = pending?.area === area ? pending.since : env.now();
    pending = { target: e.target as Element, area, since, x: e.clientX, y: e.clientY };
    load();
  });
  on('pointermove', (e) => {
    if (pending?.x === undefined) return;
    pending.x = e.clientX;
    pending.y = e.clientY;
  });
  on('pointerout', (e) => {
    if (pending && !(e.relatedTarget instanceof Node && pending.area.contains(e.relatedTarget))) pending = undefined;
  });
  on('keydown', (e) => keyboard.observe(e), { capture: true });
  on('focusin', (e) => {
    if (!keyboard.tabbing()) return;
    const area = areaOf(e.target);
    if (!area) return;
    pending = { target: e.target as Element, area, since: env.now() };
    load();
  });
  on('focusout', (e) => {
    if (pending && !(e.relatedTarget instanceof Node && pending.area.contains(e.relatedTarget))) pending = undefined;
  });

  const startup: Startup = { attach: stop };
  holder[STARTUP] = startup;
  // The popup's listener and the start-up mark wait for an idle moment: reaching the extension
  // API and touching `<html>` are the load task's dearest steps after the listeners.
  env.idle(() => {
    // The popup asks who is on the page: that is interest too; the answer waits for the cards.
    env.onMessage((message, reply) => {
      if (!isPopupQuestion(message)) return false;
      const answer = (loaded: CardsHandle | undefined) => {
        if (!loaded) return reply({ err: { message: 'Byline is not running on this page' } });
        try {
          reply({ res: loaded.pageResearchers() });
        } catch (error) {
          reply({ err: { message: String(error) } });
        }
      };
      if (settled) answer(cards);
      else {
        questions.push(answer);
        load();
      }
      return true;
    });
    // Output only, for tools that measure Byline on a page: it is running here (page-marker.ts).
    doc.documentElement?.setAttribute(STARTED_ATTR, '');
  });
  return startup;
}
