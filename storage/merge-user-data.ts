import type { Corrections, Follow, Follows } from './user-data-schema';

/** Union of two sets of follows; for a researcher in both, the earliest follow and latest look win. */
export function mergeFollows(current: Follows, incoming: Follows): Follows {
  const merged: Follows = { ...current };
  for (const [key, follow] of Object.entries(incoming)) {
    const old = merged[key];
    merged[key] = old ? mergeFollow(old, follow) : follow;
  }
  return merged;
}

function mergeFollow(old: Follow, incoming: Follow): Follow {
  // The snapshot goes with the most recent look, since "what's new" is measured from it.
  const newer = incoming.lastSeenAt > old.lastSeenAt ? incoming : old;
  const follow: Follow = {
    name: old.name,
    followedAt: Math.min(old.followedAt, incoming.followedAt),
    lastSeenAt: Math.max(old.lastSeenAt, incoming.lastSeenAt),
  };
  const snapshot = newer.snapshot ?? old.snapshot ?? incoming.snapshot;
  if (snapshot) follow.snapshot = snapshot;
  return follow;
}

/** Union of two sets of corrections; where both have one for the same key, the later decision wins. */
export function mergeCorrections(current: Corrections, incoming: Corrections): Corrections {
  return {
    mentions: newestByKey(current.mentions, incoming.mentions),
    homepages: newestByKey(current.homepages, incoming.homepages),
  };
}

function newestByKey<T extends { at: number }>(
  current: Record<string, T>,
  incoming: Record<string, T>,
): Record<string, T> {
  const merged = { ...current };
  for (const [key, item] of Object.entries(incoming)) {
    const old = merged[key];
    if (!old || item.at >= old.at) merged[key] = item;
  }
  return merged;
}
