import { cacheKey, createCacheEntry, parseCacheEntry, usableUntil } from './cache-entry';
import type { CacheKind } from '../domain/sources';
import { type CacheProblem, createCacheStore } from './cache-store';
import { type KeyValueArea, localArea } from './storage-area';

export type { CacheKind } from '../domain/sources';
export type { CacheProblem } from './cache-store';

/**
 * Default size bound, matching the settings default (8 MB). Chrome's `storage.local` holds
 * 10 MB without the `unlimitedStorage` permission; past that, set() is refused and the quota
 * path below evicts, so the effective bound is whichever is smaller.
 */
export const DEFAULT_CACHE_MAX_BYTES = 8 * 1024 * 1024;

/** Reads of one entry record its use at most this often, so a hot card costs no index write per hover. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;

/** Where the cache keeps its data and what it depends on; everything has a production default. */
export interface CacheOptions {
  area?: KeyValueArea;
  now?: () => number;
  /** The size bound in bytes, or a function reading it from settings before each write. */
  maxBytes?: number | (() => number | Promise<number>);
  /** Called for problems the cache handled by itself (damaged entries, quota, failed refreshes). */
  onProblem?: (problem: CacheProblem) => void;
}

/** A cached or freshly fetched value, with its age. */
export interface CacheResult<T> {
  value: T;
  /** True when the value is past its time-to-live and a refresh was started. */
  stale: boolean;
  /** When the value was fetched (epoch ms). */
  storedAt: number;
  /** For stale results: settles when the background refresh has been stored (or failed). */
  revalidation?: Promise<void>;
}

/** How one lookup may be answered. */
export interface GetOrFetchOptions<T> {
  /** Return a stale value at once and refresh in the background (stale-while-revalidate). */
  allowStale?: boolean;
  /** Checks a stored value's shape; a refused value is dropped and treated as a miss. */
  validate?: (value: unknown) => value is T;
  /** Whether a fetched value means "not found" (kept for the kind's shorter negative lifetime). Default: `null`. */
  isNegative?: (value: T) => boolean;
}

/** Cache sizes for the options page. */
export interface CacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  byKind: Partial<Record<CacheKind, { entries: number; bytes: number }>>;
}

/** Creates Byline's web-data cache over `browser.storage.local` (or the given area). */
export function createCache(options: CacheOptions = {}) {
  const area = options.area ?? localArea();
  const now = options.now ?? Date.now;
  const report = options.onProblem ?? (() => undefined);
  const bound = options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
  const maxBytes = async () => (typeof bound === 'number' ? bound : bound());
  const store = createCacheStore({ area, now, maxBytes, report });
  const inFlight = new Map<string, Promise<CacheResult<unknown>>>();
  const lastTouched = new Map<string, number>();

  /** The stored entry for a key, or `undefined`; damaged entries are removed and read as misses. */
  async function readEntry<T>(kind: CacheKind, key: string, validate?: (value: unknown) => value is T) {
    const raw = (await area.get(key))[key];
    if (raw === undefined) return undefined;
    const entry = parseCacheEntry(raw, kind, validate);
    if (!entry) {
      report({ kind: 'damaged-entry', key });
      await store.remove([key]).catch(() => undefined);
    }
    return entry;
  }

  function touch(key: string): void {
    const t = now();
    if (t - (lastTouched.get(key) ?? 0) < TOUCH_AFTER_MS) return;
    lastTouched.set(key, t);
    void store.touch(key).catch(() => undefined);
  }

  /** Fetches once per key however many callers ask at the same time, and stores the answer. */
  function fetchShared<T>(kind: CacheKind, key: string, fetcher: () => Promise<T>, isNegative: (value: T) => boolean) {
    const running = inFlight.get(key);
    if (running) return running as Promise<CacheResult<T>>;
    const started = (async (): Promise<CacheResult<T>> => {
      const value = await fetcher();
      const storedAt = now();
      await put(kind, key, value, storedAt, isNegative(value));
      return { value, stale: false, storedAt };
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  }

  async function put<T>(kind: CacheKind, key: string, value: T, storedAt: number, negative: boolean): Promise<void> {
    lastTouched.set(key, storedAt);
    // A failed write costs a refetch later, never the answer the caller is waiting for.
    await store.write(key, createCacheEntry(key, kind, value, storedAt, negative)).catch((error: unknown) => {
      report({ kind: 'write-failed', key, detail: String(error) });
    });
  }

  return {
    /**
     * Fresh data from the cache, else stale data at once plus a background refresh (when
     * `allowStale`), else the fetcher's answer, stored for next time. Fetch errors propagate.
     */
    async getOrFetch<T>(
      kind: CacheKind,
      id: string,
      fetcher: () => Promise<T>,
      opts: GetOrFetchOptions<T> = {},
    ): Promise<CacheResult<T>> {
      const key = cacheKey(kind, id);
      const isNegative = opts.isNegative ?? ((value: T) => value === null);
      const entry = await readEntry(kind, key, opts.validate);
      const t = now();
      if (entry && t < entry.expiresAt) {
        touch(key);
        return { value: entry.value, stale: false, storedAt: entry.storedAt };
      }
      if (entry && opts.allowStale && t < usableUntil(entry)) {
        const revalidation = fetchShared(kind, key, fetcher, isNegative).then(
          () => undefined,
          (error: unknown) => report({ kind: 'revalidation-failed', key, detail: String(error) }),
        );
        return { value: entry.value, stale: true, storedAt: entry.storedAt, revalidation };
      }
      return fetchShared(kind, key, fetcher, isNegative);
    },
    /** The cached value without fetching: fresh or stale (flagged), or `undefined`. */
    async peek<T>(
      kind: CacheKind,
      id: string,
      validate?: (value: unknown) => value is T,
    ): Promise<CacheResult<T> | undefined> {
      const entry = await readEntry(kind, cacheKey(kind, id), validate);
      const t = now();
      if (!entry || t >= usableUntil(entry)) return undefined;
      touch(cacheKey(kind, id));
      return { value: entry.value, stale: t >= entry.expiresAt, storedAt: entry.storedAt };
    },
    /** Stores a value learned some other way (e.g. a resolution computed from several sources). */
    set<T>(kind: CacheKind, id: string, value: T, opts: { negative?: boolean } = {}): Promise<void> {
      return put(kind, cacheKey(kind, id), value, now(), opts.negative ?? value === null);
    },
    /** Forgets one item (e.g. after the user corrects a match). */
    delete(kind: CacheKind, id: string): Promise<void> {
      return store.remove([cacheKey(kind, id)]);
    },
    /** Evicts until the cache fits the bound; call after the user lowers the size setting. Returns entries evicted. */
    trim: store.trim,
    /** Removes every cache entry; user data is untouched. */
    clear: store.clear,
    /** Entry count and bytes, in total and per kind. */
    async stats(): Promise<CacheStats> {
      const index = await store.snapshot();
      const byKind: CacheStats['byKind'] = {};
      for (const record of Object.values(index.entries)) {
        const row = byKind[record.kind] ?? { entries: 0, bytes: 0 };
        byKind[record.kind] = row;
        row.entries += 1;
        row.bytes += record.size;
      }
      return { entries: Object.keys(index.entries).length, bytes: index.bytes, maxBytes: await maxBytes(), byKind };
    },
  };
}

/** One web-data cache. */
export type Cache = ReturnType<typeof createCache>;

/** Removes every cache entry from storage (options page "Clear cache"). */
export function clearCache(options: CacheOptions = {}): Promise<void> {
  return createCache(options).clear();
}

/** Entry count and bytes of the cache in storage. */
export function cacheStats(options: CacheOptions = {}): Promise<CacheStats> {
  return createCache(options).stats();
}
