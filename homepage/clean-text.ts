/**
 * Text normalisation for strings read from homepages: kramdown emits `&nbsp;` as U+00A0 and
 * smart quotes (`ACL'25` → `ACL’25`, docs/homepages.md §3.8), headings carry emoji, and a page
 * decoded with the wrong charset shows UTF-8 as Latin-1 or Mac Roman mojibake.
 */
import { repairMojibake } from '../names/repair-mojibake';
import { CARD_LIMITS } from './homepage-card';

// Each code point is removed on its own, so a class of single code points is what is meant.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: see above
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;

/** Remove emoji (headings like "🔥 News", "📍 Seoul"; broken ZWJ sequences included). */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI, '');
}

const TAG_LIKE = /<\/?[a-z!][^<>]*>/gi;
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200c\u200e\u200f\u2060\ufeff]/g;

/** Normalise one string: mojibake, nbsp, curly quotes, markup-looking text, whitespace; bounded. */
export function cleanText(raw: string | null | undefined, max: number = CARD_LIMITS.text): string {
  if (!raw) return '';
  let text = raw.length > max * 8 ? raw.slice(0, max * 8) : raw;
  text = repairMojibake(text)
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(TAG_LIKE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Clean text, or null when nothing is left. */
export function cleanOrNull(raw: string | null | undefined, max?: number): string | null {
  const text = cleanText(raw, max);
  return text === '' ? null : text;
}

/** Clean text for headings and short labels: emoji dropped too. */
export function cleanLabel(raw: string | null | undefined): string {
  return cleanText(stripEmoji(raw ?? ''));
}
