/**
 * URL safety for homepage data: relative paths are resolved against the page URL (not the
 * page's own canonical/og:url, which can be localhost:4000 or missing, homepages.md §2.8), and
 * only http(s) and mailto survive; `javascript:`, `data:` and friends are dropped.
 */
import { CARD_LIMITS } from './homepage-card';

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
  return href.length > CARD_LIMITS.url ? null : href;
}

/** Whether a URL is one Byline would keep (used by tests and the final card check). */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url) && url.length <= CARD_LIMITS.url;
}

/** The page URL itself if it is usable as a base, else null. */
export function safeBase(pageUrl: string): string | null {
  const url = safeUrl(pageUrl, null);
  return url !== null && !url.startsWith('mailto:') ? url : null;
}
