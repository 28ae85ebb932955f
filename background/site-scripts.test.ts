import { describe, expect, it } from 'vitest';
import { SITE_IDS, type SiteId } from '../domain/sites';
import { type SiteScript, type SiteScriptsEnv, siteScriptId, syncSiteScripts } from './site-scripts';

const allOff = Object.fromEntries(SITE_IDS.map((id) => [id, false])) as Record<SiteId, boolean>;
const on = (site: SiteId) => ({ ...allOff, arxiv: true, [site]: true });

function fakeBrowser(options: { granted: boolean; registered?: string[]; failRegister?: boolean }) {
  const ids = new Set(options.registered ?? []);
  const registrations: SiteScript[] = [];
  const env: SiteScriptsEnv = {
    registeredIds: async () => [...ids],
    register: async (scripts) => {
      if (options.failRegister) throw new Error('Invalid script');
      for (const s of scripts) {
        if (ids.has(s.id)) throw new Error(`Content script with id "${s.id}" is already registered.`);
        ids.add(s.id);
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
  it('registers an opt-in site that is on and granted, with its hosts and the shared script', async () => {
    const b = fakeBrowser({ granted: true });
    const change = await syncSiteScripts(b.env, on('huggingface-papers'));
    expect(change).toEqual({ registered: ['huggingface-papers'], unregistered: [] });
    expect(b.registrations).toEqual([
      {
        id: 'byline-site-huggingface-papers',
        matches: ['https://huggingface.co/*'],
        js: ['content-scripts/sites.js'],
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

  it('reports a registration the browser refuses as not done, without throwing', async () => {
    const b = fakeBrowser({ granted: true, failRegister: true });
    expect(await syncSiteScripts(b.env, on('huggingface-papers'))).toEqual({ registered: [], unregistered: [] });
  });
});
