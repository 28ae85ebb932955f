import { describe, expect, it } from 'vitest';
import { SITE_IDS, type SiteId } from '../domain/sites';
import { SITE_SCRIPT_FILE, type SiteScript, type SiteScriptsEnv, siteScriptId, syncSiteScripts } from './site-scripts';

const allOff = Object.fromEntries(SITE_IDS.map((id) => [id, false])) as Record<SiteId, boolean>;
const on = (site: SiteId) => ({ ...allOff, arxiv: true, [site]: true });

function fakeBrowser(options: {
  granted: boolean;
  registered?: string[];
  failRegister?: boolean;
  /** The file the registrations already there run (an older version's, after an update). */
  file?: string;
}) {
  const ids = new Set(options.registered ?? []);
  const files = new Map([...ids].map((id) => [id, [options.file ?? SITE_SCRIPT_FILE]]));
  const registrations: SiteScript[] = [];
  const env: SiteScriptsEnv = {
    registered: async () => [...ids].map((id) => ({ id, js: files.get(id) ?? [] })),
    register: async (scripts) => {
      if (options.failRegister) throw new Error('Invalid script');
      for (const s of scripts) {
        if (ids.has(s.id)) throw new Error(`Content script with id "${s.id}" is already registered.`);
        ids.add(s.id);
        files.set(s.id, s.js);
        registrations.push(s);
      }
    },
    unregister: async (remove) => {
      for (const id of remove) ids.delete(id);
    },
    hasOrigins: async () => options.granted,
  };
  return { env, ids, registrations };
}

describe('syncSiteScripts', () => {
  it('registers an opt-in site that is on and granted, with its hosts and the shared start-up script', async () => {
    const b = fakeBrowser({ granted: true });
    const change = await syncSiteScripts(b.env, on('huggingface-papers'));
    expect(change).toEqual({ registered: ['huggingface-papers'], unregistered: [] });
    expect(b.registrations).toEqual([
      {
        id: 'byline-site-huggingface-papers',
        matches: ['https://huggingface.co/*'],
        js: ['sites-start.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('does nothing for a site that is on but not granted', async () => {
    const b = fakeBrowser({ granted: false });
    expect(await syncSiteScripts(b.env, on('huggingface-papers'))).toEqual({ registered: [], unregistered: [] });
    expect(b.ids.size).toBe(0);
  });

  it('leaves a registration that is still wanted alone (start-up after a restart kept it)', async () => {
    const b = fakeBrowser({ granted: true, registered: [siteScriptId('huggingface-papers')] });
    expect(await syncSiteScripts(b.env, on('huggingface-papers'))).toEqual({ registered: [], unregistered: [] });
  });

  it('removes the registration when the site is turned off or its hosts revoked', async () => {
    const off = fakeBrowser({ granted: true, registered: [siteScriptId('huggingface-papers'), 'someone-else'] });
    expect(await syncSiteScripts(off.env, allOff)).toEqual({
      registered: [],
      unregistered: ['byline-site-huggingface-papers'],
    });
    expect([...off.ids]).toEqual(['someone-else']);
    const revoked = fakeBrowser({ granted: false, registered: [siteScriptId('huggingface-papers')] });
    expect((await syncSiteScripts(revoked.env, on('huggingface-papers'))).unregistered).toHaveLength(1);
  });

  it('makes again a registration an older version made with another file (kept across the update)', async () => {
    const b = fakeBrowser({
      granted: true,
      registered: [siteScriptId('huggingface-papers')],
      file: 'content-scripts/sites.js',
    });
    expect(await syncSiteScripts(b.env, on('huggingface-papers'))).toEqual({
      registered: ['huggingface-papers'],
      unregistered: [],
    });
    expect(b.registrations.map((s) => s.js)).toEqual([['sites-start.js']]);
  });

  it('reports a registration the browser refuses as not done, without throwing', async () => {
    const b = fakeBrowser({ granted: true, failRegister: true });
    expect(await syncSiteScripts(b.env, on('huggingface-papers'))).toEqual({ registered: [], unregistered: [] });
  });
});
