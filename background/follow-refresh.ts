import type { NetClient } from '../net/net-client';
import type { LookupEnv } from '../profiles/lookup-env';

/**
 * How often the popup asks the network about a followed researcher. Opening the popup is
 * frequent and cheap for the user, so it must be cheap for the sources too: each opening renews
 * at most a few follows, those whose data is oldest (or missing), and only once their data is
 * a day old; every other follow is shown from the cache, however old, and waits its turn.
 */
export const REFRESHES_PER_OPENING = 2;
export const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;

/** When a follow's card was last fetched (its Semantic Scholar author record), or 0 when it is not cached. */
export async function lastFetched(key: string, env: LookupEnv): Promise<number> {
  if (!key.startsWith('s2:')) return 0;
  const hit = await env.cache.peek('s2-author', key.slice(3));
  return hit?.storedAt ?? 0;
}

/** The follows this opening renews: at most `REFRESHES_PER_OPENING`, a day old or more, oldest first. */
export async function followsToRefresh(keys: readonly string[], env: LookupEnv): Promise<Set<string>> {
  const now = env.now();
  const ages = await Promise.all(keys.map(async (key) => ({ key, at: await lastFetched(key, env) })));
  return new Set(
    ages
      .filter((a) => now - a.at >= REFRESH_AFTER_MS)
      .sort((a, b) => a.at - b.at)
      .slice(0, REFRESHES_PER_OPENING)
      .map((a) => a.key),
  );
}

/** A network that sends nothing: a card built over it is the cached card, stale or not. */
export function cacheOnlyNet(net: NetClient): NetClient {
  const refused = async () =>
    ({ ok: false, kind: 'aborted', message: 'Not asked on this opening of the popup' }) as const;
  return { ...net, fetchJson: refused, fetchText: refused, fetchJsonIfChanged: refused };
}
