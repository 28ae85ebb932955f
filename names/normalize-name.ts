import { foldLatin } from './fold-latin';
import { parseName } from './parse-name';

/**
 * The matching key of a printed name: given names then surname, lower-case, ASCII-folded,
 * punctuation-free, suffix dropped ("Zhao, H. Vicky" and "H. Vicky Zhao" → "h vicky zhao";
 * "Victor Rühle" → "victor ruhle"). A name printed only in CJK script stays as printed
 * ("盘卓实"), never folded away.
 */
export function normalizeName(printed: string): string {
  const parsed = parseName(printed);
  const latin = [...parsed.given, ...parsed.family].map(foldLatin).join(' ').replace(/'/g, '');
  return latin.replace(/\s+/g, ' ').trim() || (parsed.nativeName ?? '');
}
