import { CACHE_POLICIES, type CacheKind, isCacheKind } from '../domain/sources';
import { isNonNegativeNumber, isRecord } from '../domain/json-guards';
import { storedBytes } from './storage-area';

/** Version of the entry envelope. Bump it when the shape changes: older entries then read as misses. */
export const CACHE_ENTRY_VERSION = 1;

/** Every cache key starts with this, so cache code can never remove a key it does not own. */
export const CACHE_KEY_PREFIX = 'cache:';

/** One cached value as stored under `cache:<kind>:<id>`. Times are epoch milliseconds. */
export interface CacheEntry<T = unknown> {
  v: number;
  kind: CacheKind;
  storedAt: number;
  expiresAt: number;
  /** Absent for negative answers, which are never served stale. */
  staleUntil?: number;
  /** Bytes this entry takes in storage, key included. */
  size: number;
  value: T;
}

/** The storage key for one item of one kind. */
export function cacheKey(kind: CacheKind, id: string): string {
  return `${CACHE_KEY_PREFIX}${kind}:${id}`;
}

/** Builds an entry with lifetimes from the kind's policy and its size measured. */
export function createCacheEntry<T>(
  key: string,
  kind: CacheKind,
  value: T,
  storedAt: number,
  negative: boolean,
): CacheEntry<T> {
  const policy = CACHE_POLICIES[kind];
  const expiresAt = storedAt + (negative ? policy.negativeTtlMs : policy.ttlMs);
  const entry: CacheEntry<T> = { v: CACHE_ENTRY_VERSION, kind, storedAt, expiresAt, size: 0, value };
  if (!negative) entry.staleUntil = expiresAt + policy.staleMs;
  // The size field's own digits are counted too, so measure with a placeholder of the same width.
  entry.size = storedBytes(key, { ...entry, size: Number.MAX_SAFE_INTEGER });
  return entry;
}

/** The last moment an entry may be shown at all (fresh or stale). */
export function usableUntil(entry: Pick<CacheEntry, 'expiresAt' | 'staleUntil'>): number {
  return entry.staleUntil ?? entry.expiresAt;
}

/**
 * Reads a stored value back as an entry of `kind`, or `undefined` when it is damaged: wrong
 * shape, another version, another kind, an unparsable string, or a value `validate` refuses.
 */
export function parseCacheEntry<T>(
  raw: unknown,
  kind: CacheKind | undefined,
  validate?: (value: unknown) => value is T,
): CacheEntry<T> | undefined {
  const data = typeof raw === 'string' ? parseJson(raw) : raw;
  if (!isRecord(data) || data.v !== CACHE_ENTRY_VERSION || !isCacheKind(data.kind)) return undefined;
  if (kind !== undefined && data.kind !== kind) return undefined;
  const { storedAt, expiresAt, staleUntil, size } = data;
  if (!isNonNegativeNumber(storedAt) || !isNonNegativeNumber(expiresAt) || !isNonNegativeNumber(size)) return undefined;
  if (expiresAt < storedAt) return undefined;
  if (staleUntil !== undefined && (!isNonNegativeNumber(staleUntil) || staleUntil < expiresAt)) return undefined;
  if (!('value' in data) || data.value === undefined) return undefined;
  if (validate && !validate(data.value)) return undefined;
  const entry: CacheEntry<T> = {
    v: CACHE_ENTRY_VERSION,
    kind: data.kind,
    storedAt,
    expiresAt,
    size,
    value: data.value as T,
  };
  if (staleUntil !== undefined) entry.staleUntil = staleUntil;
  return entry;
}

/** The kind named in a cache key, if the key is one of ours. */
export function kindOfKey(key: string): CacheKind | undefined {
  if (!key.startsWith(CACHE_KEY_PREFIX)) return undefined;
  const kind = key.slice(CACHE_KEY_PREFIX.length).split(':', 1)[0];
  return isCacheKind(kind) ? kind : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
