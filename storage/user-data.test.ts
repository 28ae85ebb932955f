import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQuotaLimitedArea } from './quota-limited-area';
import { createUserData, DEFAULT_SETTINGS, mentionContextKey, USER_KEYS } from './user-data';

const T0 = Date.UTC(2025, 0, 1);
let clock: number;

function makeStore() {
  return createUserData({ area: fakeBrowser.storage.local, now: () => clock });
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});

describe('settings', () => {
  it('has the documented defaults', async () => {
    const settings = await makeStore().getSettings();
    expect(settings.hoverDelayMs).toBe(500);
    expect(settings.cacheSizeMb).toBe(8);
    expect(settings.cardsEnabled).toBe(true);
    expect(Object.values(settings.sources).every(Boolean)).toBe(true);
    expect(settings.sites).toEqual({
      arxiv: true,
      'acl-anthology': true,
      'huggingface-papers': false,
      dblp: false,
      openreview: false,
      'google-scholar': false,
    });
  });

  it('updates single switches without touching the others, and keeps concurrent updates', async () => {
    const store = makeStore();
    await Promise.all([
      store.updateSettings({ sources: { github: false } }),
      store.updateSettings({ sites: { arxiv: false } }),
      store.updateSettings({ hoverDelayMs: 250 }),
    ]);
    const settings = await store.getSettings();
    expect(settings.sources).toEqual({ ...DEFAULT_SETTINGS.sources, github: false });
    expect(settings.sites).toEqual({
      arxiv: false,
      'acl-anthology': true,
      'huggingface-papers': false,
      dblp: false,
      openreview: false,
      'google-scholar': false,
    });
    expect(settings.hoverDelayMs).toBe(250);
  });

  it('refuses invalid values with a reason and stores nothing', async () => {
    const store = makeStore();
    const bad = await store.updateSettings({ hoverDelayMs: -5, cacheSizeMb: 20 });
    expect(bad).toEqual({ ok: false, message: 'settings.hoverDelayMs: must be a whole number from 0 to 5000' });
    expect(await fakeBrowser.storage.local.get(USER_KEYS.settings)).toEqual({ [USER_KEYS.settings]: undefined });
  });

  it('reads damaged settings as defaults, field by field, with warnings', async () => {
    await fakeBrowser.storage.local.set({
      [USER_KEYS.settings]: { hoverDelayMs: 'fast', cacheSizeMb: 5, sources: { dblp: 'yes', orcid: false } },
    });
    const { data, issues } = await makeStore().load();
    expect(data.settings).toEqual({
      ...DEFAULT_SETTINGS,
      cacheSizeMb: 5,
      sources: { ...DEFAULT_SETTINGS.sources, orcid: false },
    });
    expect(issues.map((i) => i.path)).toEqual(['settings.sources.dblp', 'settings.hoverDelayMs']);
    await fakeBrowser.storage.local.set({ [USER_KEYS.settings]: 'corrupt' });
    expect(await makeStore().load()).toMatchObject({
      data: { settings: DEFAULT_SETTINGS },
      issues: [{ path: 'settings' }],
    });
  });
});

describe('secrets', () => {
  it('stores trimmed tokens in storage.local and removes them on empty input', async () => {
    const store = makeStore();
    expect(await store.updateSecrets({ githubToken: '  ghp_abc123  ', semanticScholarApiKey: 'key' })).toEqual({
      ok: true,
      value: { githubToken: 'ghp_abc123', semanticScholarApiKey: 'key' },
    });
    expect(await store.updateSecrets({ githubToken: '' })).toEqual({
      ok: true,
      value: { semanticScholarApiKey: 'key' },
    });
    expect(await store.updateSecrets({ semanticScholarApiKey: 'two words' })).toMatchObject({ ok: false });
    expect(await store.getSecrets()).toEqual({ semanticScholarApiKey: 'key' });
  });
});

describe('follows', () => {
  it('follows, marks seen with a snapshot, and unfollows', async () => {
    const store = makeStore();
    await store.follow('s2:2114380531', 'Zhuoshi Pan');
    clock += 1000;
    const seen = await store.markSeen('s2:2114380531', {
      takenAt: clock,
      paperIds: ['arxiv:2403.12968'],
      newsKeys: [],
      totalStars: 5000,
    });
    expect(seen).toEqual({
      ok: true,
      value: {
        name: 'Zhuoshi Pan',
        followedAt: T0,
        lastSeenAt: T0 + 1000,
        snapshot: { takenAt: T0 + 1000, paperIds: ['arxiv:2403.12968'], newsKeys: [], totalStars: 5000 },
      },
    });
    clock += 1000;
    await store.follow('s2:2114380531', 'Zhuoshi Pan');
    expect((await store.getFollows())['s2:2114380531']).toMatchObject({ followedAt: T0, lastSeenAt: T0 + 2000 });
    expect(await store.markSeen('s2:nobody')).toMatchObject({ ok: false });
    expect(await store.follow('not a key', 'X')).toMatchObject({ ok: false });
    expect(await store.unfollow('s2:2114380531')).toEqual({ ok: true, value: true });
    expect(await store.getFollows()).toEqual({});
  });

  it('keeps individually valid follows when others are damaged', async () => {
    await fakeBrowser.storage.local.set({
      [USER_KEYS.follows]: {
        's2:1': { name: 'Kept', followedAt: 1, lastSeenAt: 2, snapshot: { takenAt: 'never' } },
        's2:2': { name: 42, followedAt: 1 },
        'bad key': { name: 'X', followedAt: 1 },
      },
    });
    const { data, issues } = await makeStore().load();
    expect(data.follows).toEqual({ 's2:1': { name: 'Kept', followedAt: 1, lastSeenAt: 2 } });
    expect(issues.map((i) => i.path)).toEqual(['follows["s2:1"].snapshot', 'follows["s2:2"]', 'follows["bad key"]']);
  });
});

describe('corrections', () => {
  it('records not-this-person and chosen researchers per mention context', async () => {
    const store = makeStore();
    const context = mentionContextKey({
      normalized: 'zhuoshi pan',
      paper: { kind: 'arxiv', id: '2403.12968', title: 'LLMLingua-2', position: 0, authors: [] },
    });
    expect(context).toBe('arxiv:2403.12968#0');
    expect(mentionContextKey({ normalized: 'zhuoshi pan' })).toBe('name:zhuoshi pan');
    await store.correctMention(context, 'not-this-person');
    await store.correctMention('arxiv:2403.12968#1', { researcherKey: 's2:99' });
    expect(await store.correctMention('x', { researcherKey: 'nope' })).toMatchObject({ ok: false });
    expect((await store.getCorrections()).mentions).toEqual({
      'arxiv:2403.12968#0': { choice: 'not-this-person', at: T0 },
      'arxiv:2403.12968#1': { choice: 'researcher', researcherKey: 's2:99', at: T0 },
    });
    await store.correctMention(context, null);
    expect(Object.keys((await store.getCorrections()).mentions)).toEqual(['arxiv:2403.12968#1']);
  });

  it('sets a homepage only when it is an http(s) address', async () => {
    const store = makeStore();
    expect(await store.setHomepage('s2:1', 'javascript:alert(1)')).toMatchObject({ ok: false });
    expect(await store.setHomepage('s2:1', ' https://pzs19.github.io/ ')).toMatchObject({ ok: true });
    expect((await store.getCorrections()).homepages).toEqual({ 's2:1': { url: 'https://pzs19.github.io/', at: T0 } });
    await store.setHomepage('s2:1', null);
    expect((await store.getCorrections()).homepages).toEqual({});
  });
});

describe('quota', () => {
  it('frees space (the cache, never user data) and retries once when a write is refused', async () => {
    await fakeBrowser.storage.local.set({ 'cache:homepage:big': 'x'.repeat(2000) });
    const quota = createQuotaLimitedArea(fakeBrowser.storage.local, 2100);
    const freeSpace = vi.fn(() => fakeBrowser.storage.local.remove('cache:homepage:big'));
    const store = createUserData({ area: quota.area, now: () => clock, freeSpace });
    expect(await store.follow('s2:1', 'Someone')).toMatchObject({ ok: true });
    expect(freeSpace).toHaveBeenCalledTimes(1);
    expect(Object.keys(await store.getFollows())).toEqual(['s2:1']);
  });

  it('reports a write that still fails instead of throwing', async () => {
    const quota = createQuotaLimitedArea(fakeBrowser.storage.local, 10);
    const store = createUserData({ area: quota.area, freeSpace: async () => undefined });
    expect(await store.follow('s2:1', 'Someone')).toMatchObject({
      ok: false,
      message: expect.stringContaining('quota'),
    });
  });
});
