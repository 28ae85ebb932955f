import type { UserDataStore } from './user-data';

const MB = 1024 * 1024;

/**
 * The cache size bound as the user set it in the options page, read before each cache write:
 * `createCache({ maxBytes: cacheBoundFromSettings(userData) })`.
 */
export function cacheBoundFromSettings(userData: Pick<UserDataStore, 'getSettings'>): () => Promise<number> {
  return async () => Math.round((await userData.getSettings()).cacheSizeMb * MB);
}
