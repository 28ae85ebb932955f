import { browser } from '#imports';
import { readHomepage } from '../homepage/read-homepage';
import { createBrowserNetEnv, systemClock, type KvStore } from '../net/net-env';
import { createRedirectObserver } from '../net/redirect-observer';
import { createNetClient } from '../net/net-client';
import type { LookupEnv } from '../profiles/lookup-env';
import { nameScore } from '../profiles/name-score';
import { createCache } from '../storage/cache';
import { cacheBoundFromSettings } from '../storage/cache-bound';
import { createUserData } from '../storage/user-data';

/**
 * The background's real environment: fetch, extension storage and the permissions API. The
 * worker may be stopped at any time, so everything that must last (limiter state, cache, user
 * data) lives in storage, never in module variables.
 */
export function createLookupEnv(): LookupEnv {
  const cacheRef: { clear(): Promise<void> } = { clear: async () => undefined };
  const user = createUserData({ freeSpace: () => cacheRef.clear() });
  const cache = createCache({ maxBytes: cacheBoundFromSettings(user) });
  cacheRef.clear = () => cache.clear();
  const redirects = createRedirectObserver(systemClock);
  // Byline's own homepage requests are not made from a tab (tabId -1); only 3xx answers matter.
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      redirects.record(details);
      return undefined;
    },
    { urls: ['http://*/*', 'https://*/*'], tabId: -1 },
    ['responseHeaders'],
  );
  const net = createNetClient(
    createBrowserNetEnv(limiterStore(), wallStore(), {
      redirectTarget: (url, since) => redirects.targetOf(url, since),
      // No source can be signed into yet: every request omits cookies.
      signedIn: async () => false,
    }),
  );
  return {
    net,
    cache,
    user,
    now: () => Date.now(),
    // A pattern the browser cannot parse (a port in Firefox) is a permission Byline does not have.
    hasOrigin: (origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false),
    portsInPatterns: import.meta.env.BROWSER !== 'firefox',
    nameScore,
    readHomepage,
  };
}

/** Limiter state survives a worker restart but not a browser restart: session storage fits. */
function limiterStore(): KvStore {
  return kvOver(browser.storage.session ?? browser.storage.local);
}

/**
 * A host's bot wall (dblp's proof-of-work page) is remembered for a day, across browser
 * restarts too: local storage, under keys (`net:wall:<host>`) the cache never touches.
 */
function wallStore(): KvStore {
  return kvOver(browser.storage.local);
}

function kvOver(area: typeof browser.storage.local): KvStore {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
  };
}
