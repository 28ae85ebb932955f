import type { AuthorQuery } from '../sites/mention';
import type { LookupResult } from './profile';

/** Placeholder until resolution lands: answers from nothing. */
export async function lookupResearcher(query: AuthorQuery): Promise<LookupResult> {
  return { ok: false, reason: 'not-found', message: `No researcher found for ${query.printed}`, problems: [] };
}
