import { browser } from '#imports';
import { sendMessage } from '../../messaging/protocol';
import type { CacheStats } from '../../storage/cache';
import { createUserData, type UserDataStore } from '../../storage/user-data';

/** What the options page needs beyond the user's data: the background's cache and the permissions API. */
export interface OptionsBackend {
  user: UserDataStore;
  cacheInfo(): Promise<CacheStats>;
  clearCache(): Promise<void>;
  /** Must run inside a click handler: browsers grant permissions only on a user gesture. */
  requestOrigin(pattern: string): Promise<boolean>;
}

/** The real one: user data read directly (an extension page may), the cache through the background. */
export function createOptionsBackend(): OptionsBackend {
  return {
    user: createUserData(),
    cacheInfo: () => sendMessage('cacheInfo', undefined),
    clearCache: async () => void (await sendMessage('clearCache', undefined)),
    requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  };
}
