import type { IncomingHttpHeaders } from 'node:http';

/**
 * The documented keyless limits of the sources, enforced by the fake web with each host's own
 * headers and refusals (the facts are in docs/sources.md). A limit sees every request to its
 * host before the route answers; it either adds its headers to the answer or refuses it.
 * Windows run on the real clock: a run that compresses a user's hour into minutes meets the
 * hourly limits in full and the per-minute and per-second ones at a faster pace than a person
 * would cause.
 */

export interface LimitRequest {
  host: string;
  url: URL;
  headers: IncomingHttpHeaders;
  now: number;
}

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers for the answer, or a refusal that replaces it. */
export type LimitVerdict = { headers: Record<string, string> } | { refuse: Refusal };

/** One host's limit; undefined when the request is not its business. */
export type Limit = (req: LimitRequest) => LimitVerdict | undefined;

/** A counter that starts its window at the first request and restarts it once the window has passed. */
export function fixedWindow(limit: number, windowMs: number) {
  let start = Number.NaN;
  let used = 0;
  return {
    /** Counts a request when `charge`; returns what is left and when the window resets (epoch ms). */
    take(now: number, charge = 1): { allowed: boolean; remaining: number; resetAt: number; used: number } {
      if (Number.isNaN(start) || now >= start + windowMs) {
        start = now;
        used = 0;
      }
      const allowed = used + charge <= limit;
      if (allowed) used += charge;
      return { allowed, remaining: Math.max(0, limit - used), resetAt: start + windowMs, used };
    },
  };
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/**
 * GitHub REST without a token: 60 an hour for everything but search ("core"), 10 a minute for
 * `/search/*`, both per IP, reported in `X-RateLimit-Limit/Remaining/Reset/Used/Resource`. Over
 * the limit: 403 with remaining 0 and the documented message. A conditional request answered 304
 * still costs a keyless caller (only an authorised 304 is free). `/rate_limit` is free.
 * A request with `Authorization` has its own 5,000 an hour.
 */
export function githubLimit(): Limit {
  const core = fixedWindow(60, 60 * 60_000);
  const search = fixedWindow(10, 60_000);
  const token = fixedWindow(5000, 60 * 60_000);
  return ({ host, url, headers, now }) => {
    if (host !== 'api.github.com' || url.pathname === '/rate_limit') return undefined;
    const isSearch = url.pathname.startsWith('/search/');
    const [bucket, limit, resource] = headers.authorization
      ? [token, 5000, 'core']
      : isSearch
        ? [search, 10, 'search']
        : [core, 60, 'core'];
    const t = bucket.take(now);
    const rate = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(t.remaining),
      'x-ratelimit-reset': String(Math.ceil(t.resetAt / 1000)),
      'x-ratelimit-used': String(t.used),
      'x-ratelimit-resource': resource,
    };
    if (t.allowed) return { headers: rate };
    return {
      refuse: {
        status: 403,
        headers: { ...JSON_HEADERS, ...rate },
        body: JSON.stringify({
          message:
            "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        }),
      },
    };
  };
}

/** A seeded generator (mulberry32): the same run refuses the same requests. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Semantic Scholar's keyless pool is shared by every keyless user in the world: a client cannot
 * know its share, and in practice any request may get 429 at any pace. Modelled as a refusal
 * with probability `rate`, with the documented body and no rate-limit headers (S2 sends none).
 */
export function semanticScholarPool(rate: number, random: () => number): Limit {
  return ({ host }) => {
    if (host !== 'api.semanticscholar.org') return undefined;
    if (random() >= rate) return { headers: {} };
    return {
      refuse: {
        status: 429,
        headers: JSON_HEADERS,
        body: JSON.stringify({
          message:
            'Too Many Requests. Please wait and try again or apply for a key for higher rate limits. https://www.semanticscholar.org/product/api#api-key-form',
          code: '429',
        }),
      },
    };
  };
}

/**
 * Hugging Face Hub, anonymous: 500 "api" requests per 5-minute window per IP, told in the
 * IETF `RateLimit: "api";r=<remaining>;t=<seconds to reset>` header with its `RateLimit-Policy`;
 * over it, 429 with the same headers.
 */
export function huggingFaceLimit(): Limit {
  const api = fixedWindow(500, 5 * 60_000);
  return ({ host, url, now }) => {
    if (host !== 'huggingface.co' || !url.pathname.startsWith('/api/')) return undefined;
    const t = api.take(now);
    const seconds = Math.max(0, Math.ceil((t.resetAt - now) / 1000));
    const headers = {
      ratelimit: `"api";r=${t.remaining};t=${seconds}`,
      'ratelimit-policy': '"fixed window";"api";q=500;w=300',
    };
    if (t.allowed) return { headers };
    return {
      refuse: {
        status: 429,
        headers: { ...JSON_HEADERS, ...headers, 'retry-after': String(seconds) },
        body: JSON.stringify({
          error: `Retry after ${seconds} seconds (0/500 requests remaining in current 300s window)`,
        }),
      },
    };
  };
}

/**
 * OpenAlex without a key: 10 requests a second, and a daily budget of 1,000 credits where one
 * entity by id or DOI is free, a list or filter costs 1 and a search 10. Headers
 * `X-RateLimit-Limit/Remaining/Credits-Used` and `X-RateLimit-Reset` in seconds to midnight UTC;
 * 429 with `Retry-After` over either.
 */
export function openAlexLimit(): Limit {
  const second = fixedWindow(10, 1000);
  let day = Number.NaN;
  let credits = 0;
  return ({ host, url, now }) => {
    if (host !== 'api.openalex.org') return undefined;
    const today = Math.floor(now / 86_400_000);
    if (today !== day) {
      day = today;
      credits = 0;
    }
    const toMidnight = Math.ceil(((today + 1) * 86_400_000 - now) / 1000);
    const singleton = /^\/(works|authors|institutions|sources)\/[^/]+$/.test(url.pathname);
    const cost = singleton ? 0 : url.searchParams.has('search') || url.pathname.startsWith('/autocomplete') ? 10 : 1;
    const perSecond = second.take(now);
    const affordable = credits + cost <= 1000;
    const refusal = (message: string, retryAfter: number): LimitVerdict => ({
      refuse: {
        status: 429,
        headers: { ...JSON_HEADERS, 'retry-after': String(retryAfter) },
        body: JSON.stringify({ error: 'Rate limit exceeded', message }),
      },
    });
    if (!perSecond.allowed) return refusal('Rate limit exceeded: 10 requests per second', 1);
    if (!affordable) return refusal('Insufficient budget. Resets at midnight UTC.', toMidnight);
    credits += cost;
    return {
      headers: {
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': String(1000 - credits),
        'x-ratelimit-credits-used': String(cost),
        'x-ratelimit-reset': String(toMidnight),
      },
    };
  };
}

/** ORCID's anonymous public API: 12 a second with bursts of 40 per IP (a token bucket); over the burst, 503. */
export function orcidLimit(): Limit {
  let tokens = 40;
  let at = Number.NaN;
  return ({ host, now }) => {
    if (host !== 'pub.orcid.org') return undefined;
    if (!Number.isNaN(at)) tokens = Math.min(40, tokens + ((now - at) / 1000) * 12);
    at = now;
    if (tokens < 1)
      return { refuse: { status: 503, headers: { 'content-type': 'text/plain' }, body: 'Service Unavailable' } };
    tokens -= 1;
    return { headers: {} };
  };
}

/** OpenReview challenges guests on `/profiles` and `/notes`: 403 `ChallengeRequiredError` without a session. */
export function openReviewLimit(): Limit {
  return ({ host, url, headers }) => {
    if (!/^api2?\.openreview\.net$/.test(host)) return undefined;
    if (headers.cookie || headers.authorization || !/^\/(profiles|notes)/.test(url.pathname)) return { headers: {} };
    return {
      refuse: {
        status: 403,
        headers: JSON_HEADERS,
        body: JSON.stringify({ name: 'ChallengeRequiredError', message: 'Challenge required', status: 403 }),
      },
    };
  };
}

/** Every source's keyless limit, Semantic Scholar refusing `s2RefusalRate` of its requests at random (seeded). */
export function keylessLimits(opts: { s2RefusalRate: number; seed?: number }): Limit[] {
  return [
    githubLimit(),
    semanticScholarPool(opts.s2RefusalRate, seeded(opts.seed ?? 1)),
    huggingFaceLimit(),
    openAlexLimit(),
    orcidLimit(),
    openReviewLimit(),
  ];
}
