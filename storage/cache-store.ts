import { CACHE_KEY_PREFIX, type CacheEntry } from './cache-entry';
import {
  CACHE_INDEX_KEY,
  type CacheIndex,
  dropRecord,
  indexRecordOf,
  loadIndex,
  pickVictims,
  putRecord,
} from './cache-index';
import type { KeyValueArea } from './storage-area';

/** Something the cache noticed and handled without throwing: for logs and tests. */
export interface CacheProblem {
  kind: 'damaged-entry' | 'quota-exceeded' | 'write-failed' | 'too-large' | 'revalidation-failed';
  key: string;
  detail?: string;
}

/** What the index-keeping layer needs from its owner. */
export interface CacheStoreEnv {
  area: KeyValueArea;
  now: () => number;
  maxBytes: () => Promise<number>;
  report: (problem: CacheProblem) => void;
}

/**
 * The index-keeping half of the cache: every write, removal and eviction goes through here,
 * one at a time, so the byte total in the index matches what is stored.
 */
export function createCacheStore(env: CacheStoreEnv) {
  const { area, now, report } = env;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every earlier index change has finished (read-modify-write of one index). */
  function exclusive<R>(task: () => Promise<R>): Promise<R> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function openIndex(): Promise<CacheIndex> {
    const { index, damaged, rebuilt } = await loadIndex(area, now());
    if (damaged.length > 0) {
      for (const key of damaged) report({ kind: 'damaged-entry', key });
      await area.remove(damaged);
    }
    // Persist a rebuilt index so the next operation does not scan all of storage again.
    if (rebuilt) await area.set({ [CACHE_INDEX_KEY]: index }).catch(() => undefined);
    return index;
  }

  async function evict(index: CacheIndex, victims: string[]): Promise<void> {
    if (victims.length === 0) return;
    // Belt and braces: only ever remove keys the cache owns, whatever the index says.
    await area.remove(victims.filter((key) => key.startsWith(CACHE_KEY_PREFIX)));
    for (const key of victims) dropRecord(index, key);
  }

  /** Stores an entry, evicting to stay under the bound; on a quota error evicts more and retries once. */
  function write(key: string, entry: CacheEntry): Promise<boolean> {
    return exclusive(async () => {
      const limit = await env.maxBytes();
      if (entry.size > limit) {
        report({ kind: 'too-large', key, detail: `${entry.size} bytes > bound ${limit}` });
        return false;
      }
      const index = await openIndex();
      const t = now();
      dropRecord(index, key);
      await evict(index, pickVictims(index, limit - entry.size, t));
      putRecord(index, key, indexRecordOf(entry, t));
      try {
        await area.set({ [key]: entry, [CACHE_INDEX_KEY]: index });
        return true;
      } catch (error) {
        report({ kind: 'quota-exceeded', key, detail: String(error) });
      }
      // Storage is full of something (cache or user data): free at least this entry's size
      // and half of the cache, then try once more. User data is never touched.
      dropRecord(index, key);
      const target = Math.max(0, Math.min(index.bytes - entry.size, Math.floor(index.bytes / 2)));
      await evict(index, pickVictims(index, target, t));
      putRecord(index, key, indexRecordOf(entry, t));
      try {
        await area.set({ [key]: entry, [CACHE_INDEX_KEY]: index });
        return true;
      } catch (error) {
        report({ kind: 'write-failed', key, detail: String(error) });
        dropRecord(index, key);
        await area.set({ [CACHE_INDEX_KEY]: index }).catch(() => undefined);
        return false;
      }
    });
  }

  /** Removes entries (damaged or unwanted) and their index records. */
  function remove(keys: string[]): Promise<void> {
    return exclusive(async () => {
      const index = await openIndex();
      await evict(index, keys);
      await area.set({ [CACHE_INDEX_KEY]: index });
    });
  }

  /** Records a read so least-recently-used eviction spares entries people look at. */
  function touch(key: string): Promise<void> {
    return exclusive(async () => {
      const index = await openIndex();
      const record = index.entries[key];
      if (!record) return;
      record.usedAt = now();
      await area.set({ [CACHE_INDEX_KEY]: index });
    });
  }

  /** Evicts until the cache fits the current bound (after the user lowers it). */
  function trim(): Promise<number> {
    return exclusive(async () => {
      const index = await openIndex();
      const victims = pickVictims(index, await env.maxBytes(), now());
      await evict(index, victims);
      await area.set({ [CACHE_INDEX_KEY]: index });
      return victims.length;
    });
  }

  /** Removes every cache entry and the index; keys outside the `cache:` prefix are left alone. */
  function clear(): Promise<void> {
    return exclusive(async () => {
      const keys = Object.keys(await area.get(null)).filter((key) => key.startsWith(CACHE_KEY_PREFIX));
      await area.remove([...keys, CACHE_INDEX_KEY]);
    });
  }

  /** A snapshot of the index, rebuilt from storage if needed. */
  function snapshot(): Promise<CacheIndex> {
    return exclusive(openIndex);
  }

  return { write, remove, touch, trim, clear, snapshot };
}

/** The index-keeping layer of one cache. */
export type CacheStore = ReturnType<typeof createCacheStore>;
