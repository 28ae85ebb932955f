/**
 * Test support: the failure behaviour every source client must show, run against the client
 * through a scripted fake fetch and a fake clock (no real waiting). Not used in the build.
 */
import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle, textResponse } from '../../net/test-support/fake-net';
import type { NetClient } from '../../net/net-client';
import { readApiFixture } from './fixture-file';

const T0 = Date.UTC(2026, 0, 1);

/** How a client is called and what a good answer looks like. */
export interface ContractSubject {
  call(net: NetClient, signal?: AbortSignal): Promise<{ ok: boolean }>;
  success(): Response;
  /** A 2xx body the client cannot use (not JSON, or not the documented shape). */
  malformedBody: string;
}

/** Registers the shared failure tests for one client. */
export function describeFailureContract(name: string, subject: ContractSubject): void {
  const run = async (
    replies: Parameters<typeof createTestNet>[0],
    options: Parameters<typeof createTestNet>[1] = {},
  ) => {
    const t = createTestNet(replies, options);
    return { ...t, result: await settle(t.clock, subject.call(t.net)) };
  };

  describe(`${name}: failures are values`, () => {
    it('succeeds on a good answer', async () => {
      expect((await run([subject.success()])).result.ok).toBe(true);
    });
    it('reports 404 as not-found', async () => {
      expect((await run([jsonResponse({ error: 'not found' }, 404)])).result).toMatchObject({
        ok: false,
        kind: 'not-found',
        status: 404,
      });
    });
    it('reports 429 with Retry-After in seconds, with retryAt', async () => {
      const { result, calls } = await run([
        jsonResponse({ message: 'Too Many Requests' }, 429, { 'retry-after': '120' }),
      ]);
      expect(result).toMatchObject({ ok: false, kind: 'rate-limited', retryAt: T0 + 120_000 });
      expect(calls).toHaveLength(1);
    });
    it('reports 429 with Retry-After as an HTTP date, with retryAt', async () => {
      const date = new Date(T0 + 300_000).toUTCString();
      const { result } = await run([
        textResponse('<title>429 Too Many Requests</title>', 429, { 'retry-after': date }),
      ]);
      expect(result).toMatchObject({ ok: false, kind: 'rate-limited', retryAt: T0 + 300_000 });
    });
    it('reports 429 with only an IETF RateLimit header (Hugging Face), with retryAt at the window end', async () => {
      const { result, calls } = await run([
        jsonResponse({ error: 'Too Many Requests' }, 429, { ratelimit: '"api";r=0;t=90' }),
      ]);
      expect(result).toMatchObject({ ok: false, kind: 'rate-limited', retryAt: T0 + 90_000 });
      expect(calls).toHaveLength(1);
    });
    it('retries a 5xx and then succeeds', async () => {
      const { result, calls } = await run([textResponse('', 503), subject.success()]);
      expect(result.ok).toBe(true);
      expect(calls).toHaveLength(2);
    });
    it('gives up after the retries on repeated 5xx', async () => {
      const { result, calls } = await run([textResponse('', 500), textResponse('', 502), textResponse('', 500)]);
      expect(result).toMatchObject({ ok: false, kind: 'server-error' });
      expect(calls).toHaveLength(3);
    });
    it('times out', async () => {
      const { result, clock } = await run(['hang', 'hang', 'hang']);
      expect(result).toMatchObject({ ok: false, kind: 'timeout' });
      expect(clock.now() - T0).toBeLessThanOrEqual(30_000);
    });
    it('reports a malformed body', async () => {
      expect((await run([textResponse(subject.malformedBody)])).result).toMatchObject({ ok: false, kind: 'malformed' });
    });
    it('reports a bot wall (a recorded Anubis page, 200 or 500) as blocked, without retrying', async () => {
      const page = readApiFixture('anubis/challenge_page_2026-04-06.html');
      for (const status of [200, 500]) {
        const { result, calls } = await run([textResponse(page, status, { 'content-type': 'text/html' })]);
        expect(result).toMatchObject({ ok: false, kind: 'blocked', wall: 'proof-of-work' });
        expect(calls).toHaveLength(1);
      }
    });
    it('refuses an oversize body', async () => {
      const { result } = await run([textResponse('x'.repeat(300_000))], { maxBytes: 200_000 });
      expect(result).toMatchObject({ ok: false, kind: 'too-large' });
    });
    it('stops when the caller aborts', async () => {
      const t = createTestNet(['hang']);
      const controller = new AbortController();
      const pending = subject.call(t.net, controller.signal);
      await new Promise((resolve) => setImmediate(resolve));
      controller.abort();
      expect(await settle(t.clock, pending)).toMatchObject({ ok: false, kind: 'aborted' });
    });
  });
}
