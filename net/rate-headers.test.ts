import { describe, expect, it } from 'vitest';
import {
  parseRateLimitHeader,
  parseRateLimitPolicy,
  parseRateLimitReset,
  parseRetryAfter,
  readRateLimit,
} from './rate-headers';

const NOW = Date.UTC(2026, 0, 1);

describe('rate-limit headers', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('30', NOW)).toBe(NOW + 30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', NOW)).toBe(NOW + 60_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', NOW)).toBe(NOW);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });

  it('reads X-RateLimit-Reset as epoch seconds (GitHub) or seconds to go (OpenAlex)', () => {
    expect(parseRateLimitReset('1658208999', NOW)).toBe(1_658_208_999_000);
    expect(parseRateLimitReset('3600', NOW)).toBe(NOW + 3_600_000);
    expect(parseRateLimitReset('-1', NOW)).toBeUndefined();
  });

  it('collects the X-RateLimit-* family, or nothing', () => {
    const headers = new Headers({ 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0' });
    expect(readRateLimit(headers, NOW)).toEqual({ limit: 60, remaining: 0 });
    expect(readRateLimit(new Headers(), NOW)).toBeUndefined();
  });

  it("reads Hugging Face's IETF RateLimit / RateLimit-Policy pair", () => {
    expect(parseRateLimitHeader('"api";r=2487;t=155', NOW)).toEqual({ remaining: 2487, resetAt: NOW + 155_000 });
    expect(parseRateLimitHeader('"pages";r=0;t=7, "api";r=5;t=9', NOW)).toEqual({ remaining: 0, resetAt: NOW + 7000 });
    expect(parseRateLimitHeader('"api"', NOW)).toBeUndefined();
    expect(parseRateLimitHeader('"api";r=x;t=-1', NOW)).toBeUndefined();
    expect(parseRateLimitPolicy('"fixed window";"api";q=2500;w=300')).toBe(2500);
    const headers = new Headers({
      RateLimit: '"api";r=0;t=40',
      'RateLimit-Policy': '"fixed window";"api";q=500;w=300',
    });
    expect(readRateLimit(headers, NOW)).toEqual({ limit: 500, remaining: 0, resetAt: NOW + 40_000 });
  });

  it('prefers X-RateLimit-* where a host sends both families', () => {
    const headers = new Headers({ 'X-RateLimit-Remaining': '7', RateLimit: '"api";r=0;t=40' });
    expect(readRateLimit(headers, NOW)).toEqual({ remaining: 7, resetAt: NOW + 40_000 });
  });
});
