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
}

const POLICIES: Record<string, HostPolicy> = {
  // Keyless callers share one pool and keys get 1 req/s; S2 requires exponential back-off (§1.5).
  'api.semanticscholar.org': { minSpacingMs: 1100, backoffBaseMs: 4000 },
  // Keyless: 10 req/s per IP in the production proxy (§2.3).
  'api.openalex.org': { minSpacingMs: 110, backoffBaseMs: 2000 },
  // No documented limit; an HTML 429 when exceeded, clients pace 5–7 s (§3.4, §9).
  'dblp.org': { minSpacingMs: 5000, backoffBaseMs: 10_000 },
  // Anonymous API: 12 req/s, burst 40 (§4).
  'pub.orcid.org': { minSpacingMs: 100, backoffBaseMs: 2000 },
  // 60/h keyless is an hourly budget, tracked from X-RateLimit-* headers; no spacing needed (§5.1).
  'api.github.com': { minSpacingMs: 0, backoffBaseMs: 60_000 },
  // 500 API requests per 5 minutes per IP anonymously (§6.1): one per 600 ms.
  'huggingface.co': { minSpacingMs: 600, backoffBaseMs: 5000 },
  // Terms of Use: one request every three seconds (§7).
  'export.arxiv.org': { minSpacingMs: 3000, backoffBaseMs: 10_000 },
};

/** Homepages and other hosts: gentle, since nothing is documented. */
const DEFAULT_POLICY: HostPolicy = { minSpacingMs: 250, backoffBaseMs: 5000 };

/** The pacing rules for a host name. */
export function hostPolicyFor(host: string): HostPolicy {
  return POLICIES[host] ?? DEFAULT_POLICY;
}
