/**
 * What a request to a public API comes back as. Failures are values, never exceptions, so a
 * card can say "rate limited until 14:02" instead of showing a blank box.
 */

/** Why a request produced no usable data. */
export type FailureKind =
  | 'not-found'
  | 'rate-limited'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'malformed'
  | 'too-large'
  | 'forbidden'
  | 'bad-request'
  | 'aborted'
  | 'blocked'
  /** Byline declined to send the request or follow its redirect (a private address, no permission). */
  | 'refused';

/**
 * A wall a host puts in front of scripts instead of the data: a proof-of-work page (Anubis,
 * which dblp runs), a "prove you are human" challenge for guests (OpenReview's API), or a
 * redirect to a sign-in page. Not an error in the data and not a rate limit: asking again soon
 * gets the same wall, so the host is left alone for a long while (`net/host-policy.ts`).
 */
export type BotWall = 'proof-of-work' | 'challenge' | 'sign-in';

/** A failed request: `retryAt` (epoch ms) is set when the host said when to come back. */
export interface HttpFailure {
  ok: false;
  kind: FailureKind;
  status?: number;
  retryAt?: number;
  message: string;
  /** For `blocked`: which wall the host answered with. */
  wall?: BotWall;
}

/** Rate-limit headers as the host reported them; `resetAt` is epoch ms. */
export interface RateLimitInfo {
  limit?: number;
  remaining?: number;
  resetAt?: number;
}

/** A successful response with the few headers Byline needs. */
export interface HttpOk<T> {
  ok: true;
  status: number;
  data: T;
  etag?: string;
  rateLimit?: RateLimitInfo;
}

/** A 304 answer to a conditional request: the stored copy is still current. */
export interface HttpNotModified {
  ok: true;
  status: 304;
  notModified: true;
  etag?: string;
  rateLimit?: RateLimitInfo;
}

/** The value every fetch in `net/` resolves to. */
export type HttpResult<T> = HttpOk<T> | HttpFailure;

/** The value every source client resolves to: normalised data or the failure that stopped it. */
export type Fetched<T> = { ok: true; data: T } | HttpFailure;

/** A failure for data that arrived but does not have the documented shape. */
export function malformed(message: string): HttpFailure {
  return { ok: false, kind: 'malformed', message };
}

/** Reads the data of a successful response into a shape; `undefined` from `read` means malformed. */
export function readFetched<T>(
  res: HttpResult<unknown>,
  read: (raw: unknown) => T | undefined,
  what: string,
): Fetched<T> {
  if (!res.ok) return res;
  const data = read(res.data);
  return data === undefined ? malformed(`${what} does not have the documented shape`) : { ok: true, data };
}
