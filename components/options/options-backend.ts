import { browser } from '#imports';
import { contentScriptMatches, type SiteId } from '../../domain/sites';
import { HOST_PERMISSIONS } from '../../domain/sources';
import { sendMessage } from '../../messaging/protocol';
import type { UserDataChange } from '../../messaging/ui-types';
import type { CacheStats } from '../../storage/cache';
import type { ImportMode, ImportReport, UserDataDocument } from '../../storage/export-import';
import type { DataIssue, UserData } from '../../storage/user-data';

/**
 * The user's data as the options page sees it. Every change goes to the background, the one
 * writer of user data, so nothing the page saves can overwrite a change made on a card meanwhile.
 */
export interface OptionsUserData {
  load(): Promise<{ data: UserData; issues: DataIssue[] }>;
  change(change: UserDataChange): Promise<{ ok: true } | { ok: false; message: string }>;
  exportData(includeSecrets: boolean): Promise<UserDataDocument>;
  importData(text: string, mode: ImportMode): Promise<ImportReport>;
}

/** What the options page needs: the user's data and the cache through the background, and the permissions API. */
export interface OptionsBackend {
  user: OptionsUserData;
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

/** The real one: everything through the background's messages, permissions from the page itself. */
export function createOptionsBackend(): OptionsBackend {
  return {
    user: {
      load: () => sendMessage('loadUserData', undefined),
      change: (change) => sendMessage('changeUserData', change),
      exportData: (includeSecrets) => sendMessage('exportUserData', { includeSecrets }),
      importData: (text, mode) => sendMessage('importUserData', { text, mode }),
    },
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
