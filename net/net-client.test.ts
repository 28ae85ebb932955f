import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle, textResponse, createFakeClock } from './test-support/fake-net';
import { createMemoryKv } from './net-env';
import { readApiFixture } from '../sources/test-support/fixture-file';

const S2 = 'https://api.semanticscholar.org/graph/v1/author/1';
/** Semantic Scholar with a key: paced 1.1 s apart (keyless requests are not paced). */
const S2_KEYED = { url: S2, rateKey: 'api.semanticscholar.org#key' };
const T0 = Date.UTC(2026, 0, 1);

describe('fetchJson', () => {
  it('returns parsed data with status, etag and rate-limit headers', async () => {
    const { net, clock } = createTestNet([
      jsonResponse({ a: 1 }, 200, {
        etag: '"x"',
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '59',
        'x-ratelimit-reset': String(T0 / 1000 + 3600),
      }),
    ]);
    const result = await settle(clock, net.fetchJson({ url: 'https://api.github.com/repos/a/b' }));
    expect(result).toEqual({
      ok: true,
      status: 200,
      data: { a: 1 },
      etag: '"x"',
      rateLimit: { limit: 60, remaining: 59, resetAt: T0 + 3_600_000 },
    });
  });

  it('maps statuses to failure kinds and keeps the API error text', async () => {
    const { net, clock } = createTestNet([
      jsonResponse({ error: 'Paper with id 0 not found' }, 404),
      jsonResponse({ error: 'Unrecognized or unsupported fields: [unknown]' }, 400),
      jsonResponse({ message: 'Forbidden' }, 403),
    ]);
    const get = (): ReturnType<typeof net.fetchJson> => settle(clock, net.fetchJson({ url: S2 }));
    expect(await get()).toMatchObject({
      ok: false,
      kind: 'not-found',
      status: 404,
      message: expect.stringContaining('Paper with id 0 not found'),
    });
    expect(await get()).toMatchObject({
      ok: false,
      kind: 'bad-request',
      status: 400,
      message: expect.stringContaining('Unrecognized'),
    });
    expect(await get()).toMatchObject({ ok: false, kind: 'forbidden', status: 403 });
  });

  it('reports a body that is not JSON as malformed, without retrying', async () => {
    const { net, clock, calls } = createTestNet([textResponse('<html>oops</html>')]);
    expect(await settle(clock, net.fetchJson({ url: S2 }))).toMatchObject({ ok: false, kind: 'malformed' });
    expect(calls).toHaveLength(1);
  });

  it('stops reading a body over the byte limit (streamed or declared)', async () => {
    const big = 'x'.repeat(2048);
    const { net, clock } = createTestNet([textResponse(big), textResponse('{}', 200, { 'content-length': '999999' })], {
      maxBytes: 1024,
    });
    expect(await settle(clock, net.fetchText({ url: S2 }))).toMatchObject({ ok: false, kind: 'too-large' });
    expect(await settle(clock, net.fetchJson({ url: S2 }))).toMatchObject({ ok: false, kind: 'too-large' });
  });

  it('sends POST bodies as JSON with the caller headers', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse([null])]);
    await settle(
      clock,
      net.fetchJson({ url: S2, method: 'POST', json: { ids: ['0'] }, headers: { 'x-api-key': 'k' } }),
    );
    expect(calls[0]).toMatchObject({
      method: 'POST',
      body: '{"ids":["0"]}',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k' },
    });
  });
});

describe('pacing per host', () => {
  it('spaces requests to one host and persists the spacing across worker restarts', async () => {
    const kv = createMemoryKv();
    const clock = createFakeClock();
    const first = createTestNet([jsonResponse({}), jsonResponse({})], { kv, clock });
    const a = first.net.fetchJson(S2_KEYED);
    const b = first.net.fetchJson(S2_KEYED);
    await settle(clock, Promise.all([a, b]));
    expect(clock.now() - T0).toBe(1100);
    // A restarted worker builds a new client over the same storage.
    const second = createTestNet([jsonResponse({})], { kv, clock });
    await settle(clock, second.net.fetchJson(S2_KEYED));
    expect(clock.now() - T0).toBe(2200);
  });

  it('does not make different hosts wait for each other', async () => {
    const { net, clock } = createTestNet([jsonResponse({}), jsonResponse({})]);
    await settle(
      clock,
      Promise.all([net.fetchJson({ url: S2 }), net.fetchJson({ url: 'https://api.openalex.org/authors/A1' })]),
    );
    expect(clock.now()).toBe(T0);
  });

  it('refuses instead of queueing beyond maxQueueMs', async () => {
    const { net, clock, calls } = createTestNet([textResponse(''), textResponse('')], { maxQueueMs: 6000 });
    const dblp = 'https://dblp.org/pid/1.xml';
    const results = await settle(clock, Promise.all([0, 1, 2].map(() => net.fetchText({ url: dblp }))));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 10_000 });
    expect(calls).toHaveLength(2);
  });
});

describe('429 and budgets', () => {
  it('retries after a short Retry-After in seconds, without the HTTP cache', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse({}, 429, { 'retry-after': '2' }),
      jsonResponse({ ok: 1 }),
    ]);
    const result = await settle(clock, net.fetchJson({ url: S2 }));
    expect(result).toMatchObject({ ok: true, data: { ok: 1 } });
    expect(clock.now() - T0).toBe(2000);
    expect(calls).toHaveLength(2);
  });

  it('returns at once for a long Retry-After date, then refuses without calling the host', async () => {
    const until = new Date(T0 + 120_000).toUTCString();
    const { net, clock, calls } = createTestNet([jsonResponse({}, 429, { 'retry-after': until })]);
    expect(await settle(clock, net.fetchJson({ url: S2 }))).toMatchObject({
      ok: false,
      kind: 'rate-limited',
      status: 429,
      retryAt: T0 + 120_000,
    });
    expect(await settle(clock, net.fetchJson({ url: S2 }))).toMatchObject({
      ok: false,
      kind: 'rate-limited',
      retryAt: T0 + 120_000,
    });
    expect(calls).toHaveLength(1);
    expect(clock.now()).toBe(T0);
  });

  it('backs off exponentially on repeated 429s without Retry-After', async () => {
    const { net, clock } = createTestNet([jsonResponse({}, 429), jsonResponse({}, 429), jsonResponse({}, 429)], {
      maxRetryWaitMs: 0,
    });
    const first = await settle(clock, net.fetchJson({ url: S2 }));
    expect(first).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 1000 });
    clock.sleep(1000).catch(() => undefined);
    clock.advanceToNext();
    const second = await settle(clock, net.fetchJson({ url: S2 }));
    expect(second).toMatchObject({ kind: 'rate-limited', retryAt: T0 + 1000 + 2000 });
  });

  it('treats 403 with X-RateLimit-Remaining 0 as rate limited until the reset', async () => {
    const reset = String(T0 / 1000 + 1800);
    const { net, clock } = createTestNet([
      jsonResponse({ message: 'API rate limit exceeded' }, 403, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
      }),
    ]);
    const result = await settle(clock, net.fetchJson({ url: 'https://api.github.com/repos/a/b' }));
    expect(result).toMatchObject({ ok: false, kind: 'rate-limited', status: 403, retryAt: T0 + 1_800_000 });
  });

  it('blocks a host once a success reports X-RateLimit-Remaining 0 (OpenAlex: reset in seconds)', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse({}, 200, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '600' }),
    ]);
    const url = 'https://api.openalex.org/authors/A1';
    expect(await settle(clock, net.fetchJson({ url }))).toMatchObject({ ok: true });
    expect(await settle(clock, net.fetchJson({ url }))).toMatchObject({
      ok: false,
      kind: 'rate-limited',
      retryAt: T0 + 600_000,
    });
    expect(calls).toHaveLength(1);
  });

  it('accounts the GitHub budget per credential, and refills it after the reset', async () => {
    const reset = String(T0 / 1000 + 3600);
    const { net, clock } = createTestNet([
      jsonResponse({}, 200, { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '41', 'x-ratelimit-reset': reset }),
    ]);
    expect(await net.githubBudget()).toEqual({ authenticated: false, limit: 60, remaining: 60 });
    await settle(clock, net.fetchJson({ url: 'https://api.github.com/repos/a/b' }));
    expect(await net.githubBudget()).toEqual({
      authenticated: false,
      limit: 60,
      remaining: 41,
      resetAt: T0 + 3_600_000,
      observedAt: T0,
    });
    expect(await net.githubBudget({ authenticated: true })).toEqual({
      authenticated: true,
      limit: 5000,
      remaining: 5000,
    });
    clock.sleep(3_600_000).catch(() => undefined);
    clock.advanceToNext();
    expect(await net.githubBudget()).toMatchObject({ remaining: 60 });
  });

  it('spends the known budget at send time: a burst never sends more than GitHub said is left', async () => {
    const reset = String(T0 / 1000 + 3600);
    const budget = (remaining: number) =>
      jsonResponse({}, 200, {
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-reset': reset,
      });
    const { net, clock, calls } = createTestNet([budget(2), budget(1), budget(0), budget(0)]);
    await settle(clock, net.fetchJson({ url: 'https://api.github.com/repos/a/a' }));
    // Two left: of a burst of eight, two are sent and six are refused here, before any answer.
    const burst = await settle(
      clock,
      Promise.all(Array.from({ length: 8 }, (_, i) => net.fetchJson({ url: `https://api.github.com/repos/a/${i}` }))),
    );
    expect(calls).toHaveLength(3);
    expect(burst.filter((r) => r.ok)).toHaveLength(2);
    expect(burst.filter((r) => !r.ok)).toEqual(
      Array.from({ length: 6 }, () => expect.objectContaining({ kind: 'rate-limited', retryAt: T0 + 3_600_000 })),
    );
  });

  it("spends Hugging Face's RateLimit window the same way", async () => {
    const hf = (r: number) => jsonResponse({}, 200, { ratelimit: `"api";r=${r};t=300` });
    const { net, clock, calls } = createTestNet([hf(1), hf(0), hf(0)]);
    await settle(clock, net.fetchJson({ url: 'https://huggingface.co/api/papers/2403.12968' }));
    const burst = await settle(
      clock,
      Promise.all(
        ['2411.02886', '2502.05589', '2503.17439'].map((id) =>
          net.fetchJson({ url: `https://huggingface.co/api/papers/${id}` }),
        ),
      ),
    );
    expect(calls).toHaveLength(2);
    expect(burst.map((r) => r.ok)).toEqual([true, false, false]);
  });

  it("takes the host's count again in a new window", async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse({}, 200, { 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': String(T0 / 1000 + 60) }),
      jsonResponse({}, 200, { 'x-ratelimit-remaining': '59', 'x-ratelimit-reset': String(T0 / 1000 + 7200) }),
      jsonResponse({}, 200, { 'x-ratelimit-remaining': '58', 'x-ratelimit-reset': String(T0 / 1000 + 7200) }),
    ]);
    const url = 'https://api.github.com/repos/a/b';
    await settle(clock, net.fetchJson({ url }));
    clock.sleep(61_000).catch(() => undefined);
    clock.advanceToNext();
    await settle(clock, net.fetchJson({ url }));
    expect(await settle(clock, net.fetchJson({ url }))).toMatchObject({ ok: true });
    expect(calls).toHaveLength(3);
  });

  it('ignores corrupt limiter state in storage', async () => {
    const kv = createMemoryKv();
    await kv.set('net:host:api.semanticscholar.org', { nextAt: 'soon', blockedUntil: null, budget: 7 });
    const { net, clock } = createTestNet([jsonResponse({})], { kv });
    expect(await settle(clock, net.fetchJson({ url: S2 }))).toMatchObject({ ok: true });
  });
});

describe('retries, timeouts and abort', () => {
  it('retries a 5xx with back-off and succeeds', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse({}, 502), jsonResponse({ ok: 1 })]);
    expect(await settle(clock, net.fetchJson(S2_KEYED))).toMatchObject({ ok: true });
    expect(calls).toHaveLength(2);
    expect(clock.now() - T0).toBe(1100); // back-off 500 ms, then the host spacing
  });

  it('gives up after two retries', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse({}, 500),
      jsonResponse({}, 503),
      jsonResponse({}, 500),
      jsonResponse({}),
    ]);
    expect(await settle(clock, net.fetchJson({ url: S2 }))).toMatchObject({
      ok: false,
      kind: 'server-error',
      status: 500,
    });
    expect(calls).toHaveLength(3);
  });

  it('times out a hanging request and keeps the total time bounded', async () => {
    const { net, clock, calls } = createTestNet(['hang', 'hang', 'hang'], { timeoutMs: 10_000, maxTotalMs: 15_000 });
    expect(await settle(clock, net.fetchJson({ url: S2 }))).toMatchObject({ ok: false, kind: 'timeout' });
    expect(calls).toHaveLength(1);
    expect(clock.now() - T0).toBe(10_000);
  });

  it('retries a network error once and reports it', async () => {
    const { net, clock, calls } = createTestNet([new Error('offline'), new Error('offline'), new Error('offline')]);
    expect(await settle(clock, net.fetchJson({ url: S2 }))).toMatchObject({
      ok: false,
      kind: 'network',
      message: expect.stringContaining('offline'),
    });
    expect(calls).toHaveLength(3);
  });

  it('honours the caller signal in flight, while queued and before starting', async () => {
    const { net, clock, calls } = createTestNet(['hang', jsonResponse({})]);
    const controller = new AbortController();
    const inFlight = net.fetchJson({ ...S2_KEYED, signal: controller.signal });
    const queued = net.fetchJson({ ...S2_KEYED, signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect(await settle(clock, inFlight)).toMatchObject({ ok: false, kind: 'aborted' });
    expect(await settle(clock, queued)).toMatchObject({ ok: false, kind: 'aborted' });
    expect(await settle(clock, net.fetchJson({ url: S2, signal: AbortSignal.abort() }))).toMatchObject({
      kind: 'aborted',
    });
    expect(calls).toHaveLength(1);
  });
});

describe('fetchJsonIfChanged', () => {
  it('sends If-None-Match and reports 304 as not modified', async () => {
    const { net, clock, calls } = createTestNet([textResponse('', 304, { etag: '"e"' })]);
    const result = await settle(
      clock,
      net.fetchJsonIfChanged({ url: 'https://api.github.com/repos/a/b', etag: '"e"' }),
    );
    expect(result).toMatchObject({ ok: true, status: 304, notModified: true, etag: '"e"' });
    expect(calls[0]?.headers['if-none-match']).toBe('"e"');
  });
});

describe('bot walls', () => {
  const ANUBIS = readApiFixture('anubis/challenge_page_2026-04-06.html');
  const DBLP = 'https://dblp.org/search/author/api?q=x&format=json';

  it('reports a wall as blocked, never malformed or a server error, and does not retry it', async () => {
    const { net, clock, calls } = createTestNet([textResponse(ANUBIS, 500, { 'content-type': 'text/html' })]);
    const result = await settle(clock, net.fetchJson({ url: DBLP }));
    expect(result).toMatchObject({
      ok: false,
      kind: 'blocked',
      wall: 'proof-of-work',
      status: 500,
      retryAt: T0 + 24 * 3_600_000,
      message: expect.stringContaining('dblp.org is blocking automated requests'),
    });
    expect(calls).toHaveLength(1);
  });

  it('reads a wall served with 200 as blocked too (text and JSON requests)', async () => {
    const { net, clock } = createTestNet([textResponse(ANUBIS), textResponse(ANUBIS)]);
    expect(await settle(clock, net.fetchText({ url: 'https://dblp.org/pid/1/2.xml' }))).toMatchObject({
      kind: 'blocked',
    });
    expect(await settle(clock, net.fetchJson({ url: 'https://example.org/x' }))).toMatchObject({ kind: 'blocked' });
  });

  it('leaves the host alone for a day, across a worker restart, in the wall store', async () => {
    const kv = createMemoryKv();
    const wallKv = createMemoryKv();
    const clock = createFakeClock();
    const first = createTestNet([textResponse(ANUBIS)], { kv, wallKv, clock });
    await settle(clock, first.net.fetchText({ url: 'https://dblp.org/pid/1/2.xml' }));
    expect([...wallKv.entries.keys()]).toEqual(['net:wall:dblp.org']);
    // A new worker with an empty session store still knows the wall.
    const second = createTestNet([textResponse('<dblpperson/>')], { kv: createMemoryKv(), wallKv, clock });
    const again = await settle(clock, second.net.fetchJson({ url: DBLP }));
    expect(again).toMatchObject({ ok: false, kind: 'blocked', wall: 'proof-of-work', retryAt: T0 + 24 * 3_600_000 });
    expect(second.calls).toHaveLength(0);
    expect(await second.net.hostState('api.github.com')).toMatchObject({ strikes: 0 });
  });

  it("blocks OpenReview's guest challenge for hours, and keeps a signed-in rate key apart", async () => {
    const challenge = readApiFixture('openreview/error_403_challenge_required_SYNTHESIZED.json');
    const { net, clock, calls } = createTestNet(
      [textResponse(challenge, 403, { 'content-type': 'application/json' }), jsonResponse({ profiles: [] })],
      { env: { signedIn: async () => true } },
    );
    const url = 'https://api2.openreview.net/profiles?id=~Ada_Exemplar1';
    expect(await settle(clock, net.fetchJson({ url }))).toMatchObject({
      kind: 'blocked',
      wall: 'challenge',
      retryAt: T0 + 6 * 3_600_000,
      message: 'api2.openreview.net asks for a sign-in',
    });
    expect(await settle(clock, net.fetchJson({ url }))).toMatchObject({ kind: 'blocked' });
    expect(calls).toHaveLength(1);
    const signedIn = await settle(
      clock,
      net.fetchJson({ url, signedInto: 'openreview', rateKey: 'api2.openreview.net#session' }),
    );
    expect(signedIn).toMatchObject({ ok: true });
    expect(calls[1]?.credentials).toBe('include');
  });

  it('sends no cookies unless a request opts into the session', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse({})]);
    await settle(clock, net.fetchJson({ url: S2 }));
    expect(calls[0]?.credentials).toBe('omit');
  });
});
