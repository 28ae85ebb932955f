import type { ContentScriptContext } from '#imports';
import { type CardChanges, type CardView, createCardController } from '../components/card/card-controller';
import type { LookupResult } from '../profiles/profile';
import type { AuthorMention } from '../sites/mention';
import type { AuthorQuery } from '../messaging/types';
import type { CardHost, CardHostEvents } from './card-host';
import { createHoverController, type HoverTimings } from './hover-controller';
import { createKeyboardNavigation } from './user-input';

/** The marked names on the page, as the page marker knows them. */
export interface MentionLookup {
  /** The name element at or around an event target, if any. */
  nameAt(target: Element): Element | null;
  mentionFor(element: Element): AuthorMention | undefined;
}

/** What the hover needs from the background, so tests can stand in for it. */
export interface CardBackend extends CardChanges {
  /**
   * Asks again every time: failures are never cached, so a retry reaches the sources that
   * failed. `onStage` receives the early stages of a cold card before the answer (the last).
   */
  lookup(query: AuthorQuery, onStage?: (stage: LookupResult) => void): Promise<LookupResult>;
}

/**
 * Connects the page to the card with one delegated listener per event type (never one per
 * name): pointer and focus on a marked name drive the hover controller, which drives the host.
 * Only the user's own input counts: events a page script makes (untrusted ones, and the
 * trusted focus event its `el.focus()` causes) open no card and send no look-up.
 */
export function startAuthorHover(opts: {
  ctx: ContentScriptContext;
  mentions: MentionLookup;
  backend: CardBackend;
  timings: HoverTimings;
  createHost(events: CardHostEvents): Promise<CardHost>;
}): { setTimings(t: HoverTimings): void; interest(target: Element, since: number): void } {
  const { ctx, mentions, backend } = opts;
  let host: CardHost | undefined;
  let hostPromise: Promise<CardHost> | undefined;
  let savedTitle: { el: Element; title: string } | undefined;
  /** Time the user has already spent on a name handed over by the start-up script (see `interest`). */
  let headStart = 0;

  const card = createCardController<Element>({
    queryOf: (el) => {
      const m = mentions.mentionFor(el);
      if (!m) return undefined;
      const { element: _element, ...query } = m;
      return query;
    },
    lookup: (_el, query, onStage) => backend.lookup(query, onStage),
    changes: backend,
    current: () => hover.current(),
    changed: (el, view) => {
      if (hover.isOpen()) host?.update(view.state, view.following);
      else prepareCard(el);
    },
    // Only the user's own click may change their data (see CardHost.activationTrusted).
    userActed: () => host?.activationTrusted() ?? false,
  });

  /** The card drawn, invisible, before the show delay ends (see CardHost.prepare). */
  let prepared: ({ el: Element } & CardView) | undefined;
  const prepareCard = (el: Element) => {
    const view = card.view(el);
    if (!host || !view || view.state.status === 'loading') return;
    prepared = { el, ...view };
    host.prepare(el, prepared.state, prepared.following);
  };

  const events: CardHostEvents = {
    onPointerEnter: () => hover.enterCard(),
    onPointerLeave: () => hover.leaveCard(),
    onFocusLeave: (to) => {
      if (!(to instanceof Element && to === hover.current())) hover.leaveCard();
    },
    actions: { close: () => closeAndRefocus('close'), ...card.actions },
  };

  const ensureHost = async () => {
    hostPromise ??= opts.createHost(events).then((h) => (host = h));
    return hostPromise;
  };

  const hover = createHoverController<Element>(
    {
      startWork: (el, signal) => {
        // Interest lost before the card showed: a card drawn in advance goes away unseen.
        signal.addEventListener('abort', () => {
          if (prepared?.el !== el) return;
          prepared = undefined;
          host?.hide();
        });
        void card.load(el);
        void ensureHost().then(() => {
          // Drawn in advance only once it has data (an early stage or the answer).
          if (hover.current() === el && !hover.isOpen()) prepareCard(el);
        });
      },
      show: (el) => {
        void ensureHost().then((h) => {
          const ready = prepared?.el === el ? prepared : undefined;
          prepared = undefined;
          const view = ready ?? card.view(el);
          // A link that reads as no person (a collaboration) gets no card.
          if (hover.current() !== el || !view) return;
          suppressTitle(el);
          h.show(el, view.state, view.following);
        });
      },
      hide: () => {
        prepared = undefined;
        restoreTitle();
        host?.hide();
      },
    },
    { setTimeout: (fn, ms) => ctx.setTimeout(fn, Math.max(0, ms - headStart)), clearTimeout: (id) => clearTimeout(id) },
    opts.timings,
  );

  function closeAndRefocus(reason: 'escape' | 'close') {
    const el = hover.current();
    hover.dismiss(reason);
    if (el instanceof HTMLElement) el.focus({ preventScroll: true });
  }

  // The page's own tooltip would cover the card; it comes back when the card closes.
  function suppressTitle(el: Element) {
    const title = el.getAttribute('title');
    if (title === null) return;
    savedTitle = { el, title };
    el.removeAttribute('title');
  }
  function restoreTitle() {
    if (savedTitle) savedTitle.el.setAttribute('title', savedTitle.title);
    savedTitle = undefined;
  }

  const markOf = (target: EventTarget | null) => (target instanceof Element ? mentions.nameAt(target) : null);
  // A focus counts as the user's only when a real Tab moved it (a page's el.focus() is trusted too).
  const keyboard = createKeyboardNavigation((fn) => ctx.setTimeout(fn, 0));

  ctx.addEventListener(document, 'pointerover', (e) => {
    if (!e.isTrusted) return;
    const el = markOf(e.target);
    if (el) hover.enterTarget(el);
  });
  ctx.addEventListener(document, 'pointerout', (e) => {
    if (!e.isTrusted) return;
    const el = markOf(e.target);
    if (el && !(e.relatedTarget instanceof Node && el.contains(e.relatedTarget))) hover.leaveTarget(el);
  });
  ctx.addEventListener(document, 'focusin', (e) => {
    if (!e.isTrusted || !keyboard.tabbing()) return;
    const el = markOf(e.target);
    if (el) hover.enterTarget(el);
  });
  ctx.addEventListener(document, 'focusout', (e) => {
    if (!e.isTrusted) return;
    const el = markOf(e.target);
    if (el && !host?.contains(e.relatedTarget)) hover.leaveTarget(el);
  });
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      keyboard.observe(e);
      if (!hover.isOpen()) return;
      if (e.key === 'Escape') {
        e.stopPropagation();
        closeAndRefocus('escape');
      } else if (e.key === 'Tab' && !e.shiftKey && markOf(e.target) === hover.current()) {
        // Tab from the name goes into the card, so its links are reachable by keyboard.
        e.preventDefault();
        hover.enterCard();
        host?.focusFirst();
      }
    },
    { capture: true },
  );

  return {
    setTimings: (t) => hover.setTimings(t),
    // The user's pointer or Tab reached `target` at `since`, before these listeners existed
    // (hover-card/bootstrap.ts): the timers it starts now count from then, so loading the cards
    // does not lengthen the dwell or the show delay.
    interest: (target, since) => {
      const el = markOf(target);
      if (!el) return;
      headStart = Math.max(0, performance.now() - since);
      try {
        hover.enterTarget(el);
      } finally {
        headStart = 0;
      }
    },
  };
}
