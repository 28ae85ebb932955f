/**
 * The one set of URL checks: for links read from homepages (relative paths resolved against the
 * page URL, not the page's own canonical/og:url, which can be localhost:4000 or missing), for
 * links the card draws, and for the homepage a user sets. Only http(s) and mailto survive;
 * `javascript:`, `data:` and friends are dropped.
 */

/** Longest link a card keeps: longer ones are tracking URLs or data, never a person's page. */
export const MAX_LINK_CHARS = 500;
/** Longest homepage a user may set (the address bar's own practical limit). */
const MAX_HOMEPAGE_CHARS = 2048;

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** Resolve `raw` against `base`; null unless the result is a bounded http(s) or mailto URL. */
export function safeUrl(raw: string | null | undefined, base: string | null): string | null {
  if (!raw) return null;
  // Browsers strip ASCII whitespace and controls from hrefs (HanseulJo writes `href=" https://… "`).
  const cleaned = raw.replace(/[\u0000-\u0020\u007f-\u009f\u200b\ufeff]+/g, (m, offset: number) =>
    offset === 0 || offset + m.length === raw.length ? '' : m.includes(' ') ? '%20' : '',
  );
  if (cleaned === '' || cleaned.startsWith('#')) return null;
  let url: URL;
  try {
    url = base ? new URL(cleaned, base) : new URL(cleaned);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  url.username = '';
  url.password = '';
  const href = url.href;
  return href.length > MAX_LINK_CHARS ? null : href;
}

/** Whether a URL is one a card may link to: http(s) or mailto, and bounded. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url) && url.length <= MAX_LINK_CHARS;
}

/** Whether a value is an http(s) address of some host: a homepage, a photo. */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_HOMEPAGE_CHARS) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The page URL itself if it is usable as a base, else null. */
export function safeBase(pageUrl: string): string | null {
  const url = safeUrl(pageUrl, null);
  return url !== null && !url.startsWith('mailto:') ? url : null;
}
