/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ŋ: 'ng',
  ħ: 'h',
  ŀ: 'l',
};

const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * Lower-case ASCII form of a Latin-script token: marks dropped ("Rühle" → "ruhle",
 * "Noé" → "noe"), special letters spelt out ("Meißner" → "meissner"). Other scripts pass through.
 */
export function foldLatin(text: string): string {
  return text
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * German transliteration of umlauts ("Rühle" → "ruehle"), the other spelling a name with
 * ä/ö/ü is commonly printed in; compared alongside `foldLatin`.
 */
export function foldGerman(text: string): string {
  return foldLatin(text.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
}
