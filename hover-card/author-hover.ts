import type { ContentScriptContext } from '#imports';
import type { CardState } from '../components/card/card-state';
import type { LookupResult, ResearcherProfile } from '../profiles/profile';
import type { AuthorMention, AuthorQuery } from '../sites/mention';
import type { CardHost, CardHostEvents } from './card-host';
import { createHoverController, type HoverTimings } from './hover-controller';

/** The marked names on the page, as the page marker knows them. */
export interface MentionLookup {
  /** The name element at or around an event target, if any. */
  nameAt(target: Element): Element | null;
  mentionFor(element: Element): AuthorMention | undefined;
}

/** What the hover needs from the background, so tests can stand in for it. */
export interface CardBackend {
  /** Asks again every time: failures are never cached, so a retry reaches the sources that failed. */
  lookup(query: AuthorQuery): Promise<LookupResult>;
  rejectMatch(query: AuthorQuery, profileKey: string): Promise<void>;
  setHomepage(query: AuthorQuery, profileKey: string, url: string): Promise<void>;
  /** Follows or unfollows the researcher on the card; answers whether the user now follows. */
  setFollow(profile: ResearcherProfile, following: boolean): Promise<boolean>;
  isFollowing(profileKey: string): Promise<boolean>;
  grantOrigin(origin: string): Promise<void>;
}

/**
 * Connects the page to the card with one delegated listener per event type (never one per
 * name): pointer and focus on a marked name drive the hover controller, which drives the host.
 */
export function startAuthorHover(opts: {
  ctx: ContentScriptContext;
  mentions: MentionLookup;
  backend: CardBackend;
  timings: HoverTimings;
  createHost(events: CardHostEvents): Promise<CardHost>;
}): { setTimings(t: HoverTimings): void } {
  const { ctx, mentions, backend } = opts;
  const results = new WeakMap<Element, Promise<LookupResult>>();
  const settled = new WeakMap<Element, LookupResult>();
  const following = new Map<string, boolean>();
  let host: CardHost | undefined;
  let hostPromise: Promise<CardHost> | undefined;
  let savedTitle: { el: Element; title: string } | undefined;

  const queryOf = (el: Element): AuthorQuery | undefined => {
    const m = mentions.mentionFor(el);
    if (!m) return undefined;
    const { element: _element, ...query } = m;
    return query;
  };

  const stateOf = (el: Element): CardState | undefined => {
    const query = queryOf(el);
    if (!query) return undefined;
    const result = settled.get(el);
    return result ? { status: 'done', query, result } : { status: 'loading', query };
  };

  const followingOf = (result: LookupResult | undefined) =>
    result?.ok ? (following.get(result.profile.key) ?? false) : false;

  const lookup = (el: Element, refresh = false): Promise<LookupResult> | undefined => {
    // A card waiting for the user to allow a homepage's origin is asked for again: once the user
    // allows it (in Byline's options tab), hovering the name again shows the homepage's facts.
    const waiting = settled.get(el)?.problems.some((p) => p.kind === 'permission-needed') ?? false;
    if (!refresh && !waiting && results.has(el)) return results.get(el);
    const query = queryOf(el);
    if (!query) return undefined;
    const pending = backend.lookup(query).catch(
      (e: unknown): LookupResult => ({
        ok: false,
        reason: 'error',
        message: `Byline could not reach its background (${String(e)}).`,
        problems: [],
      }),
    );
    results.set(el, pending);
    void pending.then(async (result) => {
      settled.set(el, result);
      if (result.ok && !following.has(result.profile.key))
        following.set(result.profile.key, await backend.isFollowing(result.profile.key).catch(() => false));
      // Stale answers are ignored: only the name whose card is open (or about to open) is drawn.
      if (hover.current() !== el) return;
      if (hover.isOpen()) host?.update(stateOf(el)!, followingOf(result));
      else prepareCard(el);
    });
    return pending;
  };

  /** The card drawn, invisible, before the show delay ends (see CardHost.prepare). */
  let prepared: { el: Element; state: CardState; following: boolean } | undefined;
  const prepareCard = (el: Element) => {
    const state = stateOf(el);
    if (!host || !state || state.status === 'loading') return;
    prepared = { el, state, following: followingOf(settled.get(el)) };
    host.prepare(el, prepared.state, prepared.following);
  };

  const actionTarget = () => {
    // Only the user's own click may change their data (see CardHost.activationTrusted).
    if (!host?.activationTrusted()) return undefined;
    const el = hover.current();
    return el ? { el, query: queryOf(el), result: settled.get(el) } : undefined;
  };

  const refreshCurrent = () => {
    const cur = actionTarget();
    if (!cur) return;
    settled.delete(cur.el);
    host?.update(stateOf(cur.el)!, false);
    void lookup(cur.el, true);
  };

  const events: CardHostEvents = {
    onPointerEnter: () => hover.enterCard(),
    onPointerLeave: () => hover.leaveCard(),
    onFocusLeave: (to) => {
      if (!(to instanceof Element && to === hover.current())) hover.leaveCard();
    },
    actions: {
      close: () => closeAndRefocus('close'),
      retry: refreshCurrent,
      rejectMatch: () => {
        const cur = actionTarget();
        if (cur?.query && cur.result?.ok)
          void backend.rejectMatch(cur.query, cur.result.profile.key).then(refreshCurrent);
      },
      setHomepage: (url) => {
        const cur = actionTarget();
        if (cur?.query && cur.result?.ok)
          void backend.setHomepage(cur.query, cur.result.profile.key, url).then(refreshCurrent);
      },
      toggleFollow: () => {
        const cur = actionTarget();
        if (!cur?.result?.ok) return;
        const { profile } = cur.result;
        const key = profile.key;
        void backend.setFollow(profile, !(following.get(key) ?? false)).then((now) => {
          following.set(key, now);
          if (hover.current() === cur.el) host?.update(stateOf(cur.el)!, now);
        });
      },
      grantOrigin: (origin) => {
        if (host?.activationTrusted()) void backend.grantOrigin(origin);
      },
    },
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
        void lookup(el);
        void ensureHost().then(() => {
          if (hover.current() === el && !hover.isOpen() && settled.has(el)) prepareCard(el);
        });
      },
      show: (el) => {
        void ensureHost().then((h) => {
          const ready = prepared?.el === el ? prepared : undefined;
          prepared = undefined;
          const state = ready?.state ?? stateOf(el);
          // A link that reads as no person (a collaboration) gets no card.
          if (hover.current() !== el || !state) return;
          suppressTitle(el);
          h.show(el, state, ready?.following ?? followingOf(settled.get(el)));
        });
      },
      hide: () => {
        prepared = undefined;
        restoreTitle();
        host?.hide();
      },
    },
    { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
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

  ctx.addEventListener(document, 'pointerover', (e) => {
    const el = markOf(e.target);
    if (el) hover.enterTarget(el);
  });
  ctx.addEventListener(document, 'pointerout', (e) => {
    const el = markOf(e.target);
    if (el && !(e.relatedTarget instanceof Node && el.contains(e.relatedTarget))) hover.leaveTarget(el);
  });
  ctx.addEventListener(document, 'focusin', (e) => {
    const el = markOf(e.target);
    if (el) hover.enterTarget(el);
  });
  ctx.addEventListener(document, 'focusout', (e) => {
    const el = markOf(e.target);
    if (el && !host?.contains(e.relatedTarget)) hover.leaveTarget(el);
  });
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
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

  return { setTimings: (t) => hover.setTimings(t) };
}
