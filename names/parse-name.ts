import { splitNativeName } from './native-name';

/** A personal name split into the parts matching needs. Parts keep their printed letters. */
export interface ParsedName {
  /** Given names and initials, hyphenated parts split: "Shu-Min" → ["Shu", "Min"], "M.C." → ["M", "C"]. */
  given: string[];
  /** Surname tokens with any particles: "van de Bruck" → ["van", "de", "Bruck"]. */
  family: string[];
  /** Generational suffix, dropped from matching ("Jr", "III"). */
  suffix?: string;
  /** Name in CJK script when printed ("盘卓实"). */
  nativeName?: string;
}

/** Surname particles that stay with the surname (arXiv's queries_for_authors does the same). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'della',
  'dei',
  'des',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'af',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'mac',
  'st',
  'san',
]);

// Roman numerals only in capitals: "Ii" and "Iv" are also family names (Naoki Ii).
const SUFFIX = /^(?:jr|sr|2nd|3rd)\.?$/i;
const ROMAN_SUFFIX = /^(?:II|III|IV)$/;
const isSuffix = (token: string) => SUFFIX.test(token) || ROMAN_SUFFIX.test(token);

function givenParts(text: string): string[] {
  return text
    .split(/[\s.\-‐‑–]+/)
    .map((t) => t.replace(/[^\p{L}\p{N}']/gu, ''))
    .filter(Boolean);
}

function familyParts(text: string): string[] {
  return text
    .split(/[\s\-‐‑–]+/)
    .map((t) => t.replace(/[^\p{L}\p{N}']/gu, ''))
    .filter(Boolean);
}

/** Takes a trailing suffix off a token list, returning it. */
function popSuffix(tokens: string[]): string | undefined {
  const last = tokens[tokens.length - 1];
  if (tokens.length > 2 && last !== undefined && isSuffix(last)) {
    tokens.pop();
    return last.replace(/\.$/, '');
  }
  return undefined;
}

/**
 * Parses "Given Family", "Family, Given" and "Family, Given, Jr." forms; particles before the
 * last token join the surname ("Teven Le Scao" → family ["Le", "Scao"]).
 */
export function parseName(printed: string): ParsedName {
  const { latin, nativeName } = splitNativeName(printed);
  const native = nativeName ? { nativeName } : {};
  const text = latin
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const commaParts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  let suffix: string | undefined;
  const lastPart = commaParts[commaParts.length - 1];
  if (commaParts.length > 1 && lastPart !== undefined && isSuffix(lastPart.trim())) {
    suffix = lastPart.replace(/\.$/, '');
    commaParts.pop();
  }
  if (commaParts.length === 2) {
    const [family = '', given = ''] = commaParts;
    return { given: givenParts(given), family: familyParts(family), ...(suffix ? { suffix } : {}), ...native };
  }
  const tokens = commaParts.join(' ').split(' ').filter(Boolean);
  suffix ??= popSuffix(tokens);
  let start = tokens.length - 1;
  while (start > 1 && SURNAME_PARTICLES.has((tokens[start - 1] ?? '').toLowerCase())) start--;
  // A lone particle-led name ("De Castro") keeps the particle with the surname.
  if (start === 1 && tokens.length === 2 && SURNAME_PARTICLES.has((tokens[0] ?? '').toLowerCase())) start = 0;
  const family = tokens.slice(Math.max(start, 0)).join(' ');
  const given = tokens.slice(0, Math.max(start, 0)).join(' ');
  return { given: givenParts(given), family: familyParts(family), ...(suffix ? { suffix } : {}), ...native };
}
