/**
 * GitHub's hourly REST budget: 60 requests per IP without a token, 5,000 per user with one
 * (docs/sources.md §5.1). Byline keeps the last `X-RateLimit-*` values GitHub sent, per credential,
 * so the options page can show what is left and the limiter can stop at zero.
 */
import type { HostState } from './host-gate';

/** Limiter key for keyless GitHub requests (the budget belongs to the IP address). */
export const GITHUB_KEYLESS_KEY = 'api.github.com';
/** Limiter key for requests made with the user's token (a separate, per-user budget). */
export const GITHUB_TOKEN_KEY = 'api.github.com#token';

/** What is left of the hourly GitHub budget. `resetAt` is epoch ms; `observedAt` is when GitHub said so. */
export interface GithubBudget {
  authenticated: boolean;
  limit: number;
  remaining: number;
  resetAt?: number;
  observedAt?: number;
}

/** The budget as of `now`, from the stored host state; a passed reset means a full budget. */
export function githubBudgetFrom(state: HostState, authenticated: boolean, now: number): GithubBudget {
  const fallbackLimit = authenticated ? 5000 : 60;
  const budget = state.budget;
  if (!budget || budget.remaining === undefined)
    return { authenticated, limit: fallbackLimit, remaining: fallbackLimit };
  const limit = budget.limit ?? fallbackLimit;
  if (budget.resetAt !== undefined && budget.resetAt <= now) return { authenticated, limit, remaining: limit };
  const result: GithubBudget = { authenticated, limit, remaining: budget.remaining, observedAt: budget.observedAt };
  if (budget.resetAt !== undefined) result.resetAt = budget.resetAt;
  return result;
}
