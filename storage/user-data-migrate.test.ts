import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createUserData } from './user-data';
import { LEGACY_BACKUP_KEY, LEGACY_USER_KEY, type UserDataV0 } from './user-data-migrate';
import { DEFAULT_SETTINGS, USER_DATA_VERSION, USER_KEYS } from './user-data-schema';

const T0 = Date.UTC(2025, 0, 1);
const SAVED = Date.UTC(2024, 5, 1);

/** What an early Byline stored: one flat blob under one key. */
const V0_BLOB: UserDataV0 = {
  settings: {
    disabledSources: ['openalex', 'github'],
    disabledSites: ['acl-anthology'],
    hoverDelay: 800,
    cacheMb: 50,
    enabled: true,
    githubToken: 'ghp_exampleToken123',
    s2ApiKey: 's2-key-abc',
  },
  follows: [
    { key: 's2:2114380531', name: 'Zhuoshi Pan', followedAt: SAVED - 1000, lastSeenAt: SAVED },
    { key: 'acl:h-vicky-zhao', name: 'H. Vicky Zhao', followedAt: SAVED - 5000 },
  ],
  notThisPerson: ['arxiv:2403.12968#3'],
  chosen: { 'acl:2024.findings-acl.57#0': 's2:2114380531' },
  homepages: { 's2:2114380531': 'https://pzs19.github.io/' },
  savedAt: SAVED,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('migration from version 0', () => {
  it('moves settings, secrets, follows and corrections to their own keys, intact', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_USER_KEY]: V0_BLOB, 'cache:orcid:x': { v: 1 } });
    const store = createUserData({ now: () => T0 });
    const { data, issues } = await store.load();
    expect(issues).toEqual([]);
    expect(data.settings).toEqual({
      sources: { ...DEFAULT_SETTINGS.sources, openalex: false, github: false },
      sites: {
        arxiv: true,
        'acl-anthology': false,
        'huggingface-papers': false,
        dblp: false,
        openreview: false,
        'google-scholar': false,
      },
      hoverDelayMs: 800,
      cacheSizeMb: 50,
      cardsEnabled: true,
      openReviewSignIn: false,
    });
    expect(data.secrets).toEqual({ githubToken: 'ghp_exampleToken123', semanticScholarApiKey: 's2-key-abc' });
    expect(data.follows).toEqual({
      's2:2114380531': { name: 'Zhuoshi Pan', followedAt: SAVED - 1000, lastSeenAt: SAVED },
      'acl:h-vicky-zhao': { name: 'H. Vicky Zhao', followedAt: SAVED - 5000, lastSeenAt: SAVED - 5000 },
    });
    expect(data.corrections).toEqual({
      mentions: {
        'arxiv:2403.12968#3': { choice: 'not-this-person', at: SAVED },
        'acl:2024.findings-acl.57#0': { choice: 'researcher', researcherKey: 's2:2114380531', at: SAVED },
      },
      homepages: { 's2:2114380531': { url: 'https://pzs19.github.io/', at: SAVED } },
    });
    const all = await fakeBrowser.storage.local.get(null);
    expect(all[USER_KEYS.version]).toBe(USER_DATA_VERSION);
    expect(all[LEGACY_USER_KEY]).toBeUndefined();
    expect(all[LEGACY_BACKUP_KEY]).toEqual(V0_BLOB);
    expect(all['cache:orcid:x']).toEqual({ v: 1 });
  });

  it('keeps every valid item of a partly damaged blob and reports the rest', async () => {
    const damaged = {
      settings: { hoverDelay: 'slow', disabledSources: ['dblp', 'not-a-source'], githubToken: 'has spaces in it' },
      follows: [{ key: 's2:1', name: 'Valid Person', followedAt: SAVED }, { key: 's2:2', name: '' }, 'junk'],
      chosen: { 'arxiv:1#0': 'not a key' },
      homepages: { 's2:1': 'javascript:alert(1)', 's2:3': 'https://example.edu/~me' },
    };
    await fakeBrowser.storage.local.set({ [LEGACY_USER_KEY]: damaged });
    const store = createUserData({ now: () => T0 });
    const report = await store.migrate();
    expect(report.from).toBe(0);
    expect(report.issues.map((i) => i.path)).toEqual([
      'settings.hoverDelayMs',
      'secrets.githubToken',
      'follows["s2:2"]',
      'follows["#2"]',
      'corrections.mentions["arxiv:1#0"]',
      'corrections.homepages["s2:1"]',
    ]);
    const { data } = await store.load();
    expect(data.settings.hoverDelayMs).toBe(500);
    expect(data.settings.sources.dblp).toBe(false);
    expect(Object.keys(data.follows)).toEqual(['s2:1']);
    expect(data.corrections.homepages).toEqual({ 's2:3': { url: 'https://example.edu/~me', at: T0 } });
    expect((await fakeBrowser.storage.local.get(LEGACY_BACKUP_KEY))[LEGACY_BACKUP_KEY]).toEqual(damaged);
  });

  it('runs once, and finishes the clean-up a crash left behind', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_USER_KEY]: V0_BLOB });
    expect((await createUserData().migrate()).from).toBe(0);
    await fakeBrowser.storage.local.set({ [LEGACY_USER_KEY]: { follows: [] } });
    const again = createUserData();
    expect((await again.migrate()).from).toBe(USER_DATA_VERSION);
    expect(Object.keys(await again.getFollows())).toHaveLength(2);
    expect((await fakeBrowser.storage.local.get(LEGACY_USER_KEY))[LEGACY_USER_KEY]).toBeUndefined();
  });

  it('leaves data written by a newer Byline alone and says so', async () => {
    await fakeBrowser.storage.local.set({
      [USER_KEYS.version]: 7,
      [USER_KEYS.settings]: { hoverDelayMs: 300, futureField: 1 },
    });
    const store = createUserData();
    const report = await store.migrate();
    expect(report).toMatchObject({ from: 'newer' });
    expect((await store.getSettings()).hoverDelayMs).toBe(300);
    await store.updateSettings({ cardsEnabled: false });
    expect((await fakeBrowser.storage.local.get(USER_KEYS.version))[USER_KEYS.version]).toBe(7);
  });

  it('starts from defaults on a fresh install without writing anything', async () => {
    const store = createUserData();
    expect(await store.load()).toEqual({
      data: { settings: DEFAULT_SETTINGS, secrets: {}, follows: {}, corrections: { mentions: {}, homepages: {} } },
      issues: [],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
