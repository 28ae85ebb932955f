/**
 * Reading the headers hosts use to say "slow down": `Retry-After` (RFC 9110: seconds or an
 * HTTP date), the `X-RateLimit-*` family of GitHub and OpenAlex (docs/sources.md §2.4, §5.1),
 * and the IETF draft's structured `RateLimit` / `RateLimit-Policy` pair that Hugging Face sends
 * (`RateLimit: "api";r=<remaining>;t=<seconds to reset>`,
 * `RateLimit-Policy: "fixed window";"api";q=<allowed>;w=<window seconds>`).
 */
import type { RateLimitInfo } from './http-result';

/** Epoch ms named by a `Retry-After` value, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return now + Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(now, date);
}

/**
 * Epoch ms named by `X-RateLimit-Reset`. GitHub sends epoch seconds; the OpenAlex proxy sends
 * seconds until midnight UTC (docs/sources.md §2.4). Values below 10^9 cannot be a date after 2001, so
 * they are read as a delay.
 */
export function parseRateLimitReset(value: string | null, now: number): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  const seconds = Number(value.trim());
  return seconds < 1e9 ? now + seconds * 1000 : seconds * 1000;
}

/**
 * The first policy of an IETF `RateLimit` header: `r` (requests left) and `t` (seconds until
 * the window resets). Hugging Face names its bucket (`"api"`, `"pages"`, `"resolvers"`).
 */
export function parseRateLimitHeader(
  value: string | null,
  now: number,
): { remaining?: number; resetAt?: number } | undefined {
  const params = firstItemParams(value);
  if (!params) return undefined;
  const remaining = readCount(params.get('r') ?? null);
  const seconds = readCount(params.get('t') ?? null);
  if (remaining === undefined && seconds === undefined) return undefined;
  return {
    ...(remaining === undefined ? {} : { remaining }),
    ...(seconds === undefined ? {} : { resetAt: now + seconds * 1000 }),
  };
}

/** The quota `q` of the first policy of an IETF `RateLimit-Policy` header. */
export function parseRateLimitPolicy(value: string | null): number | undefined {
  return readCount(firstItemParams(value)?.get('q') ?? null);
}

/**
 * The rate-limit headers of a response, if it had any. `X-RateLimit-*` wins where both are
 * sent; the IETF pair fills what is missing.
 */
export function readRateLimit(headers: Headers, now: number): RateLimitInfo | undefined {
  const ietf = parseRateLimitHeader(headers.get('ratelimit'), now);
  const limit = readCount(headers.get('x-ratelimit-limit')) ?? parseRateLimitPolicy(headers.get('ratelimit-policy'));
  const remaining = readCount(headers.get('x-ratelimit-remaining')) ?? ietf?.remaining;
  const resetAt = parseRateLimitReset(headers.get('x-ratelimit-reset'), now) ?? ietf?.resetAt;
  if (limit === undefined && remaining === undefined && resetAt === undefined) return undefined;
  const info: RateLimitInfo = {};
  if (limit !== undefined) info.limit = limit;
  if (remaining !== undefined) info.remaining = remaining;
  if (resetAt !== undefined) info.resetAt = resetAt;
  return info;
}

/**
 * The parameters of the first list member of a structured field (RFC 9651), e.g.
 * `"api";r=0;t=120` → r=0, t=120. Members are split at commas; a quoted name may hold `|`.
 */
function firstItemParams(value: string | null): Map<string, string> | undefined {
  if (value === null) return undefined;
  const first = value.split(',')[0] ?? '';
  const params = new Map<string, string>();
  for (const part of first.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq > 0)
      params.set(
        part.slice(0, eq).trim().toLowerCase(),
        part
          .slice(eq + 1)
          .trim()
          .replace(/^"|"$/g, ''),
      );
  }
  return params.size > 0 ? params : undefined;
}

function readCount(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}
