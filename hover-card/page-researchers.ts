import { onMessage, type PageResearcher } from '../messaging/protocol';
import type { AuthorMention } from '../sites/mention';

/** Answers the popup's question "who is on this page?" with the marked names, in page order. */
export function registerPageResearchers(marker: { mentions(): AuthorMention[] }): void {
  onMessage('pageResearchers', () => listPageResearchers(marker.mentions()));
}

/** One entry per distinct person on the page (same normalized name and paper counted once). */
export function listPageResearchers(mentions: AuthorMention[], limit = 200): PageResearcher[] {
  const seen = new Set<string>();
  const out: PageResearcher[] = [];
  for (const { element: _element, ...query } of mentions) {
    const key = `${query.normalized}|${query.paper?.id ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ query });
    if (out.length >= limit) break;
  }
  return out;
}
