import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CacheOptions, type CacheProblem, cacheStats, clearCache, createCache } from './cache';
import { cacheBoundFromSettings } from './cache-bound';
import { CACHE_INDEX_KEY } from './cache-index';
import { createQuotaLimitedArea } from './quota-limited-area';
import type { KeyValueArea } from './storage-area';
import { createUserData } from './user-data';

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2025, 0, 1);
const VALUE = 'x'.repeat(200);

let clock: number;
let problems: CacheProblem[];
let area: KeyValueArea;

function makeCache(extra: Partial<CacheOptions> = {}) {
  return createCache({ area, now: () => clock, onProblem: (p) => problems.push(p), ...extra });
}

async function cacheKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null))
    .filter((k) => k.startsWith('cache:'))
    .sort();
}

/** Bytes one orcid entry with a one-letter id and VALUE takes. */
async function entrySize(): Promise<number> {
  const probe = createCache({ area: fakeBrowser.storage.local, now: () => T0 });
  await probe.set('orcid', 'z', VALUE);
  const { bytes } = await probe.stats();
  await probe.clear();
  return bytes;
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  problems = [];
  area = fakeBrowser.storage.local;
});

describe('size bound', () => {
  it('evicts the least recently used entry first', async () => {
    const size = await entrySize();
    const cache = makeCache({ maxBytes: 3 * size + size / 2 });
    for (const id of ['a', 'b', 'c']) {
      await cache.set('orcid', id, VALUE);
      clock += HOUR;
    }
    clock += 2 * HOUR;
    await cache.getOrFetch('orcid', 'a', async () => 'unused');
    await cache.set('orcid', 'd', VALUE);
    expect(await cacheKeys()).toEqual(['cache:orcid:a', 'cache:orcid:c', 'cache:orcid:d']);
    await cache.set('orcid', 'e', VALUE);
    expect(await cacheKeys()).toEqual(['cache:orcid:a', 'cache:orcid:d', 'cache:orcid:e']);
    expect((await cache.stats()).bytes).toBe(3 * size);
  });

  it('evicts entries past their usable life before anything still usable', async () => {
    const size = await entrySize();
    const cache = makeCache({ maxBytes: 3 * size + size / 2 });
    await cache.set('orcid', 'a', VALUE);
    await cache.set('orcid', 'n', VALUE, { negative: true });
    clock += HOUR;
    expect(await cache.peek('orcid', 'n')).toMatchObject({ stale: false });
    clock = T0 + 25 * HOUR;
    await cache.set('orcid', 'b', VALUE);
    await cache.set('orcid', 'c', VALUE);
    // `n` was used more recently than `a`, but it is dead: it goes first.
    expect(await cacheKeys()).toEqual(['cache:orcid:a', 'cache:orcid:b', 'cache:orcid:c']);
  });

  it('follows a bound read from settings, and trim() applies a lowered bound at once', async () => {
    const size = await entrySize();
    let megabytes = 1;
    const cache = makeCache({ maxBytes: () => megabytes * 1024 * 1024 });
    for (const id of ['a', 'b', 'c', 'd']) {
      await cache.set('orcid', id, VALUE);
      clock += HOUR;
    }
    expect((await cache.stats()).entries).toBe(4);
    megabytes = (2 * size) / (1024 * 1024);
    expect(await cache.trim()).toBe(2);
    expect(await cacheKeys()).toEqual(['cache:orcid:c', 'cache:orcid:d']);
    expect((await cache.stats()).maxBytes).toBe(2 * size);
  });

  it('takes its bound from the cache size setting', async () => {
    const userData = createUserData({ area });
    const cache = makeCache({ maxBytes: cacheBoundFromSettings(userData) });
    expect((await cache.stats()).maxBytes).toBe(8 * 1024 * 1024);
    await userData.updateSettings({ cacheSizeMb: 1.5 });
    expect((await cache.stats()).maxBytes).toBe(1.5 * 1024 * 1024);
  });

  it('does not store a value larger than the whole bound, but still returns it', async () => {
    const cache = makeCache({ maxBytes: 100 });
    const result = await cache.getOrFetch('homepage', 'big', async () => VALUE);
    expect(result.value).toBe(VALUE);
    expect(await cacheKeys()).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'too-large', key: 'cache:homepage:big' }));
  });
});

describe('quota errors', () => {
  const userData = { 'user:settings': { hoverDelayMs: 500 }, 'user:follows': { 's2:1': { name: 'Zhuoshi Pan' } } };

  it('evicts cache entries and retries once when set() is rejected, leaving user data alone', async () => {
    await fakeBrowser.storage.local.set(userData);
    const size = await entrySize();
    const quota = createQuotaLimitedArea(fakeBrowser.storage.local, 6 * size + 600);
    area = quota.area;
    const cache = makeCache();
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      await cache.getOrFetch('orcid', id, async () => VALUE);
      clock += HOUR;
    }
    expect(quota.rejections()).toBeGreaterThan(0);
    expect(problems.map((p) => p.kind)).toContain('quota-exceeded');
    expect(problems.map((p) => p.kind)).not.toContain('write-failed');
    const keys = await cacheKeys();
    expect(keys).toContain('cache:orcid:g');
    expect(keys).not.toContain('cache:orcid:a');
    expect(await fakeBrowser.storage.local.get(Object.keys(userData))).toEqual(userData);
    const stats = await cache.stats();
    expect(stats.entries).toBe(keys.length);
  });

  it('gives up quietly when storage is still full after the retry', async () => {
    await fakeBrowser.storage.local.set(userData);
    const quota = createQuotaLimitedArea(fakeBrowser.storage.local, 200);
    area = quota.area;
    const cache = makeCache();
    const result = await cache.getOrFetch('orcid', 'a', async () => VALUE);
    expect(result.value).toBe(VALUE);
    expect(problems.map((p) => p.kind)).toEqual(['quota-exceeded', 'write-failed']);
    expect(await cacheKeys()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(Object.keys(userData))).toEqual(userData);
  });
});

describe('clearCache and cacheStats', () => {
  it('counts entries by kind and clears only cache keys', async () => {
    await fakeBrowser.storage.local.set({ 'user:settings': { cardsEnabled: true } });
    const cache = makeCache();
    await cache.set('orcid', 'a', VALUE);
    await cache.set('orcid', 'b', VALUE);
    await cache.set('s2-paper', 'c', { title: 'T' });
    const stats = await cacheStats({ area, now: () => clock });
    expect(stats.entries).toBe(3);
    expect(stats.byKind.orcid?.entries).toBe(2);
    expect(stats.byKind['s2-paper']?.entries).toBe(1);
    expect(stats.bytes).toBe((stats.byKind.orcid?.bytes ?? 0) + (stats.byKind['s2-paper']?.bytes ?? 0));
    await area.set({ 'cache:orcid:orphan': 'not indexed' });
    await clearCache({ area });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'user:settings': { cardsEnabled: true } });
    expect(await area.get(CACHE_INDEX_KEY)).toEqual({ [CACHE_INDEX_KEY]: undefined });
  });

  it('uses browser.storage.local when no area is given', async () => {
    const cache = createCache({ now: () => clock });
    await cache.set('openalex', 'A5000', { topics: ['NLP'] });
    expect(await fakeBrowser.storage.local.get('cache:openalex:A5000')).toMatchObject({
      'cache:openalex:A5000': { value: { topics: ['NLP'] } },
    });
  });
});
