/**
 * Reading the headers hosts use to say "slow down": `Retry-After` (RFC 9110: seconds or an
 * HTTP date) and the `X-RateLimit-*` family of GitHub and OpenAlex (docs/sources.md §2.4, §5.1).
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

/** The `X-RateLimit-*` headers of a response, if it had any. */
export function readRateLimit(headers: Headers, now: number): RateLimitInfo | undefined {
  const limit = readCount(headers.get('x-ratelimit-limit'));
  const remaining = readCount(headers.get('x-ratelimit-remaining'));
  const resetAt = parseRateLimitReset(headers.get('x-ratelimit-reset'), now);
  if (limit === undefined && remaining === undefined && resetAt === undefined) return undefined;
  const info: RateLimitInfo = {};
  if (limit !== undefined) info.limit = limit;
  if (remaining !== undefined) info.remaining = remaining;
  if (resetAt !== undefined) info.resetAt = resetAt;
  return info;
}

function readCount(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}
