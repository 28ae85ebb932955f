import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CacheOptions, type CacheProblem, createCache } from './cache';
import { CACHE_ENTRY_VERSION } from './cache-entry';
import { CACHE_INDEX_KEY } from './cache-index';
import { CACHE_POLICIES } from '../domain/sources';
import type { KeyValueArea } from './storage-area';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 0, 1);

let clock: number;
let problems: CacheProblem[];
let area: KeyValueArea;

function makeCache(extra: Partial<CacheOptions> = {}) {
  return createCache({ area, now: () => clock, onProblem: (p) => problems.push(p), ...extra });
}

async function stored(key: string): Promise<unknown> {
  return (await area.get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  problems = [];
  area = fakeBrowser.storage.local;
});

describe('getOrFetch: time to live', () => {
  it('stores a miss under a namespaced key with a versioned entry', async () => {
    const cache = makeCache();
    const result = await cache.getOrFetch('s2-paper', '2403.12968', async () => ({ title: 'LLMLingua-2' }));
    expect(result).toEqual({ value: { title: 'LLMLingua-2' }, stale: false, storedAt: T0 });
    expect(await stored('cache:s2-paper:2403.12968')).toEqual({
      v: CACHE_ENTRY_VERSION,
      kind: 's2-paper',
      storedAt: T0,
      expiresAt: T0 + 7 * DAY,
      staleUntil: T0 + 7 * DAY + CACHE_POLICIES['s2-paper'].staleMs,
      size: expect.any(Number),
      value: { title: 'LLMLingua-2' },
    });
  });

  it('serves fresh entries without fetching and refetches once the kind-specific TTL has passed', async () => {
    const cache = makeCache();
    const paper = vi.fn(async () => 'paper');
    const author = vi.fn(async () => 'author');
    await cache.getOrFetch('s2-paper', 'p', paper);
    await cache.getOrFetch('s2-author', 'a', author);
    clock = T0 + DAY - 1;
    await cache.getOrFetch('s2-author', 'a', author);
    expect(author).toHaveBeenCalledTimes(1);
    clock = T0 + DAY;
    const again = await cache.getOrFetch('s2-author', 'a', author);
    expect(author).toHaveBeenCalledTimes(2);
    expect(again).toMatchObject({ stale: false, storedAt: T0 + DAY });
    await cache.getOrFetch('s2-paper', 'p', paper);
    expect(paper).toHaveBeenCalledTimes(1);
  });

  it('keeps negative answers for the shorter negative TTL and never serves them stale', async () => {
    const cache = makeCache();
    const fetcher = vi.fn(async (): Promise<string | null> => null);
    await cache.getOrFetch('homepage', 'x', fetcher);
    const entry = await stored('cache:homepage:x');
    expect(entry).toMatchObject({ expiresAt: T0 + CACHE_POLICIES.homepage.negativeTtlMs });
    expect(entry).not.toHaveProperty('staleUntil');
    clock = T0 + CACHE_POLICIES.homepage.negativeTtlMs;
    fetcher.mockResolvedValueOnce('found now');
    const result = await cache.getOrFetch('homepage', 'x', fetcher, { allowStale: true });
    expect(result).toMatchObject({ value: 'found now', stale: false });
  });

  it('lets callers say what counts as negative', async () => {
    const cache = makeCache();
    await cache.getOrFetch('github-stars', 'a/b', async () => ({ found: false }), { isNegative: (v) => !v.found });
    expect(await stored('cache:github-stars:a/b')).toMatchObject({
      expiresAt: T0 + CACHE_POLICIES['github-stars'].negativeTtlMs,
    });
  });
});

describe('getOrFetch: stale-while-revalidate', () => {
  it('returns stale data at once, refreshes in the background, then serves the new value', async () => {
    const cache = makeCache();
    await cache.getOrFetch('s2-author', 'a', async () => 'old');
    clock = T0 + 2 * DAY;
    let release: (value: string) => void = () => undefined;
    const slow = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const result = await cache.getOrFetch('s2-author', 'a', slow, { allowStale: true });
    expect(result).toMatchObject({ value: 'old', stale: true, storedAt: T0 });
    expect(slow).toHaveBeenCalledTimes(1);
    release('new');
    await result.revalidation;
    const next = await cache.getOrFetch('s2-author', 'a', slow, { allowStale: true });
    expect(next).toEqual({ value: 'new', stale: false, storedAt: T0 + 2 * DAY });
    expect(slow).toHaveBeenCalledTimes(1);
  });

  it('waits for the network when stale data is not allowed or past its stale window', async () => {
    const cache = makeCache();
    await cache.getOrFetch('s2-author', 'a', async () => 'old');
    clock = T0 + 2 * DAY;
    expect(await cache.getOrFetch('s2-author', 'a', async () => 'new')).toMatchObject({ value: 'new', stale: false });
    clock += DAY + CACHE_POLICIES['s2-author'].staleMs;
    const late = await cache.getOrFetch('s2-author', 'a', async () => 'newest', { allowStale: true });
    expect(late).toMatchObject({ value: 'newest', stale: false });
  });

  it('keeps the stale value and reports when the background refresh fails', async () => {
    const cache = makeCache();
    await cache.getOrFetch('hf-paper', 'p', async () => 'old');
    clock = T0 + 2 * DAY;
    const result = await cache.getOrFetch('hf-paper', 'p', () => Promise.reject(new Error('offline')), {
      allowStale: true,
    });
    await result.revalidation;
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'revalidation-failed', key: 'cache:hf-paper:p' }));
    expect(await cache.peek('hf-paper', 'p')).toEqual({ value: 'old', stale: true, storedAt: T0 });
  });
});

describe('getOrFetch: one request per key', () => {
  it('shares one in-flight fetch between concurrent callers', async () => {
    const cache = makeCache();
    const fetcher = vi.fn(async () => ({ stars: 5100 }));
    const results = await Promise.all(
      [1, 2, 3].map(() => cache.getOrFetch('github-stars', 'microsoft/LLMLingua', fetcher)),
    );
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r.value)).toEqual([{ stars: 5100 }, { stars: 5100 }, { stars: 5100 }]);
    const other = await cache.getOrFetch('github-stars', 'other/repo', fetcher);
    expect(other.value).toEqual({ stars: 5100 });
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('shares a failure, then lets the next caller try again', async () => {
    const cache = makeCache();
    const fetcher = vi.fn().mockRejectedValueOnce(new Error('429')).mockResolvedValue('ok');
    const both = await Promise.allSettled([
      cache.getOrFetch('orcid', 'x', fetcher),
      cache.getOrFetch('orcid', 'x', fetcher),
    ]);
    expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect((await cache.getOrFetch('orcid', 'x', fetcher)).value).toBe('ok');
  });
});

describe('damaged entries', () => {
  const damaged: Array<[string, unknown]> = [
    ['unparsable text', '{"v":1,"kind":'],
    ['wrong shape', { hello: 'world' }],
    ['wrong version', { v: 0, kind: 'orcid', storedAt: T0, expiresAt: T0 + DAY, size: 10, value: 'x' }],
    ['wrong kind', { v: 1, kind: 'openalex', storedAt: T0, expiresAt: T0 + DAY, size: 10, value: 'x' }],
    ['expiry before storage', { v: 1, kind: 'orcid', storedAt: T0, expiresAt: T0 - 1, size: 10, value: 'x' }],
    ['no value', { v: 1, kind: 'orcid', storedAt: T0, expiresAt: T0 + DAY, size: 10 }],
    ['a number', 42],
  ];
  it.each(damaged)('drops %s and reads it as a miss', async (_label, raw) => {
    await area.set({ 'cache:orcid:x': raw });
    const cache = makeCache();
    const result = await cache.getOrFetch('orcid', 'x', async () => 'fresh');
    expect(result).toMatchObject({ value: 'fresh', stale: false });
    expect(problems).toContainEqual({ kind: 'damaged-entry', key: 'cache:orcid:x' });
    expect(await stored('cache:orcid:x')).toMatchObject({ v: CACHE_ENTRY_VERSION, value: 'fresh' });
  });

  it('treats a value the caller validator refuses as damaged', async () => {
    const cache = makeCache();
    await cache.set('dblp-person', 'p', { pid: 42 });
    const isPerson = (v: unknown): v is { pid: string } =>
      typeof v === 'object' && v !== null && typeof (v as { pid?: unknown }).pid === 'string';
    expect(await cache.peek('dblp-person', 'p', isPerson)).toBeUndefined();
    expect(await stored('cache:dblp-person:p')).toBeUndefined();
  });

  it('rebuilds a damaged index from the entries in storage', async () => {
    const cache = makeCache();
    await cache.set('orcid', 'a', 'A');
    await cache.set('openalex', 'b', 'B');
    await area.set({ [CACHE_INDEX_KEY]: 'garbage', 'cache:orcid:broken': { v: 1 } });
    const stats = await cache.stats();
    expect(stats.entries).toBe(2);
    expect(stats.byKind).toEqual({
      orcid: { entries: 1, bytes: expect.any(Number) },
      openalex: { entries: 1, bytes: expect.any(Number) },
    });
    expect(await stored('cache:orcid:broken')).toBeUndefined();
  });
});
