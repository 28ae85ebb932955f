/**
 * Text out of machine-written XML (dblp records, arXiv Atom) without `DOMParser`, which the MV3
 * service worker lacks. Enough for elements without nesting of the same tag, which is all these
 * known shapes need; CDATA is not used by either source.
 */

/** The texts of every `<tag>` element in `xml` (no nesting of the same tag). */
export function elementTexts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
    .map((m) => textOf(m[1] ?? ''))
    .filter(Boolean);
}

/** The attributes of a start tag's inside, entity-decoded. */
export function readAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) attrs[m[1] ?? ''] = decodeEntities(m[2] ?? '');
  return attrs;
}

/** Element text: nested tags dropped, entities decoded, whitespace collapsed. */
export function textOf(inner: string): string {
  return decodeEntities(inner.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  szlig: 'ß',
  AElig: 'Æ',
  aelig: 'æ',
  ETH: 'Ð',
  eth: 'ð',
  THORN: 'Þ',
  thorn: 'þ',
  Oslash: 'Ø',
  oslash: 'ø',
};
const MARKS: Record<string, string> = {
  uml: '\u0308',
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};

/** XML entities plus the Latin-letter entities of dblp's DTD (`&uuml;`, `&eacute;`, …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[A-Za-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    if (NAMED[ref] !== undefined) return NAMED[ref];
    const letter = /^([A-Za-z])(uml|acute|grave|circ|tilde|ring|cedil|caron)$/.exec(ref);
    return letter ? `${letter[1]}${MARKS[letter[2] ?? ''] ?? ''}`.normalize('NFC') : whole;
  });
}
