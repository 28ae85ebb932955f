/**
 * A token bucket per tab for card look-ups. A person hovers a few names a minute; a page that
 * fires synthetic hovers at every name on a 2,000-name listing must not be able to spend the
 * user's API budgets (GitHub's 60 an hour, Semantic Scholar's shared pool) or fill the cache.
 * Held in memory: a stopped worker forgets it, which only ever gives a page a fresh bucket.
 */

/** Burst and refill of the bucket; one token is one look-up. */
export interface LookupBudgetOptions {
  /** Look-ups a tab may make at once (a burst of hovers). */
  burst: number;
  /** Tokens regained per minute after that. */
  perMinute: number;
  now: () => number;
}

/** What a page may look up, per tab. */
export interface LookupBudget {
  /** Takes one token for `key`; when none is left, answers when the next one is due (epoch ms). */
  take(key: string): { ok: true } | { ok: false; retryAt: number };
}

/** 30 at once, then one every two seconds: far above hovering by hand, far below a flood. */
export const DEFAULT_LOOKUP_BUDGET = { burst: 30, perMinute: 30 } as const;

/** Buckets this many tabs at most; the oldest is forgotten first (a closed tab never says so). */
const MAX_KEYS = 500;

/** Creates the per-tab buckets. */
export function createLookupBudget(options: LookupBudgetOptions): LookupBudget {
  const { burst, perMinute, now } = options;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const t = now();
      const prev = buckets.get(key);
      const tokens = prev ? Math.min(burst, prev.tokens + (t - prev.at) * perMs) : burst;
      buckets.delete(key);
      if (buckets.size >= MAX_KEYS) buckets.delete(buckets.keys().next().value as string);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: t });
        return { ok: true };
      }
      buckets.set(key, { tokens, at: t });
      return { ok: false, retryAt: t + Math.ceil((1 - tokens) / perMs) };
    },
  };
}
