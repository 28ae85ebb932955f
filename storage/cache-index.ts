import { CACHE_KEY_PREFIX, type CacheEntry, kindOfKey, parseCacheEntry, usableUntil } from './cache-entry';
import type { CacheKind } from '../domain/sources';
import { isNonNegativeNumber, isRecord } from '../domain/json-guards';
import type { KeyValueArea } from './storage-area';

/** Where the index lives: outside the `cache:` prefix, so a prefix scan sees entries only. */
export const CACHE_INDEX_KEY = 'cache-index';

const INDEX_VERSION = 1;

/** What the index knows about one entry, enough to account bytes and pick eviction victims. */
export interface IndexRecord {
  kind: CacheKind;
  size: number;
  expiresAt: number;
  usableUntil: number;
  /** Last time the entry was written or read (coarse: see TOUCH_AFTER_MS in cache.ts). */
  usedAt: number;
}

/**
 * Running totals of the cache, kept in one storage entry so stats and eviction need no full
 * scan. Its own few bytes per entry are not counted against the bound.
 */
export interface CacheIndex {
  v: number;
  bytes: number;
  entries: Record<string, IndexRecord>;
}

/** An index with nothing in it. */
export function emptyIndex(): CacheIndex {
  return { v: INDEX_VERSION, bytes: 0, entries: {} };
}

/** The index record for a freshly written entry. */
export function indexRecordOf(entry: CacheEntry, usedAt: number): IndexRecord {
  return { kind: entry.kind, size: entry.size, expiresAt: entry.expiresAt, usableUntil: usableUntil(entry), usedAt };
}

/** Adds or replaces one record, keeping the byte total right. */
export function putRecord(index: CacheIndex, key: string, record: IndexRecord): void {
  dropRecord(index, key);
  index.entries[key] = record;
  index.bytes += record.size;
}

/** Forgets one record, keeping the byte total right. */
export function dropRecord(index: CacheIndex, key: string): void {
  const old = index.entries[key];
  if (!old) return;
  index.bytes = Math.max(0, index.bytes - old.size);
  delete index.entries[key];
}

/**
 * Loads the index, or rebuilds it from a scan of `cache:` keys when it is missing or damaged
 * (first run, a crash between writes, an older Byline). Damaged entries found by the scan
 * are listed in `damaged` for the caller to remove.
 */
export async function loadIndex(
  area: KeyValueArea,
  now: number,
): Promise<{ index: CacheIndex; damaged: string[]; rebuilt: boolean }> {
  const stored = (await area.get(CACHE_INDEX_KEY))[CACHE_INDEX_KEY];
  const index = parseIndex(stored);
  if (index) return { index, damaged: [], rebuilt: false };
  const all = await area.get(null);
  const rebuiltIndex = emptyIndex();
  const damaged: string[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(CACHE_KEY_PREFIX)) continue;
    const entry = parseCacheEntry(raw, kindOfKey(key));
    if (entry) putRecord(rebuiltIndex, key, indexRecordOf(entry, Math.min(entry.storedAt, now)));
    else damaged.push(key);
  }
  return { index: rebuiltIndex, damaged, rebuilt: true };
}

/**
 * Keys to evict, in order, until the cache holds at most `targetBytes`. Entries past their
 * usable life go first (soonest-dead first), then the least recently used, then the
 * soonest to expire.
 */
export function pickVictims(index: CacheIndex, targetBytes: number, now: number, keep?: string): string[] {
  const victims: string[] = [];
  let bytes = index.bytes;
  for (const [key, record] of evictionOrder(index, now)) {
    if (bytes <= targetBytes) break;
    if (key === keep) continue;
    victims.push(key);
    bytes -= record.size;
  }
  return victims;
}

function evictionOrder(index: CacheIndex, now: number): Array<[string, IndexRecord]> {
  return Object.entries(index.entries).sort(([, a], [, b]) => {
    const aDead = a.usableUntil <= now;
    const bDead = b.usableUntil <= now;
    if (aDead !== bDead) return aDead ? -1 : 1;
    if (aDead) return a.usableUntil - b.usableUntil;
    return a.usedAt - b.usedAt || a.expiresAt - b.expiresAt;
  });
}

function parseIndex(raw: unknown): CacheIndex | undefined {
  if (!isRecord(raw) || raw.v !== INDEX_VERSION || !isRecord(raw.entries)) return undefined;
  const index = emptyIndex();
  for (const [key, value] of Object.entries(raw.entries)) {
    const kind = kindOfKey(key);
    if (!kind || !isRecord(value)) return undefined;
    const { size, expiresAt, usableUntil: until, usedAt } = value;
    if (![size, expiresAt, until, usedAt].every(isNonNegativeNumber)) return undefined;
    putRecord(index, key, {
      kind,
      size: Number(size),
      expiresAt: Number(expiresAt),
      usableUntil: Number(until),
      usedAt: Number(usedAt),
    });
  }
  return index;
}
