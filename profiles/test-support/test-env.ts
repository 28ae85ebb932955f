/**
 * Test support for `profiles/`: a LookupEnv over a routed fake web, a fake clock, in-memory
 * storage and the real name scoring and homepage reader. Not used in the build.
 */
import { readFileSync } from 'node:fs';
import { readHomepage } from '../../homepage/read-homepage';
import { createFakeClock, settle, type FakeClock } from '../../net/test-support/fake-net';
import { createNetClient } from '../../net/net-client';
import { createMemoryKv } from '../../net/net-env';
import { createCache, type CacheProblem } from '../../storage/cache';
import type { KeyValueArea } from '../../storage/storage-area';
import { createUserData } from '../../storage/user-data';
import type { LookupEnv } from '../lookup-env';
import { nameScore } from '../name-score';

/** A request the fake web received. */
export interface SeenRequest {
  host: string;
  /** Path and query, as sent. */
  path: string;
  method: string;
  headers: Record<string, string>;
  /** The fetch options that decide what else leaves with the request. */
  credentials?: RequestCredentials;
  redirect?: RequestRedirect;
}

/** What the fake web answers: a status, headers and a body (empty by default). */
export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

/** One route: a host, an exact path or a pattern over path + query, and its answer. */
export interface FakeRoute {
  host: string;
  path: string | RegExp;
  answer: FakeAnswer | ((req: SeenRequest) => FakeAnswer);
}

const ROOT = new URL('../../', import.meta.url);

/** The text of a repository file (`tests/fixtures/...`), for routes. */
export function repoFile(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8');
}

/** A JSON answer from a repository file. */
export function fileJson(path: string, status = 200, headers: Record<string, string> = {}): FakeAnswer {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: repoFile(path) };
}

/** A JSON answer from a value. */
export function json(value: unknown, status = 200, headers: Record<string, string> = {}): FakeAnswer {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

/** An HTML answer from a repository file. */
export function fileHtml(path: string): FakeAnswer {
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: repoFile(path) };
}

/** An in-memory storage area; values are copied as extension storage copies them. */
export function createMemoryArea(): KeyValueArea & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (keys) => {
      const wanted = keys === null ? [...entries.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (entries.has(key)) out[key] = structuredClone(entries.get(key));
      return out;
    },
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) entries.set(key, structuredClone(value));
    },
    remove: async (keys) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) entries.delete(key);
    },
  };
}

/** Options of createTestEnv. */
export interface TestEnvOptions {
  routes?: FakeRoute[];
  /** Whether Byline may read an origin; github.io only by default (the manifest's host permission). */
  hasOrigin?: (originPattern: string) => boolean;
  start?: number;
}

/** A LookupEnv over the fake web, with what tests need to drive and inspect it. */
export interface TestEnv {
  env: LookupEnv;
  clock: FakeClock;
  area: ReturnType<typeof createMemoryArea>;
  requests: SeenRequest[];
  cacheProblems: CacheProblem[];
  /** Adds routes that win over the ones given before (faults, other answers). */
  route(...routes: FakeRoute[]): void;
  /** Removes every route for a host (the next answers come from routes added later). */
  unroute(host: string): void;
  /** Requests per host since the last `resetRequests`. */
  countByHost(): Record<string, number>;
  requestsTo(host: string): SeenRequest[];
  resetRequests(): void;
  /** Resolves a promise, firing fake timers (host pacing) whenever it waits. */
  run<T>(promise: Promise<T>): Promise<T>;
  /** Moves the clock forward, firing the timers due on the way. */
  advance(ms: number): Promise<void>;
  /** Lets background work (stale-while-revalidate refreshes) finish. */
  drain(): Promise<void>;
}

/** Unrouted requests answer 404, so a test sees a missing route as "not found", never as a hang. */
const NO_ROUTE: FakeAnswer = {
  status: 404,
  headers: { 'content-type': 'application/json' },
  body: '{"error":"no route in the test fake web"}',
};

/** Builds the environment. Hosts the fake web does not know answer 404. */
export function createTestEnv(options: TestEnvOptions = {}): TestEnv {
  const clock = createFakeClock(options.start);
  const area = createMemoryArea();
  const requests: SeenRequest[] = [];
  const cacheProblems: CacheProblem[] = [];
  let routes: FakeRoute[] = [...(options.routes ?? [])];

  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const req: SeenRequest = {
      host: url.host,
      path: url.pathname + url.search,
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      ...(init.credentials ? { credentials: init.credentials } : {}),
      ...(init.redirect ? { redirect: init.redirect } : {}),
    };
    requests.push(req);
    const route = [...routes]
      .reverse()
      .find(
        (r) => r.host === url.host && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(req.path)),
      );
    const answer = route ? (typeof route.answer === 'function' ? route.answer(req) : route.answer) : NO_ROUTE;
    const status = answer.status ?? 200;
    const body = status === 304 || status === 204 ? null : (answer.body ?? '');
    return new Response(body, { status, headers: answer.headers ?? {} });
  };

  const net = createNetClient({ fetch, clock, kv: createMemoryKv(), random: () => 0.5 });
  const cache = createCache({ area, now: clock.now, onProblem: (p) => cacheProblems.push(p) });
  const user = createUserData({ area, now: clock.now });
  const allowed = options.hasOrigin ?? ((origin: string) => /^https:\/\/[^/]+\.github\.io\/\*$/.test(origin));
  const env: LookupEnv = {
    net,
    cache,
    user,
    now: clock.now,
    hasOrigin: async (origin) => allowed(origin),
    nameScore,
    readHomepage,
  };

  const drain = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  };

  return {
    env,
    clock,
    area,
    requests,
    cacheProblems,
    route: (...more) => void routes.push(...more),
    unroute: (host) => {
      routes = routes.filter((r) => r.host !== host);
    },
    countByHost: () => {
      const counts: Record<string, number> = {};
      for (const r of requests) counts[r.host] = (counts[r.host] ?? 0) + 1;
      return counts;
    },
    requestsTo: (host) => requests.filter((r) => r.host === host),
    resetRequests: () => void requests.splice(0),
    run: (promise) => settle(clock, promise),
    advance: async (ms) => {
      const target = clock.now() + ms;
      const waited = clock.sleep(ms);
      while (clock.now() < target && clock.advanceToNext()) await drain();
      await waited;
      await drain();
    },
    drain,
  };
}
