import { contentScriptMatches, OPT_IN_SITE_IDS, type SiteId } from '../domain/sites';

/**
 * The content script every opt-in site runs at load: the start-up script (`entrypoints/sites-start.ts`),
 * which picks the site's interest selector by host and has the cards injected on interest.
 */
export const SITE_SCRIPT_FILE = 'sites-start.js';

const ID_PREFIX = 'byline-site-';

/** The registration id of an opt-in site's content script. */
export const siteScriptId = (site: SiteId): string => `${ID_PREFIX}${site}`;

/** One run-time content script, in the shape `scripting.registerContentScripts` takes in both browsers. */
export interface SiteScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** The browser APIs the sync needs, passed in so it can be tested without a browser. */
export interface SiteScriptsEnv {
  /** The content scripts registered at run time now: their ids and files. */
  registered(): Promise<{ id: string; js?: string[] }[]>;
  register(scripts: SiteScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** Whether the browser holds every one of these host permissions. */
  hasOrigins(origins: string[]): Promise<boolean>;
}

/** What a sync did, for logs and tests. */
export interface SiteScriptsChange {
  registered: SiteId[];
  unregistered: string[];
}

/** The registration of one opt-in site's content script. */
export function siteScript(site: SiteId): SiteScript {
  return {
    id: siteScriptId(site),
    matches: contentScriptMatches(site),
    js: [SITE_SCRIPT_FILE],
    runAt: 'document_idle',
    // Chrome keeps it across restarts; Firefox (105+) too. Updates may drop registrations,
    // so the background also re-syncs on every start.
    persistAcrossSessions: true,
  };
}

/**
 * Brings the registered content scripts in line with the settings: an opt-in site's script is
 * registered exactly when the site is on and its hosts are granted. Runs when the background
 * starts (registrations may not survive an update), when settings change and when the user
 * grants or revokes a host in the browser's own UI. A failing call leaves the rest done.
 */
export async function syncSiteScripts(
  env: SiteScriptsEnv,
  sites: Readonly<Record<SiteId, boolean>>,
): Promise<SiteScriptsChange> {
  const ours = (await env.registered()).filter((s) => s.id.startsWith(ID_PREFIX));
  // A registration an older version made with another file (the browser keeps it across an
  // update) is made again with today's.
  const stale = ours
    .filter((s) => s.js?.length !== 1 || s.js[0]?.replace(/^\//, '') !== SITE_SCRIPT_FILE)
    .map((s) => s.id);
  const present = new Set(ours.map((s) => s.id).filter((id) => !stale.includes(id)));
  const wanted: SiteId[] = [];
  for (const site of OPT_IN_SITE_IDS) {
    if (sites[site] && (await env.hasOrigins(contentScriptMatches(site)).catch(() => false))) wanted.push(site);
  }
  const wantedIds = new Set(wanted.map(siteScriptId));
  const unregistered = [...present].filter((id) => !wantedIds.has(id));
  const registered = wanted.filter((site) => !present.has(siteScriptId(site)));
  if (unregistered.length || stale.length) await env.unregister([...unregistered, ...stale]).catch(() => undefined);
  const done: SiteId[] = [];
  for (const site of registered) {
    // One at a time: a script that cannot be registered must not keep the others out.
    const ok = await env.register([siteScript(site)]).then(
      () => true,
      () => false,
    );
    if (ok) done.push(site);
  }
  return { registered: done, unregistered };
}
