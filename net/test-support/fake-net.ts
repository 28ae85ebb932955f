/**
 * Test support for `net/` and `sources/`: a fake clock whose timers fire only when a test
 * advances them, a scripted fake `fetch`, and a client built on both. Not used in the build.
 */
import { createNetClient, type NetClient, type NetOptions } from '../net-client';
import { createMemoryKv, type Clock, type KvStore, type NetEnv } from '../net-env';

/** A clock that stands still until `advanceToNext` fires the earliest pending timer. */
export interface FakeClock extends Clock {
  advanceToNext(): boolean;
  pendingTimers(): number;
}

/** Starts at 2026-01-01T00:00:00Z. */
export function createFakeClock(start = Date.UTC(2026, 0, 1)): FakeClock {
  let now = start;
  let seq = 0;
  const timers: { at: number; seq: number; fire: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = { at: now + Math.max(0, ms), seq: seq++, fire: () => resolve() };
        timers.push(timer);
        signal?.addEventListener(
          'abort',
          () => {
            const i = timers.indexOf(timer);
            if (i >= 0) timers.splice(i, 1);
            reject(signal.reason);
          },
          { once: true },
        );
      }),
    advanceToNext: () => {
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift();
      if (!next) return false;
      now = Math.max(now, next.at);
      next.fire();
      return true;
    },
    pendingTimers: () => timers.length,
  };
}

/** Resolves `promise`, firing fake timers whenever nothing else can make progress. */
export async function settle<T>(clock: FakeClock, promise: Promise<T>): Promise<T> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let step = 0; step < 10_000; step++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (done) return promise;
    if (!clock.advanceToNext()) {
      await new Promise((resolve) => setImmediate(resolve));
      if (done) return promise;
      throw new Error('settle: promise is stuck with no timers left');
    }
  }
  throw new Error('settle: too many steps');
}

/** One scripted answer: a response, a network error, or `'hang'` (never answers until aborted). */
export type FakeReply = Response | Error | 'hang';

/** A request the fake fetch received. */
export interface FakeCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Whether cookies were to be sent (`omit` unless the request carries a sign-in). */
  credentials?: RequestCredentials;
  redirect?: RequestRedirect;
}

/** A fetch that answers from a script, in order, and records every call. */
export function createFakeFetch(replies: FakeReply[]): {
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  calls: FakeCall[];
} {
  const calls: FakeCall[] = [];
  const queue = [...replies];
  const fetch = (input: string, init: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    calls.push({
      url: input,
      method: init.method ?? 'GET',
      headers,
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
      ...(init.credentials ? { credentials: init.credentials } : {}),
      ...(init.redirect ? { redirect: init.redirect } : {}),
    });
    const reply = queue.shift() ?? new Error('no scripted reply left');
    if (reply instanceof Response) return Promise.resolve(reply);
    if (reply instanceof Error) return Promise.reject(new TypeError(reply.message));
    return new Promise((_, reject) => {
      const signal = init.signal;
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return { fetch, calls };
}

/** A JSON response with the given status and headers. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A text response with the given status and headers. */
export function textResponse(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 304 ? null : body, { status, headers });
}

/** A client over a fake fetch, fake clock and memory KV, with `random` fixed at 0.5 (no jitter). */
export function createTestNet(
  replies: FakeReply[],
  options: Partial<NetOptions> & {
    kv?: KvStore;
    wallKv?: KvStore;
    clock?: FakeClock;
    env?: Pick<NetEnv, 'redirectTarget' | 'signedIn'>;
  } = {},
): { net: NetClient; calls: FakeCall[]; clock: FakeClock; kv: KvStore } {
  const { kv = createMemoryKv(), wallKv, clock = createFakeClock(), env = {}, ...netOptions } = options;
  const fake = createFakeFetch(replies);
  const net = createNetClient(
    { fetch: fake.fetch, clock, kv, random: () => 0.5, ...(wallKv ? { wallKv } : {}), ...env },
    netOptions,
  );
  return { net, calls: fake.calls, clock, kv };
}
