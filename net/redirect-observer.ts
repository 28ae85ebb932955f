/**
 * Where a redirect pointed, learned from the webRequest API. A homepage is fetched with
 * `redirect: 'manual'`; browsers then answer with an opaque redirect that hides `Location`
 * from `fetch` (the Fetch standard's atomic redirect handling, the same in Chrome and
 * Firefox). The browser still reports the 3xx and its headers to the extension's own
 * `webRequest.onHeadersReceived` listener for hosts it may read, so the background records
 * `Location` there and checks the next hop before it asks for it.
 */
import type { Clock } from './net-env';

/** The part of webRequest's `onHeadersReceived` details this needs. */
export interface HeadersReceived {
  url: string;
  statusCode: number;
  responseHeaders?: { name: string; value?: string }[];
}

export interface RedirectObserver {
  /** The listener for `webRequest.onHeadersReceived`. */
  record(details: HeadersReceived): void;
  /** The `Location` of a 3xx for `url` seen at or after `since`; waits briefly for the event. */
  targetOf(url: string, since: number): Promise<string | undefined>;
}

/** Entries kept at once; one per homepage hop in flight is all that is ever needed. */
const MAX_ENTRIES = 64;

/** The event can reach the listener a little after `fetch` has resolved. */
const WAIT_MS = 2_000;

export function createRedirectObserver(clock: Clock, waitMs = WAIT_MS): RedirectObserver {
  const seen = new Map<string, { location: string; at: number }>();
  const waiting = new Map<string, (() => void)[]>();

  function lookup(url: string, since: number): string | undefined {
    const entry = seen.get(url);
    return entry && entry.at >= since ? entry.location : undefined;
  }

  return {
    record(details) {
      if (details.statusCode < 300 || details.statusCode >= 400) return;
      const location = details.responseHeaders?.find((h) => h.name.toLowerCase() === 'location')?.value;
      if (location === undefined) return;
      seen.delete(details.url);
      seen.set(details.url, { location, at: clock.now() });
      while (seen.size > MAX_ENTRIES) seen.delete(seen.keys().next().value as string);
      for (const wake of waiting.get(details.url) ?? []) wake();
      waiting.delete(details.url);
    },
    async targetOf(url, since) {
      const key = new URL(url).href;
      const known = lookup(key, since);
      if (known !== undefined) return known;
      const stop = new AbortController();
      let wake = (): void => undefined;
      await Promise.race([
        new Promise<void>((resolve) => {
          wake = resolve;
          waiting.set(key, [...(waiting.get(key) ?? []), resolve]);
        }),
        clock.sleep(waitMs, stop.signal).catch(() => undefined),
      ]);
      stop.abort();
      // A waiter that timed out is dropped, so nothing piles up for a URL that never redirected.
      const rest = (waiting.get(key) ?? []).filter((w) => w !== wake);
      if (rest.length > 0) waiting.set(key, rest);
      else waiting.delete(key);
      return lookup(key, since);
    },
  };
}
