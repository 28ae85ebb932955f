/**
 * How fast Byline may call each host. The numbers come from apis.md (§0 summary table and §9
 * "Operational rules"); every request from every tab goes through the one background, so a
 * spacing per host is a spacing per browser.
 */

/** Pacing rules for one host. */
export interface HostPolicy {
  /** Minimum milliseconds between the starts of two requests. */
  minSpacingMs: number;
  /** First back-off after a 429 that carries no `Retry-After`; doubles per repeated 429. */
  backoffBaseMs: number;
  /** How long a host that answered with a bot wall (`net/bot-wall.ts`) is left alone. */
  wallBlockMs: number;
}

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

const POLICIES: Record<string, HostPolicy> = {
  // Keyless callers share one pool and keys get 1 req/s; S2 requires exponential back-off (§1.5).
  'api.semanticscholar.org': { minSpacingMs: 1100, backoffBaseMs: 4000, wallBlockMs: DAY },
  // Keyless: 100 req/s; singletons (`/works/doi:…`, `/authors/A…`) cost nothing even without a key.
  'api.openalex.org': { minSpacingMs: 110, backoffBaseMs: 2000, wallBlockMs: DAY },
  // No documented limit; an HTML 429 when exceeded, clients pace 5–7 s. Every dblp host answers
  // scripts with an Anubis proof-of-work page: once seen, dblp is not asked again for a day.
  'dblp.org': { minSpacingMs: 5000, backoffBaseMs: 10_000, wallBlockMs: DAY },
  // Anonymous API: 12 req/s, burst 40 (§4).
  'pub.orcid.org': { minSpacingMs: 100, backoffBaseMs: 2000, wallBlockMs: DAY },
  // 60/h keyless is an hourly budget, tracked from X-RateLimit-* headers; no spacing needed (§5.1).
  'api.github.com': { minSpacingMs: 0, backoffBaseMs: 60_000, wallBlockMs: DAY },
  // 500 API requests per 5 minutes per IP anonymously: one per 600 ms. 429s name the reset
  // in `RateLimit: "api";r=0;t=<seconds>` (`net/rate-headers.ts`).
  'huggingface.co': { minSpacingMs: 600, backoffBaseMs: 5000, wallBlockMs: DAY },
  // OpenReview's API: no documented keyless limit. Guests get a Turnstile challenge
  // (`403 ChallengeRequiredError`) on /profiles; it clears only in a browser tab, so wait hours.
  'api2.openreview.net': { minSpacingMs: 1000, backoffBaseMs: 10_000, wallBlockMs: 6 * HOUR },
  // GitHub's search API has its own keyless budget of 10 requests a minute (rate key, not host).
  'api.github.com#search': { minSpacingMs: 6000, backoffBaseMs: 60_000, wallBlockMs: DAY },
  // …and 30 a minute with the user's token.
  'api.github.com#search#token': { minSpacingMs: 2000, backoffBaseMs: 60_000, wallBlockMs: DAY },
  // Terms of Use: one request every three seconds (§7).
  'export.arxiv.org': { minSpacingMs: 3000, backoffBaseMs: 10_000, wallBlockMs: DAY },
};

/** Homepages and other hosts: gentle, since nothing is documented. */
const DEFAULT_POLICY: HostPolicy = { minSpacingMs: 250, backoffBaseMs: 5000, wallBlockMs: DAY };

/** The pacing rules for a host name, or for a rate key with rules of its own (GitHub search). */
export function hostPolicyFor(host: string, rateKey?: string): HostPolicy {
  return (rateKey === undefined ? undefined : POLICIES[rateKey]) ?? POLICIES[host] ?? DEFAULT_POLICY;
}
