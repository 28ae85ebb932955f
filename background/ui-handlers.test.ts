import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliverMessagesAs } from '../messaging/test-support/deliver-as';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHomepage } from '../homepage/read-homepage';
import { sendMessage } from '../messaging/protocol';
import type { HttpResult } from '../net/http-result';
import type { NetClient, NetRequest } from '../net/net-client';
import type { LookupEnv } from '../profiles/lookup-env';
import { normalizeName } from '../names';
import { lookupResearcher } from '../profiles/lookup-researcher';
import { nameScore } from '../profiles/name-score';
import { createCache } from '../storage/cache';
import { createUserData } from '../storage/user-data';
import { registerUiHandlers } from './ui-handlers';

const NOW = Date.UTC(2026, 2, 1, 12);
const PAN = {
  authorId: '2114380531',
  name: 'Zhuoshi Pan',
  affiliations: ['Tsinghua University'],
  paperCount: 15,
  citationCount: 1234,
  hIndex: 9,
};
const NAMESAKE = { authorId: '999', name: 'Z. Pan', affiliations: [], paperCount: 80, citationCount: 90 };
const LINGUA = {
  paperId: 'p1',
  title: 'LLMLingua-2: Data Distillation for Prompt Compression',
  year: 2024,
  externalIds: { ArXiv: '2403.12968' },
  authors: [PAN],
};
const NEWER = {
  paperId: 'p2',
  title: 'A Newer Paper on Compression',
  year: 2026,
  externalIds: { ArXiv: '2602.00001' },
  authors: [PAN],
};

/** The S2 answers the fake network gives; tests change them to make something "new". */
let s2: { search: unknown; author: unknown; papers: unknown[] } | 'rate-limited';
/** Every URL the fake network was asked for. */
let asked: string[] = [];
let stop: () => void;

function fakeNet(): NetClient {
  const notFound: HttpResult<never> = { ok: false, kind: 'not-found', status: 404, message: 'not found' };
  const fetchJson = async (req: NetRequest): Promise<HttpResult<unknown>> => {
    asked.push(req.url);
    if (s2 === 'rate-limited')
      return { ok: false, kind: 'rate-limited', status: 429, retryAt: NOW + 60_000, message: '429' };
    const ok = (data: unknown): HttpResult<unknown> => ({ ok: true, status: 200, data });
    if (req.url.includes('/author/search?')) return ok(s2.search);
    if (req.url.includes(`/author/${PAN.authorId}/papers?`)) return ok({ offset: 0, data: s2.papers });
    if (req.url.includes(`/author/${PAN.authorId}?`)) return ok(s2.author);
    return notFound;
  };
  return {
    fetchJson,
    fetchText: async () => notFound,
    fetchJsonIfChanged: async () => notFound,
    hostState: async () => ({}) as Awaited<ReturnType<NetClient['hostState']>>,
    githubBudget: async () => ({}) as Awaited<ReturnType<NetClient['githubBudget']>>,
  };
}

function testEnv(): LookupEnv {
  return {
    net: fakeNet(),
    cache: createCache({ now: () => NOW }),
    user: createUserData({ now: () => NOW }),
    now: () => NOW,
    hasOrigin: async () => false,
    nameScore,
    readHomepage,
  };
}

const sendAs = deliverMessagesAs;

let env: LookupEnv;
beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  s2 = { search: { offset: 0, data: [NAMESAKE, PAN] }, author: PAN, papers: [LINGUA] };
  env = testEnv();
  // Code and star sources are not what these tests are about.
  await env.user.updateSettings({ sources: { github: false, 'hugging-face': false } });
  stop = registerUiHandlers(env);
  sendAs({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
});
afterEach(() => stop());

describe('searchResearchers', () => {
  it('lists candidates, closest name first, each with a line that tells them apart', async () => {
    const answer = await sendMessage('searchResearchers', { name: 'Zhuoshi Pan' });
    expect(answer).toEqual({
      ok: true,
      candidates: [
        {
          key: 's2:2114380531',
          name: 'Zhuoshi Pan',
          affiliation: 'Tsinghua University',
          paperCount: 15,
          citationCount: 1234,
          hIndex: 9,
        },
        { key: 's2:999', name: 'Z. Pan', paperCount: 80, citationCount: 90 },
      ],
    });
  });

  it('asks for a hyphenated name without hyphens, and shares the cached answer with the card', async () => {
    await sendMessage('searchResearchers', { name: 'Zhuo-shi Pan' });
    const searches = asked.filter((url) => url.includes('/author/search?'));
    expect(searches).toHaveLength(1);
    expect(new URL(searches[0]!).searchParams.get('query')).toBe('Zhuo shi Pan');
    // The card's name search for the same name reads the same cache entry: no second request.
    const printed = 'Zhuo-shi Pan';
    await lookupResearcher({ printed, normalized: normalizeName(printed), pageType: 'arxiv-search' }, env);
    expect(asked.filter((url) => url.includes('/author/search?'))).toHaveLength(1);
  });

  it('says when Semantic Scholar is switched off or busy', async () => {
    await env.user.updateSettings({ sources: { 'semantic-scholar': false } });
    expect(await sendMessage('searchResearchers', { name: 'Zhuoshi Pan' })).toMatchObject({
      ok: false,
      reason: 'disabled',
    });
    await env.user.updateSettings({ sources: { 'semantic-scholar': true } });
    s2 = 'rate-limited';
    expect(await sendMessage('searchResearchers', { name: 'Zhuoshi Pan' })).toMatchObject({
      ok: false,
      reason: 'rate-limited',
      retryAt: NOW + 60_000,
    });
  });
});

describe('lookupByKey', () => {
  it('builds the card of the researcher picked, without storing a correction', async () => {
    const result = await sendMessage('lookupByKey', { key: 's2:2114380531', name: 'Zhuoshi Pan' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.key).toBe('s2:2114380531');
    expect(result.profile.affiliation?.value).toBe('Tsinghua University');
    expect(result.profile.papers.map((p) => p.title)).toEqual([LINGUA.title]);
    expect(result.match.reason).toBe('Semantic Scholar author 2114380531, as you chose');
    expect((await env.user.getCorrections()).mentions).toEqual({});
  });
});

describe('follows', () => {
  it('remembers the card when followed and tells what is new since', async () => {
    const card = await sendMessage('lookupByKey', { key: 's2:2114380531', name: 'Zhuoshi Pan' });
    if (!card.ok) throw new Error(card.message);
    expect(card.following).toBe(false);
    expect(await sendMessage('setFollow', { profile: card.profile, following: true })).toEqual({ following: true });
    const stored = (await env.user.getFollows())['s2:2114380531'];
    expect(stored?.snapshot).toMatchObject({ takenAt: NOW, citations: 1234 });
    expect(stored?.snapshot?.paperIds).toContain('arxiv:2403.12968');

    expect((await sendMessage('listFollows', undefined))[0]?.news).toEqual({ papers: [], news: [] });
    await env.cache.clear();
    s2 = { search: { offset: 0, data: [] }, author: { ...PAN, citationCount: 1300 }, papers: [NEWER, LINGUA] };
    const [follow] = await sendMessage('listFollows', undefined);
    expect(follow).toMatchObject({
      key: 's2:2114380531',
      name: 'Zhuoshi Pan',
      news: { papers: [NEWER.title], news: [], citationsGained: 66 },
    });

    const seen = await sendMessage('lookupByKey', { key: 's2:2114380531', name: 'Zhuoshi Pan' });
    if (!seen.ok) throw new Error(seen.message);
    // The follow state is part of the answer: the card asks no second question.
    expect(seen.following).toBe(true);
    expect(await sendMessage('markFollowSeen', { profile: seen.profile })).toEqual({ ok: true });
    expect((await sendMessage('listFollows', undefined))[0]?.news).toEqual({ papers: [], news: [] });

    expect(await sendMessage('setFollow', { profile: seen.profile, following: false })).toEqual({ following: false });
    expect(await sendMessage('listFollows', undefined)).toEqual([]);
  });

  it('takes a first snapshot of a follow made without one', async () => {
    await env.user.follow('s2:2114380531', 'Zhuoshi Pan');
    const [follow] = await sendMessage('listFollows', undefined);
    expect(follow).toMatchObject({ key: 's2:2114380531', name: 'Zhuoshi Pan' });
    expect(follow?.news).toBeUndefined();
    expect((await env.user.getFollows())['s2:2114380531']?.snapshot?.paperIds).toContain('arxiv:2403.12968');
  });
});

describe('checking many follows', () => {
  it('looks up at most 3 follows per opening, and each at most once a day', async () => {
    const requests: string[] = [];
    const net = env.net;
    env.net = {
      ...net,
      fetchJson: (req) => {
        requests.push(req.url);
        return net.fetchJson(req);
      },
    };
    stop();
    stop = registerUiHandlers(env);
    for (let i = 0; i < 7; i++) await env.user.follow(`s2:${5000 + i}`, `Researcher ${String(i).padStart(2, '0')}`);
    const asked = (from: number) =>
      new Set(requests.slice(from).flatMap((u) => /author\/(\d+)/.exec(u)?.[1] ?? [])).size;
    const first = await sendMessage('listFollows', undefined);
    expect(first).toHaveLength(7);
    expect(asked(0)).toBe(3);
    // A few requests per opening, whatever the length of the list.
    expect(requests.length).toBeLessThanOrEqual(3 * 3);
    expect(first.filter((f) => /Not checked yet/.test(f.problem ?? ''))).toHaveLength(4);
    // The next openings go on with the others, and ask nothing about the ones checked today.
    let before = requests.length;
    await sendMessage('listFollows', undefined);
    expect(asked(before)).toBe(3);
    before = requests.length;
    const third = await sendMessage('listFollows', undefined);
    expect(asked(before)).toBe(1);
    expect(third.filter((f) => /Not checked yet/.test(f.problem ?? ''))).toHaveLength(0);
    before = requests.length;
    await sendMessage('listFollows', undefined);
    expect(requests.length).toBe(before);
  });
});

/** Semantic Scholar answers every one of the 20 followed ids, in its author and papers shapes. */
function twentyFollows(failing: string[] = []) {
  let clock = NOW;
  const requests: string[] = [];
  const ok = (data: unknown): HttpResult<unknown> => ({ ok: true, status: 200, data });
  const net = fakeNet();
  const counted: LookupEnv = {
    ...testEnv(),
    now: () => clock,
    cache: createCache({ now: () => clock }),
    user: createUserData({ now: () => clock }),
    net: {
      ...net,
      fetchJson: async (req) => {
        requests.push(req.url);
        const id = /\/author\/(6\d{3})/.exec(req.url)?.[1];
        if (!id) return net.fetchJson(req);
        if (failing.includes(id)) return { ok: false, kind: 'server-error', status: 503, message: '503' };
        const author = { ...PAN, authorId: id, name: `Researcher ${id}` };
        if (req.url.includes('/papers?')) return ok({ offset: 0, data: [{ ...LINGUA, authors: [author] }] });
        return ok(author);
      },
    },
  };
  return {
    env: counted,
    requests,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('the popup opened with 20 follows', () => {
  it('asks a few requests at most per opening when the checks are stale, and none when they are from today', async () => {
    const { env: counted, requests, advance } = twentyFollows();
    await counted.user.updateSettings({ sources: { github: false, 'hugging-face': false } });
    stop();
    stop = registerUiHandlers(counted);
    for (let i = 0; i < 20; i++) await counted.user.follow(`s2:${6000 + i}`, `Researcher ${6000 + i}`);
    const open = async () => {
      const before = requests.length;
      const list = await sendMessage('listFollows', undefined);
      const made = requests.slice(before);
      return { list, made, researchers: new Set(made.flatMap((u) => /author\/(\d+)/.exec(u)?.[1] ?? [])).size };
    };

    // Never checked: 3 researchers per opening, 7 openings for all 20.
    const perOpening: number[] = [];
    for (let n = 0; n < 7; n++) {
      const { made, researchers } = await open();
      perOpening.push(made.length);
      expect(researchers).toBeLessThanOrEqual(3);
    }
    expect(Math.max(...perOpening)).toBeLessThanOrEqual(3 * 3);

    // Checked within the day: the list comes from the cache, with no request at all.
    advance(23 * 60 * 60 * 1000);
    const cached = await open();
    expect(cached.made).toEqual([]);
    expect(cached.list).toHaveLength(20);
    expect(cached.list.filter((f) => /Not checked yet/.test(f.problem ?? ''))).toEqual([]);

    // A day later every check is stale: again at most 3 researchers, a few requests, per opening.
    advance(2 * 60 * 60 * 1000);
    const stale = await open();
    expect(stale.researchers).toBe(3);
    expect(stale.made.length).toBeLessThanOrEqual(3 * 3);
    expect(stale.list).toHaveLength(20);
    console.info(
      `follows: ${perOpening.join('/')} requests over the first 7 openings; 0 cached; ${stale.made.length} stale`,
    );
  });
});

describe('follows whose check fails', () => {
  it('do not hold up the others, and are not asked again at every opening (Semantic Scholar down for 3 of 20)', async () => {
    const { env: counted, requests } = twentyFollows(['6000', '6001', '6002']);
    await counted.user.updateSettings({ sources: { github: false, 'hugging-face': false } });
    stop();
    stop = registerUiHandlers(counted);
    for (let i = 0; i < 20; i++) await counted.user.follow(`s2:${6000 + i}`, `Researcher ${6000 + i}`);
    const asked: string[][] = [];
    for (let n = 0; n < 8; n++) {
      const before = requests.length;
      await sendMessage('listFollows', undefined);
      asked.push([...new Set(requests.slice(before).flatMap((u) => /author\/(\d+)/.exec(u)?.[1] ?? []))]);
    }
    expect(asked.every((ids) => ids.length <= 3)).toBe(true);
    // Every researcher asked about once in the day, the failing three included, none twice.
    expect(asked.flat()).toHaveLength(20);
    expect(new Set(asked.flat()).size).toBe(20);
    expect(asked.at(-1)).toEqual([]);
  });
});

describe('cache entries', () => {
  it('reports the cache size and clears it', async () => {
    await sendMessage('searchResearchers', { name: 'Zhuoshi Pan' });
    expect((await sendMessage('cacheInfo', undefined)).entries).toBeGreaterThan(0);
    expect(await sendMessage('clearCache', undefined)).toEqual({ ok: true });
    expect((await sendMessage('cacheInfo', undefined)).entries).toBe(0);
    expect((await env.user.getSettings()).sources.github).toBe(false);
  });
});

describe('senders', () => {
  it('answers no other extension, and no web page for page-only entries', async () => {
    sendAs({ id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' });
    await expect(sendMessage('cacheInfo', undefined)).rejects.toThrow(/foreign sender/);
    sendAs({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2403.12968' });
    await expect(sendMessage('clearCache', undefined)).rejects.toThrow(/foreign sender/);
  });
});
