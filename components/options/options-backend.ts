import { browser } from '#imports';
import { contentScriptMatches, type SiteId } from '../../domain/sites';
import { HOST_PERMISSIONS } from '../../domain/sources';
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
  /** Asks for an opt-in site's hosts; must run inside the click handler too. */
  requestSiteHosts(site: SiteId): Promise<boolean>;
  /** Gives back an opt-in site's hosts (those not also needed by a source since install). */
  releaseSiteHosts(site: SiteId): Promise<void>;
}

/** A site's hosts that were granted for it alone: the install-time ones cannot be given back. */
export function releasableSiteHosts(site: SiteId): string[] {
  return contentScriptMatches(site).filter((origin) => !HOST_PERMISSIONS.includes(origin));
}

/** The real one: user data read directly (an extension page may), the cache through the background. */
export function createOptionsBackend(): OptionsBackend {
  return {
    user: createUserData(),
    cacheInfo: () => sendMessage('cacheInfo', undefined),
    clearCache: async () => void (await sendMessage('clearCache', undefined)),
    requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
    requestSiteHosts: (site) => browser.permissions.request({ origins: contentScriptMatches(site) }),
    releaseSiteHosts: async (site) => {
      const origins = releasableSiteHosts(site);
      if (origins.length) await browser.permissions.remove({ origins });
    },
  };
}
