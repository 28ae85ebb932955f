/*
 * Marks author names on a single-page app, whose pages render late and change without a load:
 *
 *   start ─► view(location) ─► adapter for it? ─no─► nothing (until the address changes)
 *                                  │ yes
 *                                  ▼
 *              its `page` element rendered? ─no─► wait: added subtrees are checked for it
 *                                  │ yes                 (in idle time, only what was added)
 *                                  ▼
 *              startPageMarker for this view (its own idle batches and added-subtree queue)
 *
 *   MutationObserver(childList, subtree) ─► remember added elements, schedule one idle check:
 *     address changed (hash aside)? ─► stop this view's marker, start the next view
 *     else waiting for `page`?      ─► look for it in the added elements only
 *
 * The address is read when the DOM changes (client-side navigation always renders), and when
 * the environment reports a change (`watchLocation`). Nothing here reads the whole page per
 * change: a view's marker reads its page once when it starts, then only what is added.
 */
import { findAdapterFor } from './find-site-adapter';
import { type PageMarker, type PageMarkerOptions, startPageMarker } from './page-marker';
import type { SiteAdapter } from './site-adapter';

/** What `startSpaMarker` needs; like `startPageMarker`'s, with the site's adapters instead of one. */
export interface SpaMarkerOptions extends Omit<PageMarkerOptions, 'url' | 'adapter'> {
  adapters: readonly SiteAdapter[];
  /** The page's address now (`location.href`). */
  href: () => string;
  /** Calls back when the address may have changed without a DOM change (a navigation event). */
  watchLocation?: (onChange: () => void) => void;
}

interface View {
  /** The address without its hash: a tab switch within a view is not a new view. */
  key: string;
  url: URL;
  adapter?: SiteAdapter;
  marker?: PageMarker;
  controller: AbortController;
}

const withoutHash = (href: string): string => href.replace(/#.*$/s, '');

/** Starts marking the current view and every view navigated to; never throws into the page. */
export function startSpaMarker(options: SpaMarkerOptions): PageMarker {
  const { root, adapters, signal, scheduleIdle } = options;
  let view: View | undefined;
  let added: Element[] = [];
  let scheduled = false;
  let stopped = false;
  let observer: MutationObserver | undefined;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  const begin = (v: View): void => {
    if (!v.adapter || v.marker) return;
    v.marker = startPageMarker({
      ...options,
      url: v.url,
      adapter: v.adapter,
      signal: v.controller.signal,
    });
    void v.marker.ready.then(resolveReady);
  };

  const enter = (href: string): void => {
    view?.controller.abort();
    added = [];
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      view = undefined;
      return;
    }
    const adapter = findAdapterFor(url, adapters);
    view = { key: withoutHash(href), url, controller: new AbortController(), ...(adapter ? { adapter } : {}) };
    // One look for the view's layout when it is entered; after that only added subtrees are checked.
    if (adapter && root.querySelector(adapter.selectors.page)) begin(view);
    else if (!adapter) resolveReady();
  };

  const check = (): void => {
    scheduled = false;
    if (stopped) return;
    const href = options.href();
    if (!view || withoutHash(href) !== view.key) {
      enter(href);
      return;
    }
    const waiting = view.adapter && !view.marker ? view.adapter.selectors.page : undefined;
    const nodes = added;
    added = [];
    if (!waiting) return;
    for (const el of nodes) {
      if (el.isConnected && (el.matches(waiting) || el.querySelector(waiting))) {
        begin(view);
        return;
      }
    }
  };

  const schedule = (): void => {
    if (scheduled || stopped) return;
    scheduled = true;
    scheduleIdle(() => {
      try {
        check();
      } catch (error) {
        try {
          options.onDiagnostic?.(`Byline: could not follow the page: ${String(error)}`);
        } catch {
          /* a failing logger must not break the page */
        }
      }
    });
  };

  const onMutations = (records: MutationRecord[]): void => {
    // Added elements matter only while a view waits for its layout; a changed address is read in idle time.
    const waiting = view?.adapter && !view.marker;
    if (waiting)
      for (const record of records)
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) added.push(node as Element);
    schedule();
  };

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    observer?.disconnect();
    view?.controller.abort();
    added = [];
    resolveReady();
  };

  try {
    if (signal.aborted) {
      stop();
    } else {
      signal.addEventListener('abort', stop, { once: true });
      enter(options.href());
      const Observer = root.defaultView?.MutationObserver;
      if (Observer) {
        observer = new Observer(onMutations);
        observer.observe(root.documentElement, { childList: true, subtree: true });
      }
      options.watchLocation?.(schedule);
    }
  } catch (error) {
    try {
      options.onDiagnostic?.(`Byline: could not start on ${options.href()}: ${String(error)}`);
    } catch {
      /* a failing logger must not break the page */
    }
    stop();
  }

  const live = (): PageMarker | undefined => (stopped ? undefined : view?.marker);
  return {
    nameAt: (target) => live()?.nameAt(target) ?? null,
    mentionFor: (el) => live()?.mentionFor(el),
    mentions: () => live()?.mentions() ?? [],
    ready,
    stop,
  };
}
