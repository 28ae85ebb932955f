import { onMessage } from '../messaging/protocol';
import { wallMessage } from '../net/bot-wall';
import type { FollowSummary, ResearcherCandidate, SearchResult } from '../messaging/ui-types';
import { normalizeName } from '../names';
import type { LookupEnv } from '../profiles/lookup-env';
import { lookupResearcher } from '../profiles/lookup-researcher';
import type { LookupResult } from '../profiles/profile';
import { searchS2ByName } from '../profiles/resolve-identity';
import type { S2Author } from '../sources/semantic-scholar';
import { mentionContextKey } from '../storage/user-data';
import type { AuthorQuery } from '../messaging/types';
import { compareWithSnapshot, takeFollowSnapshot } from './follow-snapshot';
import { assertOwnSender } from './own-sender';

/** Follows whose cards are rebuilt at once when the popup opens (most are cached). */
const FOLLOW_CONCURRENCY = 3;
/**
 * Followed researchers looked up (possibly over the network) each time the popup opens: a few,
 * so an opening costs the sources a handful of requests (about two a follow), however long the list.
 */
const FOLLOW_CHECKS_PER_OPEN = 3;
/** Candidates a name search shows. */
const SEARCH_LIMIT = 10;

/** Wires the entries used by Byline's own pages: search, cards by key, follows and the cache. Returns a stop function. */
export function registerUiHandlers(env: LookupEnv): () => void {
  const stops = [
    onMessage('searchResearchers', ({ data, sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      return searchResearchers(data.name, env);
    }),
    onMessage('lookupByKey', ({ data, sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      return lookupByKey(data.key, data.name, env);
    }),
    onMessage('listFollows', ({ sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      return listFollows(env);
    }),
    // The hover card may follow too, so these two also accept Byline's content script.
    onMessage('setFollow', async ({ data, sender }) => {
      assertOwnSender(sender);
      const { profile } = data;
      // The baseline of "what is new" changes: the day's check of this researcher is out of date.
      await env.cache.delete('follow-check', profile.key).catch(() => undefined);
      if (!data.following) return { following: !(await env.user.unfollow(profile.key)).ok };
      const saved = await env.user.follow(profile.key, profile.name.value, takeFollowSnapshot(profile, env.now()));
      return { following: saved.ok };
    }),
    onMessage('markFollowSeen', async ({ data, sender }) => {
      assertOwnSender(sender);
      await env.cache.delete('follow-check', data.profile.key).catch(() => undefined);
      return { ok: (await env.user.markSeen(data.profile.key, takeFollowSnapshot(data.profile, env.now()))).ok };
    }),
    onMessage('cacheInfo', ({ sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      return env.cache.stats();
    }),
    onMessage('clearCache', async ({ sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      await env.cache.clear();
      return { ok: true as const };
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** People Semantic Scholar knows by this name, closest names first, each with a telling line. */
export async function searchResearchers(name: string, env: LookupEnv): Promise<SearchResult> {
  const printed = name.trim().slice(0, 200);
  if (!printed) return { ok: true, candidates: [] };
  if (!(await env.user.getSettings()).sources['semantic-scholar']) {
    return {
      ok: false,
      reason: 'disabled',
      message: 'Search uses Semantic Scholar, which is switched off in Byline’s options.',
    };
  }
  const res = await searchS2ByName(printed, normalizeName(printed), env);
  if (!res.ok) {
    if (res.kind === 'rate-limited')
      return {
        ok: false,
        reason: 'rate-limited',
        message: 'Semantic Scholar is busy; try again shortly, or add an API key in Byline’s options.',
        ...(res.retryAt ? { retryAt: res.retryAt } : {}),
      };
    const offline = res.kind === 'network' || res.kind === 'timeout' || res.kind === 'server-error';
    return {
      ok: false,
      reason: offline ? 'offline' : 'error',
      message: offline
        ? 'Semantic Scholar could not be reached.'
        : res.kind === 'blocked'
          ? `${wallMessage('Semantic Scholar', res.wall ?? 'proof-of-work')}.`
          : `Semantic Scholar’s answer could not be read (${res.kind}).`,
    };
  }
  const authors = (res.data?.items ?? []).filter((a): a is S2Author & { authorId: string } => Boolean(a.authorId));
  const ranked = authors
    .map((a) => ({ a, score: env.nameScore(printed, a.name) }))
    .sort((x, y) => y.score - x.score || (y.a.paperCount ?? 0) - (x.a.paperCount ?? 0));
  return { ok: true, candidates: ranked.slice(0, SEARCH_LIMIT).map(({ a }) => toCandidate(a)) };
}

function toCandidate(author: S2Author & { authorId: string }): ResearcherCandidate {
  const { affiliations, paperCount, citationCount, hIndex } = author;
  return {
    key: `s2:${author.authorId}`,
    name: author.name,
    ...(affiliations[0] ? { affiliation: affiliations[0] } : {}),
    ...(paperCount !== undefined ? { paperCount } : {}),
    ...(citationCount !== undefined ? { citationCount } : {}),
    ...(hIndex !== undefined ? { hIndex } : {}),
  };
}

/**
 * A card for a researcher already identified by key. An S2 key goes through the same path as
 * the user's own pick of a person for a name (a correction, held in memory only, never saved);
 * an ACL key through the ACL Anthology's verified person id, a dblp key through its pid; any
 * other key by name.
 */
export async function lookupByKey(key: string, name: string, env: LookupEnv): Promise<LookupResult> {
  const printed = name.trim() || key;
  const query: AuthorQuery = { printed, normalized: normalizeName(printed), pageType: 'arxiv-search' };
  if (key.startsWith('acl:')) {
    return lookupResearcher(
      { ...query, pageType: 'acl-people', sitePersonId: { kind: 'acl', id: key.slice(4), verified: true } },
      env,
    );
  }
  if (key.startsWith('dblp:'))
    return lookupResearcher(
      { ...query, pageType: 'dblp-person', sitePersonId: { kind: 'dblp', id: key.slice(5) } },
      env,
    );
  if (!key.startsWith('s2:')) return lookupResearcher(query, env);
  const contextKey = mentionContextKey(query);
  const picked: LookupEnv = {
    ...env,
    user: {
      ...env.user,
      getCorrections: async () => {
        const stored = await env.user.getCorrections();
        return {
          ...stored,
          mentions: { ...stored.mentions, [contextKey]: { choice: 'researcher', researcherKey: key, at: env.now() } },
        };
      },
    },
  };
  const result = await lookupResearcher(query, picked);
  if (!result.ok) return result;
  return {
    ...result,
    match: {
      method: 'correction',
      confidence: 'high',
      reason: `Semantic Scholar author ${key.slice(3)}, as you chose`,
    },
  };
}

/** Every follow with what its card shows now that it did not show when the user last looked. */
export async function listFollows(env: LookupEnv): Promise<FollowSummary[]> {
  const follows = Object.entries(await env.user.getFollows()).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  const out: FollowSummary[] = new Array(follows.length);
  // Checked within the day: shown from that check, with no look-up at all.
  const due: number[] = [];
  for (const [i, [key, follow]] of follows.entries()) {
    const base: FollowSummary = {
      key,
      name: follow.name,
      followedAt: follow.followedAt,
      lastSeenAt: follow.lastSeenAt,
    };
    const checked = await env.cache.peek('follow-check', key, isFollowCheck).catch(() => undefined);
    if (checked && !checked.stale) out[i] = { ...base, ...checked.value };
    else {
      out[i] = { ...base, problem: `Not checked yet; Byline checks up to ${FOLLOW_CHECKS_PER_OPEN} each time.` };
      due.push(i);
    }
  }
  // The rest are looked up a few at a time, at most FOLLOW_CHECKS_PER_OPEN per opening: the
  // next opening goes on with the others, so a long list never floods the sources.
  const batch = due.slice(0, FOLLOW_CHECKS_PER_OPEN);
  let next = 0;
  const worker = async () => {
    while (next < batch.length) {
      const i = batch[next++]!;
      const [key, follow] = follows[i]!;
      const result = await lookupByKey(key, follow.name, env).catch(
        (e: unknown): LookupResult => ({ ok: false, reason: 'error', message: String(e), problems: [] }),
      );
      const check: FollowCheck = {};
      if (!result.ok) check.problem = result.message;
      else if (follow.snapshot) check.news = compareWithSnapshot(follow.snapshot, result.profile);
      // A follow made from a hover card has no baseline yet: today's card becomes it.
      else await env.user.markSeen(key, takeFollowSnapshot(result.profile, env.now()));
      const { problem: _, ...base } = out[i]!;
      out[i] = { ...base, ...check };
      if (result.ok) await env.cache.set('follow-check', key, check).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FOLLOW_CONCURRENCY, batch.length) }, worker));
  return out;
}

/** What one check of a followed researcher found. */
type FollowCheck = Pick<FollowSummary, 'news' | 'problem'>;

function isFollowCheck(value: unknown): value is FollowCheck {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
