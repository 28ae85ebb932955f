import type { PageResearcher } from '../messaging/protocol';
import type { LookupResult } from '../profiles/profile';
import { pageKindOf } from '../domain/sites';
import type { AuthorMention } from '../sites/mention';
import type { AuthorQuery } from '../messaging/types';
import type { CardBackend } from './author-hover';

/** The names the user looked at on this page, with their answers, kept for the page's lifetime. */
export interface LookLog {
  get(query: AuthorQuery): { lookedAt: number; result?: LookupResult } | undefined;
  /** The same backend, with every lookup remembered here. */
  wrap(backend: CardBackend): CardBackend;
}

/** Creates an empty log; `now` is injectable for tests. */
export function createLookLog(now: () => number = Date.now): LookLog {
  const looks = new Map<string, { lookedAt: number; result?: LookupResult }>();
  return {
    get: (query) => looks.get(researcherKeyOf(query)),
    wrap: (backend) => ({
      ...backend,
      lookup: async (query, onStage) => {
        const key = researcherKeyOf(query);
        const entry = looks.get(key) ?? { lookedAt: now() };
        looks.set(key, entry);
        const result = await backend.lookup(query, onStage);
        entry.result = result;
        return result;
      },
    }),
  };
}

/**
 * One entry per distinct person on the page (same normalized name and paper counted once), in
 * byline order; on listings the names the user looked at come first, most recent first.
 */
export function listPageResearchers(mentions: AuthorMention[], limit = 200, looks?: LookLog): PageResearcher[] {
  const seen = new Set<string>();
  const looked: PageResearcher[] = [];
  const rest: PageResearcher[] = [];
  // Pages that list many papers: there the popup shows the names the user looked at first.
  const listing = mentions.some((m) => pageKindOf(m.pageType) !== 'paper');
  for (const { element: _element, ...query } of mentions) {
    const key = researcherKeyOf(query);
    if (seen.has(key)) continue;
    seen.add(key);
    const look = looks?.get(query);
    const entry: PageResearcher = look
      ? { query, lookedAt: look.lookedAt, ...(look.result ? { result: look.result } : {}) }
      : { query };
    (listing && look ? looked : rest).push(entry);
  }
  looked.sort((a, b) => (b.lookedAt ?? 0) - (a.lookedAt ?? 0));
  return [...looked, ...rest].slice(0, limit);
}

function researcherKeyOf(query: AuthorQuery): string {
  return `${query.normalized}|${query.paper?.id ?? ''}`;
}
