/**
 * One HTTP attempt: fetch, classify the status, read the body within its byte limit, all
 * under one timeout. The caller's signal is honoured; nothing here throws.
 */
import type { HttpFailure, RateLimitInfo } from './http-result';
import type { NetEnv } from './net-env';
import { parseRetryAfter, readRateLimit } from './rate-headers';
import { readBodyText } from './read-body';

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
  | { type: 'failure'; failure: HttpFailure; answered: boolean; rateLimit?: RateLimitInfo };

const ERROR_BODY_BYTES = 4096;

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
  const rateLimit = readRateLimit(headers, now);
  const etag = headers.get('etag') ?? undefined;
  const extra = { ...(etag === undefined ? {} : { etag }), ...(rateLimit === undefined ? {} : { rateLimit }) };
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
    return { type: 'body', status, text: body.text, ...extra };
  }
  if (status === 304 && req.conditional) return { type: 'not-modified', ...extra };

  const detail = await readErrorDetail(response);
  const message = `${host} answered ${status}${detail ? `: ${detail}` : ''}`;
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  // GitHub signals an exhausted budget with 403 or 429 and `x-ratelimit-remaining: 0`, and
  // secondary limits with `retry-after` (docs/sources.md §5.1); match on headers, not on the text.
  const budgetExhausted = rateLimit?.remaining === 0;
  const rateLimited =
    status === 429 || ((status === 403 || status === 401) && (budgetExhausted || retryAfter !== undefined));
  const fail = (failure: HttpFailure): AttemptResult => ({ type: 'failure', answered: true, failure, ...extra });
  if (rateLimited) {
    const retryAt = retryAfter ?? (budgetExhausted ? rateLimit?.resetAt : undefined);
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
async function readErrorDetail(response: Response): Promise<string | undefined> {
  const body = await readBodyText(response, ERROR_BODY_BYTES).catch(() => undefined);
  if (!body?.ok) return undefined;
  try {
    const parsed: unknown = JSON.parse(body.text);
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
