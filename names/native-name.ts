/** Han, kana and Hangul: names in these scripts are kept whole, never ASCII-folded. */
const NATIVE_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FB\u00B7\s]*/u;

/** A printed name split into its Latin-script part and its native-script part, if any. */
export interface NameScripts {
  latin: string;
  nativeName?: string;
}

/**
 * Splits "Zhuoshi Pan (盘卓实)" into `{ latin: 'Zhuoshi Pan', nativeName: '盘卓实' }`;
 * a name printed only in CJK script keeps it as `nativeName` with an empty Latin part.
 */
export function splitNativeName(printed: string): NameScripts {
  const text = printed.normalize('NFC');
  const match = NATIVE_RUN.exec(text);
  if (!match) return { latin: text.trim() };
  const nativeName = match[0].replace(/\s+/g, '');
  const latin = (text.slice(0, match.index) + text.slice(match.index + match[0].length))
    .replace(/[(（]\s*[)）]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;/]\s*|\s*[,;/]$/g, '');
  return { latin, nativeName };
}
