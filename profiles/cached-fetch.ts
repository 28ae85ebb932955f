import { sourceLabel } from '../domain/source-labels';
import { wallMessage } from '../net/bot-wall';
import type { Fetched, HttpFailure } from '../net/http-result';
import type { SourceId, SourceProblem } from './profile';
import type { CacheKind } from '../storage/cache';
import type { LookupEnv } from './lookup-env';
import type { Shape } from './cached-shapes';

/** A source answer with its age: `null` data means the source said "not found". */
export type CachedAnswer<T> = { ok: true; data: T | null; storedAt: number; stale: boolean } | HttpFailure;

/**
 * Asks the cache first, the source second. Successes and "not found" are cached (the latter
 * for the kind's shorter negative lifetime); rate limits and outages are not, so they are
 * retried on the next interest. A stored value that fails `shape` (damaged, or written by an
 * older Byline) is dropped and fetched again: every caller should pass one.
 */
export async function cachedFetch<T>(
  env: LookupEnv,
  kind: CacheKind,
  id: string,
  fetch: () => Promise<Fetched<T>>,
  shape?: Shape<T>,
): Promise<CachedAnswer<T>> {
  let failure: HttpFailure | undefined;
  const validate = (value: unknown): value is T | null => value === null || !shape || shape(value);
  try {
    const hit = await env.cache.getOrFetch<T | null>(
      kind,
      id,
      async () => {
        const res = await fetch();
        if (res.ok) return res.data;
        if (res.kind === 'not-found') return null;
        failure = res;
        throw new SourceFailed();
      },
      { allowStale: true, validate },
    );
    return { ok: true, data: hit.value, storedAt: hit.storedAt, stale: hit.stale };
  } catch (error) {
    if (failure) return failure;
    return { ok: false, kind: 'network', message: `Cache error: ${String(error)}` };
  }
}

class SourceFailed extends Error {}

/** What a failed source means for the card, in words a user can act on; `label` names it when its own name does not say enough. */
export function problemFrom(source: SourceId, failure: HttpFailure, label = sourceLabel(source)): SourceProblem {
  switch (failure.kind) {
    case 'rate-limited':
      return {
        source,
        kind: 'rate-limited',
        message: `${label} is rate limiting requests${source === 'github' ? "; a GitHub token in Byline's options raises the limit" : source === 'semantic-scholar' ? "; an API key in Byline's options helps" : ''}.`,
        ...(failure.retryAt ? { retryAt: failure.retryAt } : {}),
      };
    case 'blocked':
      // A wall in front of the data (dblp's "not a bot" page, OpenReview's guest challenge):
      // said as such, never as unreadable data; the host is left alone until `retryAt`.
      return {
        source,
        kind: 'unavailable',
        message: `${wallMessage(label, failure.wall ?? 'proof-of-work')}.`,
        ...(failure.retryAt ? { retryAt: failure.retryAt } : {}),
      };
    case 'too-large':
      // Said plainly: the answer was refused for its size, not because it was broken.
      return { source, kind: 'invalid', message: `${label} was too large to read; Byline stopped downloading it.` };
    case 'malformed':
      return { source, kind: 'invalid', message: `${label} sent an answer Byline could not read.` };
    case 'refused':
      // Byline declined (a redirect to a private address or to a host without permission).
      return { source, kind: 'unavailable', message: `${label} was not read: ${failure.message}` };
    case 'forbidden':
      return {
        source,
        kind: 'unavailable',
        message: `${label} refused the request (check the key in Byline's options).`,
      };
    default:
      return {
        source,
        kind: 'unavailable',
        message: `${label} could not be reached (${failure.kind.replace('-', ' ')}).`,
        ...(failure.retryAt ? { retryAt: failure.retryAt } : {}),
      };
  }
}
