/*
 * Marks author names on a page without freezing it:
 *
 *   start ─► layout known? ─no─► onDiagnostic once, mark nothing
 *              │ yes
 *              ▼
 *   queue = adapter.findUnits(document)      (cheap: one querySelectorAll)
 *   idle batch: pop units while time is left (≤ 3 ms, or the idle deadline)
 *               findMentions(unit) → set data-byline-author="<index>", remember mention
 *   MutationObserver(childList) ─► queue added element subtrees only ─► next idle batch
 *
 * Big pages (adapter.names): nothing at start. mentionFor(a hovered name) reads the entry it
 * sits in (adapter.findUnits(el)) and marks that entry's names; mentions() reads the rest.
 *
 * Handover: a marker lives as long as its signal (the content script's context, which a newer
 * copy of the script invalidates: hover-card/isolated-context.ts). Nothing in the page says
 * which instance is live, since a page could write it. Marks are attributes, so re-marking
 * overwrites instead of duplicating, and arXiv HTML name spans are reused.
 */
import type { AuthorMention } from './mention';
import type { SiteAdapter } from './site-adapter';

/** Attribute on each marked name; its value is the mention's index in `mentions()`. */
export const AUTHOR_ATTR = 'data-byline-author';
/**
 * Attribute on `<html>` while Byline runs on a page (set by its start-up script, then by the
 * marker; removed when the marker stops): output only, for tools that measure Byline on a
 * page (names are read only on interest, so there may be no mark to see). Byline never reads
 * it: a page writing or removing it changes nothing.
 */
export const STARTED_ATTR = 'data-byline-started';

// Idle slices stay well under a frame, so a pointer or key the page handles meanwhile is never held up.
const BATCH_BUDGET_MS = 3;

/** Idle-time scheduling as the content script provides it (requestIdleCallback-like). */
export type ScheduleIdle = (cb: (deadline?: { timeRemaining(): number }) => void) => void;

/** What `startPageMarker` needs; the environment is passed in, never read from globals. */
export interface PageMarkerOptions {
  root: Document;
  url: URL;
  adapter: SiteAdapter;
  scheduleIdle: ScheduleIdle;
  signal: AbortSignal;
  onDiagnostic?: (msg: string) => void;
  /** Clock for batch budgets; defaults to `performance.now`. */
  now?: () => number;
}

/** The live marker: look-ups for the delegated hover listener, and its lifecycle. */
export interface PageMarker {
  /** The name element at or around an event target (a marked name, or one read on interest). */
  nameAt(target: Element): Element | null;
  mentionFor(el: Element): AuthorMention | undefined;
  mentions(): AuthorMention[];
  /** Settles when the page as first seen is fully marked (or marking gave up). */
  ready: Promise<void>;
  stop(): void;
}

/** Starts marking author names of `root` in idle-time batches; never throws into the page. */
export function startPageMarker(options: PageMarkerOptions): PageMarker {
  const { root, url, adapter, scheduleIdle, signal } = options;
  const now = options.now ?? (() => performance.now());
  const byElement = new WeakMap<Element, AuthorMention>();
  const list: AuthorMention[] = [];
  const queue: ParentNode[] = [];
  // Names read on interest: only where the adapter names them and can find their entry.
  const lazyNames = adapter.names && adapter.findUnits ? adapter.names : undefined;
  const nameSelector = lazyNames ? `[${AUTHOR_ATTR}], ${lazyNames}` : `[${AUTHOR_ATTR}]`;
  let stopped = false;
  let scheduled = false;
  let observer: MutationObserver | undefined;
  let reported = false;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  const report = (msg: string): void => {
    try {
      options.onDiagnostic?.(msg);
    } catch {
      /* a failing logger must not break the page */
    }
  };

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    observer?.disconnect();
    queue.length = 0;
    root.documentElement?.removeAttribute(STARTED_ATTR);
    resolveReady();
  };

  const mark = (mention: AuthorMention): void => {
    if (byElement.has(mention.element)) return;
    const value = String(list.length);
    list.push(mention);
    byElement.set(mention.element, mention);
    // A mark left by an earlier instance is overwritten in place, never duplicated.
    if (mention.element.getAttribute(AUTHOR_ATTR) !== value) mention.element.setAttribute(AUTHOR_ATTR, value);
  };

  const runBatch = (deadline?: { timeRemaining(): number }): void => {
    scheduled = false;
    if (stopped) return;
    const start = now();
    while (queue.length > 0) {
      const unit = queue.shift() as ParentNode;
      if ((unit as Partial<Node>).isConnected !== false) readUnits([unit]);
      if (now() - start >= BATCH_BUDGET_MS || (deadline && deadline.timeRemaining() <= 1)) break;
    }
    if (queue.length > 0) schedule();
    else resolveReady();
  };

  function schedule(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    scheduleIdle(runBatch);
  }

  const enqueueAdded = (records: MutationRecord[]): void => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        // Byline's own name spans and already-marked names are not new content.
        if (el.hasAttribute('data-byline-name') || el.hasAttribute(AUTHOR_ATTR) || /^(SCRIPT|STYLE)$/.test(el.tagName))
          continue;
        queue.push(el);
      }
    }
    if (queue.length > 0) schedule();
  };

  function start(): void {
    try {
      if (signal.aborted) {
        stop();
      } else if (!root.querySelector(adapter.selectors.page)) {
        report(`Byline: unknown ${adapter.pageType} layout at ${url.pathname} (no ${adapter.selectors.page})`);
        reported = true;
        stop();
      } else {
        root.documentElement.setAttribute(STARTED_ATTR, '');
        signal.addEventListener('abort', stop, { once: true });
        if (lazyNames) {
          // Nothing per name now; new entries need no watching either, since names are matched by selector.
          resolveReady();
          return;
        }
        queue.push(...(adapter.findUnits ? adapter.findUnits(root) : [root]));
        const View = root.defaultView;
        if (View?.MutationObserver) {
          observer = new View.MutationObserver(enqueueAdded);
          observer.observe(root.body ?? root.documentElement, { childList: true, subtree: true });
        }
        if (queue.length > 0) schedule();
        else resolveReady();
      }
    } catch (error) {
      if (!reported) report(`Byline: marker could not start on ${adapter.pageType}: ${String(error)}`);
      stop();
    }
  }

  /** Reads `units` and marks their names; an entry that fails is skipped. */
  function readUnits(units: ParentNode[]): void {
    for (const unit of units) {
      try {
        for (const mention of adapter.findMentions(unit, url)) mark(mention);
      } catch (error) {
        // One report per instance: a broken layout would otherwise log once per entry.
        if (!reported) report(`Byline: marking failed on ${adapter.pageType}: ${String(error)}`);
        reported = true;
      }
    }
  }

  /** Whether this instance is still live (its signal has not ended it). */
  const live = (): boolean => {
    if (!stopped && signal.aborted) stop();
    return !stopped;
  };

  const api: PageMarker = {
    nameAt: (target) => (live() ? target.closest(nameSelector) : null),
    mentionFor(el) {
      const known = byElement.get(el);
      if (known || !lazyNames || !live() || !el.matches(lazyNames)) return known;
      readUnits(adapter.findUnits!(el).slice(0, 1));
      return byElement.get(el);
    },
    mentions() {
      // On big pages the full list is read only when asked for (the popup), at the user's request.
      if (lazyNames && live()) readUnits(adapter.findUnits!(root));
      return list.slice();
    },
    ready,
    stop,
  };
  start();
  return api;
}
