/**
 * Text normalisation for strings read from homepages: kramdown emits `&nbsp;` as U+00A0 and
 * smart quotes (`ACL'25` → `ACL’25`, homepages.md §3.8), headings carry emoji, and a page
 * decoded with the wrong charset shows UTF-8 as Latin-1 or Mac Roman mojibake.
 */
import { CARD_LIMITS } from './homepage-card';

/** Windows-1252 bytes 0x80–0x9F (what browsers use for "latin1"); other bytes map to themselves. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** Mac Roman bytes 0x80–0xFF. */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function buildByteMap(high: string, latinTail: boolean): Map<string, number> {
  const map = new Map<string, number>();
  [...high].forEach((ch, i) => map.set(ch, 0x80 + i));
  if (latinTail) for (let b = 0xa0; b <= 0xff; b++) map.set(String.fromCharCode(b), b);
  for (let b = 0x80; b <= 0x9f; b++) if (!map.has(String.fromCharCode(b))) map.set(String.fromCharCode(b), b);
  return map;
}

const CHARSETS = [buildByteMap(CP1252_HIGH, true), buildByteMap(MAC_ROMAN_HIGH, false)];
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** A UTF-8 multi-byte sequence always shows as two or more non-ASCII characters in a row. */
const MAYBE_MOJIBAKE = /[\u0080-\u02ff\u2000-\u22ff\uf8ff\ufb01\ufb02]{2}/;

function redecode(text: string, map: Map<string, number>): string | null {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const byte = map.get(ch);
      if (byte === undefined) return null;
      bytes.push(byte);
    }
  }
  try {
    return UTF8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** Undo UTF-8 that was decoded as Windows-1252/Latin-1 or Mac Roman; genuine text stays as is. */
export function repairMojibake(text: string): string {
  if (!MAYBE_MOJIBAKE.test(text)) return text;
  for (const map of CHARSETS) {
    const fixed = redecode(text, map);
    // Real Latin text ("Rühle") is almost never valid UTF-8 once turned back into bytes.
    if (fixed !== null && fixed !== text) return fixed;
  }
  return text;
}

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
