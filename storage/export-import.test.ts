import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FORMAT, exportUserData, importUserData, serializeUserDataDocument } from './export-import';
import { createUserData, DEFAULT_SETTINGS, USER_DATA_VERSION } from './user-data';

const T0 = Date.UTC(2025, 0, 1);
let clock: number;

function makeStore() {
  return createUserData({ now: () => clock });
}

async function seed() {
  const store = makeStore();
  await store.updateSettings({ hoverDelayMs: 700, sources: { openalex: false } });
  await store.updateSecrets({ githubToken: 'ghp_secret' });
  await store.follow('s2:2114380531', 'Zhuoshi Pan', {
    takenAt: T0,
    paperIds: ['arxiv:2403.12968'],
    newsKeys: ['2024-05 ACL'],
  });
  await store.correctMention('arxiv:2403.12968#3', 'not-this-person');
  await store.setHomepage('s2:2114380531', 'https://pzs19.github.io/');
  return store;
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});

describe('export', () => {
  it('writes a versioned document without secrets unless asked', async () => {
    const store = await seed();
    const doc = await exportUserData(store, { now: () => clock });
    expect(doc).toMatchObject({
      format: EXPORT_FORMAT,
      version: USER_DATA_VERSION,
      exportedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(doc).not.toHaveProperty('secrets');
    expect(serializeUserDataDocument(doc)).not.toContain('ghp_secret');
    expect((await exportUserData(store, { includeSecrets: true })).secrets).toEqual({ githubToken: 'ghp_secret' });
  });
});

describe('import round trip', () => {
  it('restores everything into an empty profile', async () => {
    const text = serializeUserDataDocument(await exportUserData(await seed(), { includeSecrets: true }));
    const before = await makeStore().load();
    fakeBrowser.reset();
    const report = await importUserData(makeStore(), text, { mode: 'replace' });
    expect(report).toMatchObject({
      ok: true,
      rejected: [],
      imported: { follows: 1, mentionCorrections: 1, homepages: 1, secrets: ['githubToken'] },
      message: 'Imported 1 follow, 2 corrections and settings.',
    });
    expect(await makeStore().load()).toEqual(before);
  });

  it('merges into existing data without dropping anything, newest decision winning', async () => {
    const store = await seed();
    const doc = await exportUserData(store);
    clock += 1000;
    await store.follow('s2:other', 'Someone Else');
    await store.correctMention('arxiv:2403.12968#3', { researcherKey: 's2:42' });
    const report = await importUserData(store, JSON.stringify(doc), { mode: 'merge' });
    expect(report.ok).toBe(true);
    const { data } = await store.load();
    expect(Object.keys(data.follows).sort()).toEqual(['s2:2114380531', 's2:other']);
    expect(data.corrections.mentions['arxiv:2403.12968#3']).toEqual({
      choice: 'researcher',
      researcherKey: 's2:42',
      at: T0 + 1000,
    });
    expect(data.secrets).toEqual({ githubToken: 'ghp_secret' });
  });
});

describe('import rejection', () => {
  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "byline-user-data",', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, exportedAt: '2025-01-01T00:00:00Z' }),
      /not a Byline export/,
    ],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: 99, exportedAt: '2025-01-01T00:00:00Z' }),
      /newer Byline/,
    ],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, exportedAt: '2025-01-01T00:00:00Z' }), /no valid version/],
    ['a bad date', JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: 'yesterday' }), /exportedAt/],
  ];
  it.each(bad)('refuses %s and changes nothing', async (_label, text, message) => {
    const store = await seed();
    const before = await fakeBrowser.storage.local.get(null);
    const report = await importUserData(store, text, { mode: 'replace' });
    expect(report.ok).toBe(false);
    expect(report.message).toMatch(message);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  const partlyBad = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '2025-02-01T00:00:00Z',
    settings: { hoverDelayMs: 99999, cardsEnabled: false, theme: 'dark' },
    follows: { 's2:7': { name: 'Valid', followedAt: 5, lastSeenAt: 6 }, 's2:8': { name: 'No time' } },
    corrections: { mentions: {}, homepages: { 's2:7': { url: 'ftp://x', at: 1 } } },
    extra: true,
  };

  it('in replace mode refuses a file with any bad item and changes nothing', async () => {
    const store = await seed();
    const before = await fakeBrowser.storage.local.get(null);
    const report = await importUserData(store, JSON.stringify(partlyBad), { mode: 'replace' });
    expect(report.ok).toBe(false);
    expect(report.message).toMatch(/Nothing imported: the file has 5 problems/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('in merge mode imports the valid items and lists each rejected one', async () => {
    const store = await seed();
    const report = await importUserData(store, JSON.stringify(partlyBad), { mode: 'merge' });
    expect(report.ok).toBe(true);
    expect(report.rejected).toEqual([
      { path: 'extra', message: 'unknown field; ignored' },
      { path: 'settings.hoverDelayMs', message: 'must be a whole number from 0 to 5000' },
      { path: 'settings.theme', message: 'unknown setting' },
      { path: 'follows["s2:8"]', message: 'followedAt must be a time' },
      { path: 'corrections.homepages["s2:7"]', message: 'url must be an http(s) address' },
    ]);
    expect(report.imported).toEqual({
      settings: ['cardsEnabled'],
      secrets: [],
      follows: 1,
      mentionCorrections: 0,
      homepages: 0,
    });
    const { data } = await store.load();
    expect(data.settings).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 700,
      cardsEnabled: false,
      sources: { ...DEFAULT_SETTINGS.sources, openalex: false },
    });
    expect(Object.keys(data.follows).sort()).toEqual(['s2:2114380531', 's2:7']);
    expect(data.corrections.homepages['s2:2114380531']?.url).toBe('https://pzs19.github.io/');
    expect(data.secrets).toEqual({ githubToken: 'ghp_secret' });
  });
});
