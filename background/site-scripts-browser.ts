import { browser } from '#imports';
import { createUserData } from '../storage/user-data';
import { USER_KEYS } from '../storage/user-data-schema';
import { type SiteScriptsEnv, syncSiteScripts } from './site-scripts';

/** The real browser behind `syncSiteScripts`: `scripting` in Chrome MV3 and Firefox MV2 (102+). */
function browserEnv(): SiteScriptsEnv {
  return {
    registered: async () =>
      (await browser.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, ...(s.js && { js: s.js }) })),
    register: async (scripts) => void (await browser.scripting.registerContentScripts(scripts)),
    unregister: async (ids) => void (await browser.scripting.unregisterContentScripts({ ids })),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
  };
}

/**
 * Keeps the opt-in sites' content scripts registered exactly while they are on and granted:
 * once at start-up (an update may have dropped them), then on every change of the settings
 * or of the granted hosts. Syncs run one after another.
 */
export function keepSiteScriptsInSync(): void {
  const env = browserEnv();
  const user = createUserData();
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(async () => {
        const { settings } = await user.load().then((loaded) => loaded.data);
        await syncSiteScripts(env, settings.sites);
      })
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_KEYS.settings in changes) sync();
  });
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
