import { type KeyValueArea, storedBytes } from './storage-area';

/**
 * For tests: a storage area that rejects `set()` the way Chrome does when `QUOTA_BYTES` would
 * be exceeded, measured as Chrome measures (key plus JSON of each value).
 */
export function createQuotaLimitedArea(inner: KeyValueArea, quotaBytes: number) {
  let rejections = 0;
  const area: KeyValueArea = {
    get: (keys) => inner.get(keys),
    remove: (keys) => inner.remove(keys),
    async set(items) {
      const next = { ...(await inner.get(null)), ...items };
      const total = Object.entries(next).reduce((sum, [key, value]) => sum + storedBytes(key, value), 0);
      if (total > quotaBytes) {
        rejections += 1;
        throw new Error(`Resource::kQuotaBytes quota exceeded (${total} > QUOTA_BYTES ${quotaBytes})`);
      }
      await inner.set(items);
    },
  };
  return { area, rejections: () => rejections };
}
