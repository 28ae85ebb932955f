/**
 * The one way Byline's background reads the network: paced per host, bounded in time and
 * size, retried a little, and always resolving to a value (`HttpResult`).
 */
import { attemptFetch, type AttemptResult } from './fetch-attempt';
import { GITHUB_KEYLESS_KEY, GITHUB_TOKEN_KEY, githubBudgetFrom, type GithubBudget } from './github-budget';
import { createHostGate, type HostState } from './host-gate';
import { hostPolicyFor } from './host-policy';
import { wallMessage } from './bot-wall';
import type { BotWall, HttpFailure, HttpNotModified, HttpResult } from './http-result';
import type { NetEnv } from './net-env';
import { signedInRefusal, type SignedInSource } from './signed-in';

/** One request. `rateKey` separates budgets that share a host (GitHub with and without a token). */
export interface NetRequest {
  url: string;
  method?: 'GET' | 'POST';
  /** Sent as a JSON body (POST batch endpoints). */
  json?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  rateKey?: string;
  /** Longest wait for the host's pacing before the request is refused as rate limited; the client's `maxQueueMs` when absent. */
  maxQueueMs?: number;
  /** Retries after a network error, timeout or 5xx; the client's `maxRetries` when absent. */
  retries?: number;
  /**
   * Follow redirects one hop at a time, each hop checked by `redirects.check` (homepages).
   * Without it the browser follows them itself, as it does for the fixed API hosts.
   */
  redirects?: RedirectPolicy;
  /**
   * Send the user's cookies: only for a source the user signed Byline into, and only to that
   * source's API host (`net/signed-in.ts`). Every other request omits credentials.
   */
  signedInto?: SignedInSource;
}

/** How redirects of one request are followed. */
export interface RedirectPolicy {
  /** Most redirects followed before giving up. */
  maxHops: number;
  /** Why Byline must not go to `url`, or undefined when the hop may be followed. */
  check(url: URL): Promise<string | undefined>;
}

/** Limits of the client; every field has a default. */
export interface NetOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRetries: number;
  maxTotalMs: number;
  maxQueueMs: number;
  maxRetryWaitMs: number;
  retryBaseMs: number;
}

/** The network client handed to every source module. */
export interface NetClient {
  /** GET/POST and parse JSON (`data` is untrusted `unknown`: sources check its shape). */
  fetchJson(req: NetRequest): Promise<HttpResult<unknown>>;
  /** GET and return text (XML from dblp, Atom from arXiv). */
  fetchText(req: NetRequest): Promise<HttpResult<string>>;
  /** GET with `If-None-Match`; a 304 comes back as `notModified`. */
  fetchJsonIfChanged(req: NetRequest & { etag?: string }): Promise<HttpResult<unknown> | HttpNotModified>;
  /** What the limiter remembers about a host or rate key. */
  hostState(rateKey: string): Promise<HostState>;
  /** GitHub's remaining hourly budget, with or without the user's token. */
  githubBudget(options?: { authenticated?: boolean }): Promise<GithubBudget>;
}

/** Defaults: 10 s per attempt, 5 MB bodies, 2 retries within 30 s, queue at most 15 s per host. */
export const DEFAULT_NET_OPTIONS: NetOptions = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRetries: 2,
  maxTotalMs: 30_000,
  maxQueueMs: 15_000,
  maxRetryWaitMs: 5_000,
  retryBaseMs: 500,
};

/** Builds the client over its environment. */
export function createNetClient(env: NetEnv, options: Partial<NetOptions> = {}): NetClient {
  const opts = { ...DEFAULT_NET_OPTIONS, ...options };
  const gate = createHostGate(env.kv, env.clock, env.wallKv);
  const random = env.random ?? Math.random;

  async function run(req: NetRequest, etag?: string): Promise<AttemptResult> {
    const url = new URL(req.url);
    const key = req.rateKey ?? url.host;
    const policy = hostPolicyFor(url.host, req.rateKey);
    const started = env.clock.now();
    const headers: Record<string, string> = { ...req.headers };
    if (req.json !== undefined) headers['content-type'] = 'application/json';
    if (etag !== undefined) headers['if-none-match'] = etag;
    // No cookies or HTTP auth leave with a request, unless the user signed Byline into this source.
    const init: RequestInit = {
      method: req.method ?? 'GET',
      headers,
      credentials: req.signedInto ? 'include' : 'omit',
      // A signed-in request never follows a redirect: its cookies stay with the API host.
      redirect: req.redirects ? 'manual' : req.signedInto ? 'error' : 'follow',
    };
    if (req.json !== undefined) init.body = JSON.stringify(req.json);
    if (req.signedInto) {
      const refusal = signedInRefusal(req.signedInto, url, (await env.signedIn?.(req.signedInto)) ?? false);
      if (refusal) return refused(url.host, refusal);
    }
    const maxRetries = req.retries ?? opts.maxRetries;

    for (let attempt = 0; ; attempt++) {
      if (req.signal?.aborted) return aborted(url.host);
      const ticket = await gate.acquire(key, policy, req.maxQueueMs ?? opts.maxQueueMs);
      if ('blockedUntil' in ticket) return blocked(url.host, ticket.blockedUntil, ticket.wall);
      if (ticket.waitMs > 0 && !(await pause(ticket.waitMs, req.signal))) return aborted(url.host);
      const result = await attemptFetch(env, {
        url: req.url,
        init,
        timeoutMs: req.timeoutMs ?? opts.timeoutMs,
        maxBytes: req.maxBytes ?? opts.maxBytes,
        conditional: etag !== undefined,
        ...(req.signal ? { signal: req.signal } : {}),
      });
      if (result.type !== 'failure') {
        await gate.record(key, policy, answered(result.rateLimit));
        return result;
      }
      const { failure } = result;
      if (failure.kind === 'blocked') {
        // Asking again soon meets the same wall: no retry, and the host is left alone for long.
        failure.retryAt = await gate.recordWall(key, policy, failure.wall ?? 'proof-of-work');
        return result;
      }
      if (failure.kind === 'rate-limited') {
        const until = await gate.record(key, policy, {
          type: 'rate-limited',
          retryAt: failure.retryAt,
          ...rl(result.rateLimit),
        });
        if (until !== undefined) failure.retryAt = until;
        // S2's 429 body can be cached by the browser; retry past the cache (docs/sources.md §1.6).
        init.cache = 'no-store';
      } else if (result.answered) {
        await gate.record(key, policy, answered(result.rateLimit));
      }
      const delay = retryDelay(failure, attempt);
      if (delay === undefined || attempt >= maxRetries) return result;
      // Stop when another full attempt could end past the total budget.
      const timeoutMs = req.timeoutMs ?? opts.timeoutMs;
      if (env.clock.now() - started + delay + timeoutMs > opts.maxTotalMs) return result;
      if (!(await pause(delay, req.signal))) return aborted(url.host);
    }
  }

  /** `run`, following redirects one checked hop at a time when the request asks for it. */
  async function runHops(req: NetRequest, etag?: string): Promise<AttemptResult> {
    const policy = req.redirects;
    if (!policy) return run(req, etag);
    let url = req.url;
    for (let hop = 0; ; hop++) {
      const started = env.clock.now();
      const result = await run({ ...req, url }, etag);
      if (result.type !== 'redirect') return result;
      const from = new URL(url);
      const location = result.location ?? (await env.redirectTarget?.(url, started));
      if (location === undefined)
        return refused(from.host, `${from.host} redirects elsewhere, and Byline cannot see where to check it.`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return refused(from.host, `${from.host} redirects to an address that is not a URL.`);
      }
      if (hop + 1 > policy.maxHops)
        return refused(from.host, `${from.host} redirects more than ${policy.maxHops} times.`);
      const refusal = await policy.check(next);
      if (refusal) return refused(from.host, `${from.host} redirects to ${next.host}: ${refusal}`);
      url = next.href;
    }
  }

  function retryDelay(failure: HttpFailure, attempt: number): number | undefined {
    const now = env.clock.now();
    if (failure.kind === 'rate-limited') {
      const wait = (failure.retryAt ?? Infinity) - now;
      return wait <= opts.maxRetryWaitMs ? Math.max(0, wait) : undefined;
    }
    if (failure.kind !== 'server-error' && failure.kind !== 'timeout' && failure.kind !== 'network') return undefined;
    // Jittered exponential back-off, as S2 asks for 5xx (docs/sources.md §1.6); a 503 `Retry-After` wins if later.
    const backoff = Math.round(opts.retryBaseMs * 2 ** attempt * (0.5 + random()));
    return Math.max(backoff, (failure.retryAt ?? 0) - now);
  }

  async function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
    try {
      await env.clock.sleep(ms, signal);
      return true;
    } catch {
      return false;
    }
  }

  async function fetchText(req: NetRequest): Promise<HttpResult<string>> {
    const result = await runHops(req);
    if (result.type === 'failure') return result.failure;
    if (result.type === 'redirect') return refused(new URL(req.url).host, 'Unexpected redirect').failure;
    if (result.type === 'not-modified')
      return { ok: false, kind: 'bad-request', status: 304, message: 'Unexpected 304' };
    return { ok: true, status: result.status, data: result.text, ...meta(result) };
  }

  async function fetchJsonIfChanged(
    req: NetRequest & { etag?: string },
  ): Promise<HttpResult<unknown> | HttpNotModified> {
    const result = await runHops(req, req.etag);
    if (result.type === 'failure') return result.failure;
    if (result.type === 'redirect') return refused(new URL(req.url).host, 'Unexpected redirect').failure;
    if (result.type === 'not-modified') return { ok: true, status: 304, notModified: true, ...meta(result) };
    try {
      return { ok: true, status: result.status, data: JSON.parse(result.text) as unknown, ...meta(result) };
    } catch {
      return {
        ok: false,
        kind: 'malformed',
        status: result.status,
        message: `${new URL(req.url).host} sent a body that is not JSON`,
      };
    }
  }

  return {
    fetchText,
    fetchJsonIfChanged,
    fetchJson: async (req) => {
      const result = await fetchJsonIfChanged(req);
      return 'notModified' in result
        ? { ok: false, kind: 'bad-request', status: 304, message: 'Unexpected 304' }
        : result;
    },
    hostState: (rateKey) => gate.read(rateKey),
    githubBudget: async (options = {}) => {
      const authenticated = options.authenticated ?? false;
      const state = await gate.read(authenticated ? GITHUB_TOKEN_KEY : GITHUB_KEYLESS_KEY);
      return githubBudgetFrom(state, authenticated, env.clock.now());
    },
  };
}

function answered(rateLimit: AttemptResult['rateLimit']): {
  type: 'answered';
  rateLimit?: NonNullable<AttemptResult['rateLimit']>;
} {
  return { type: 'answered', ...rl(rateLimit) };
}

function rl(rateLimit: AttemptResult['rateLimit']): { rateLimit?: NonNullable<AttemptResult['rateLimit']> } {
  return rateLimit === undefined ? {} : { rateLimit };
}

function meta(result: {
  etag?: string;
  rateLimit?: AttemptResult['rateLimit'];
}): { etag?: string } & ReturnType<typeof rl> {
  return { ...(result.etag === undefined ? {} : { etag: result.etag }), ...rl(result.rateLimit) };
}

function blocked(host: string, until: number, wall?: BotWall): AttemptResult {
  const failure: HttpFailure = wall
    ? { ok: false, kind: 'blocked', wall, retryAt: until, message: wallMessage(host, wall) }
    : {
        ok: false,
        kind: 'rate-limited',
        retryAt: until,
        message: `${host} is rate limited until ${new Date(until).toISOString()}`,
      };
  return { type: 'failure', answered: false, failure };
}

function refused(host: string, message: string): AttemptResult & { type: 'failure' } {
  return {
    type: 'failure',
    answered: false,
    failure: { ok: false, kind: 'refused', message: message || `${host} was not contacted` },
  };
}

function aborted(host: string): AttemptResult {
  return {
    type: 'failure',
    answered: false,
    failure: { ok: false, kind: 'aborted', message: `Request to ${host} was cancelled` },
  };
}
