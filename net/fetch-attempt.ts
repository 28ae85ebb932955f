/**
 * One HTTP attempt: fetch, classify the status, read the body within its byte limit, all
 * under one timeout. The caller's signal is honoured; nothing here throws.
 */
import { WALL_PEEK_BYTES, detectBotWall, isSignInRedirect, wallMessage } from './bot-wall';
import type { BotWall, HttpFailure, RateLimitInfo } from './http-result';
import type { NetEnv } from './net-env';
import { parseRateLimitHeader, parseRetryAfter, readRateLimit } from './rate-headers';
import { readBodyPrefix, readBodyText } from './read-body';

/** What one attempt needs to know. */
export interface AttemptRequest {
  url: string;
  init: RequestInit;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** True when the request carries `If-None-Match`, so 304 is an answer, not an error. */
  conditional: boolean;
}

/** How one attempt ended; `answered` is false when no HTTP response arrived at all. */
export type AttemptResult =
  | { type: 'body'; status: number; text: string; etag?: string; rateLimit?: RateLimitInfo }
  | { type: 'not-modified'; etag?: string; rateLimit?: RateLimitInfo }
  /**
   * A 3xx met with `redirect: 'manual'`. Browsers hand back an opaque redirect (status 0, no
   * headers), so `location` is only known where the fetch exposes it (tests, Node).
   */
  | { type: 'redirect'; location?: string; rateLimit?: RateLimitInfo }
  | { type: 'failure'; failure: HttpFailure; answered: boolean; rateLimit?: RateLimitInfo };

/** Runs one attempt. */
export async function attemptFetch(env: NetEnv, req: AttemptRequest): Promise<AttemptResult> {
  const host = new URL(req.url).host;
  const controller = new AbortController();
  const timer = new AbortController();
  let timedOut = false;
  const onCallerAbort = (): void => controller.abort(req.signal?.reason);
  if (req.signal?.aborted) return abortedAttempt(host);
  req.signal?.addEventListener('abort', onCallerAbort, { once: true });
  env.clock.sleep(req.timeoutMs, timer.signal).then(
    () => {
      timedOut = true;
      controller.abort(new DOMException(`${host} took longer than ${req.timeoutMs} ms`, 'TimeoutError'));
    },
    () => undefined,
  );
  try {
    const doFetch = env.fetch;
    const response = await doFetch(req.url, { ...req.init, signal: controller.signal });
    return await classify(response, req, host, env.clock.now());
  } catch (error) {
    if (timedOut)
      return {
        type: 'failure',
        answered: false,
        failure: { ok: false, kind: 'timeout', message: `${host} did not answer within ${req.timeoutMs} ms` },
      };
    if (req.signal?.aborted) return abortedAttempt(host);
    const detail = error instanceof Error ? error.message : String(error);
    return {
      type: 'failure',
      answered: false,
      failure: { ok: false, kind: 'network', message: `${host} could not be reached: ${detail}` },
    };
  } finally {
    timer.abort();
    req.signal?.removeEventListener('abort', onCallerAbort);
  }
}

async function classify(response: Response, req: AttemptRequest, host: string, now: number): Promise<AttemptResult> {
  const { status, headers } = response;
  if (
    req.init.redirect === 'manual' &&
    (response.type === 'opaqueredirect' || (status >= 300 && status < 400 && status !== 304))
  ) {
    await response.body?.cancel().catch(() => undefined);
    const location = headers.get('location');
    return location === null ? { type: 'redirect' } : { type: 'redirect', location };
  }
  const rateLimit = readRateLimit(headers, now);
  const etag = headers.get('etag') ?? undefined;
  const extra = { ...(etag === undefined ? {} : { etag }), ...(rateLimit === undefined ? {} : { rateLimit }) };
  const walled = (wall: BotWall): AttemptResult => ({
    type: 'failure',
    answered: true,
    failure: { ok: false, kind: 'blocked', status, wall, message: wallMessage(host, wall) },
    ...extra,
  });
  if (isSignInRedirect(req.url, response)) {
    await response.body?.cancel().catch(() => undefined);
    return walled('sign-in');
  }
  if (status >= 200 && status < 300) {
    const body = await readBodyText(response, req.maxBytes);
    if (!body.ok) {
      const failure: HttpFailure = {
        ok: false,
        kind: 'too-large',
        status,
        message: `${host} sent more than ${req.maxBytes} bytes`,
      };
      return { type: 'failure', answered: true, failure, ...extra };
    }
    const wall = detectBotWall(status, body.text);
    if (wall) return walled(wall);
    return { type: 'body', status, text: body.text, ...extra };
  }
  if (status === 304 && req.conditional) return { type: 'not-modified', ...extra };

  // A wall is recognised before the status is: dblp's Anubis page comes with 500 on its search API.
  const peek = await readBodyPrefix(response, WALL_PEEK_BYTES).catch(() => '');
  const wall = detectBotWall(status, peek);
  if (wall) return walled(wall);
  const detail = errorDetail(peek);
  const message = `${host} answered ${status}${detail ? `: ${detail}` : ''}`;
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  // GitHub signals an exhausted budget with 403 or 429 and `x-ratelimit-remaining: 0`, and
  // secondary limits with `retry-after` (docs/sources.md §5.1); match on headers, not on the text.
  const budgetExhausted = rateLimit?.remaining === 0;
  const rateLimited =
    status === 429 || ((status === 403 || status === 401) && (budgetExhausted || retryAfter !== undefined));
  const fail = (failure: HttpFailure): AttemptResult => ({ type: 'failure', answered: true, failure, ...extra });
  if (rateLimited) {
    // Hugging Face's 429 names its reset only in `RateLimit: …;t=<seconds>`: wait that long.
    const windowReset = parseRateLimitHeader(headers.get('ratelimit'), now)?.resetAt;
    const retryAt = retryAfter ?? windowReset ?? (budgetExhausted ? rateLimit?.resetAt : undefined);
    return fail({ ok: false, kind: 'rate-limited', status, message, ...(retryAt === undefined ? {} : { retryAt }) });
  }
  if (status === 404 || status === 410) return fail({ ok: false, kind: 'not-found', status, message });
  if (status === 401 || status === 403) return fail({ ok: false, kind: 'forbidden', status, message });
  if (status >= 500)
    return fail({
      ok: false,
      kind: 'server-error',
      status,
      message,
      ...(retryAfter === undefined ? {} : { retryAt: retryAfter }),
    });
  if (status >= 400) return fail({ ok: false, kind: 'bad-request', status, message });
  return fail({ ok: false, kind: 'server-error', status, message });
}

/** The `error` / `message` text of a JSON error body (S2, OpenAlex, GitHub), if short. */
function errorDetail(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const record = parsed as Record<string, unknown>;
    const text = typeof record.error === 'string' ? record.error : record.message;
    return typeof text === 'string' ? text.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

function abortedAttempt(host: string): AttemptResult {
  return {
    type: 'failure',
    answered: false,
    failure: { ok: false, kind: 'aborted', message: `Request to ${host} was cancelled` },
  };
}
