/**
 * The outside world the network layer needs, passed in so tests can use fakes and so the
 * background (an MV3 service worker that may be stopped at any time) keeps its limiter state
 * in storage rather than in module variables (docs/sources.md §8).
 */

import type { SignedInSource } from './signed-in';

/** Time source and sleeping, both replaceable in tests. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A storage-like key/value store (e.g. `storage.session` or `storage.local` behind an adapter). */
export interface KvStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** Everything `createNetClient` depends on. */
export interface NetEnv {
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  clock: Clock;
  kv: KvStore;
  /** Where day-long bot-wall blocks are kept (a store that outlives the browser session); `kv` if absent. */
  wallKv?: KvStore;
  /** Jitter source in [0, 1); `Math.random` by default. */
  random?: () => number;
  /**
   * Where a redirect fetched with `redirect: 'manual'` pointed. Browsers hide the `Location` of
   * such an answer from `fetch`; the background learns it from the webRequest API
   * (`net/redirect-observer.ts`). Without it, a redirect Byline cannot see is not followed.
   */
  redirectTarget?: (url: string, since: number) => Promise<string | undefined>;
  /** Whether the user has signed Byline into a source (the only case cookies are sent). */
  signedIn?: (source: SignedInSource) => Promise<boolean>;
}

/** The real clock: `Date.now` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A KV store held in memory; values are copied the way extension storage copies them. */
export function createMemoryKv(): KvStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (key) => structuredClone(entries.get(key)),
    set: async (key, value) => {
      entries.set(key, structuredClone(value));
    },
  };
}

/** The environment of the background: global `fetch` (called unbound, as browsers require). */
export function createBrowserNetEnv(
  kv: KvStore,
  wallKv?: KvStore,
  extra: Pick<NetEnv, 'redirectTarget' | 'signedIn'> = {},
): NetEnv {
  return {
    fetch: (input, init) => globalThis.fetch(input, init),
    clock: systemClock,
    kv,
    ...(wallKv ? { wallKv } : {}),
    ...extra,
  };
}
