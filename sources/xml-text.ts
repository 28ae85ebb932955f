/**
 * Text out of machine-written XML (dblp records, arXiv Atom) without `DOMParser`, which the MV3
 * service worker lacks. Enough for elements without nesting of the same tag, which is all these
 * known shapes need; CDATA is not used by either source.
 */

/** One element: the inside of its start tag and its content. */
export interface XmlElement {
  attrs: string;
  inner: string;
}

/** A word character, as `\b` sees it: `<note` must not match `<notes`. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * The start tag `<tag …>` at or after `from`: where it begins, its attributes text and where
 * its content starts; undefined when there is none. Only `indexOf`, so linear in the text.
 */
export function startTag(
  xml: string,
  tag: string,
  from = 0,
): { index: number; attrs: string; contentStart: number } | undefined {
  const open = `<${tag}`;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + open.length)) {
    if (isWordChar(xml.charCodeAt(at + open.length))) continue;
    const gt = xml.indexOf('>', at + open.length);
    if (gt < 0) return undefined;
    return { index: at, attrs: xml.slice(at + open.length, gt), contentStart: gt + 1 };
  }
  return undefined;
}

/**
 * Every `<tag>` element in `xml`, in order (no nesting of the same tag). A scan with `indexOf`
 * rather than a lazy regex, which rescans the rest of the text from every unclosed start tag and
 * so grows with the square of a hostile answer's length.
 */
export function elements(xml: string, tag: string): XmlElement[] {
  const found: XmlElement[] = [];
  const close = `</${tag}>`;
  for (let from = 0; ; ) {
    const start = startTag(xml, tag, from);
    if (!start) break;
    const end = xml.indexOf(close, start.contentStart);
    // No end tag after this one means none for any later start tag either.
    if (end < 0) break;
    found.push({ attrs: start.attrs, inner: xml.slice(start.contentStart, end) });
    if (found.length >= XML_LIMITS.elements) break;
    from = end + close.length;
  }
  return found;
}

/**
 * The longest element text and the most elements of one tag Byline keeps from an XML answer
 * (an abstract is a few thousand characters; a dblp record lists a few dozen URLs and notes).
 */
export const XML_LIMITS = { text: 10_000, elements: 5_000 } as const;

/** The texts of every `<tag>` element in `xml` (no nesting of the same tag), each bounded. */
export function elementTexts(xml: string, tag: string): string[] {
  return elements(xml, tag)
    .filter((e) => e.inner.length <= XML_LIMITS.text * 4)
    .map((e) => textOf(e.inner))
    .filter((text) => text !== '' && text.length <= XML_LIMITS.text);
}

/** Start tags in these sources carry a few short attributes; longer is not one of their records. */
const MAX_ATTRIBUTES_TEXT = 1_000;

/** The attributes of a start tag's inside, entity-decoded. */
export function readAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (text.length > MAX_ATTRIBUTES_TEXT) return attrs;
  for (const m of text.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) attrs[m[1] ?? ''] = decodeEntities(m[2] ?? '');
  return attrs;
}

/** `text` without tags (`<…>`), in one pass; a `<` with no `>` after it stays as text. */
function stripTags(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) return out + text.slice(at);
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) return out + text.slice(at);
    out += text.slice(at, lt);
    at = gt + 1;
  }
}

/** Element text: nested tags dropped, entities decoded, whitespace collapsed. */
export function textOf(inner: string): string {
  return decodeEntities(stripTags(inner)).replace(/\s+/g, ' ').trim();
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
