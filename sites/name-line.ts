/**
 * A comma-separated line of author names where some names are links and the rest plain text
 * (Google Scholar's green result line "A Vaswani, <a>N Shazeer</a>, N Parmar… - Venue, 2017 -
 * host", its profile rows "H Jiang, Q Wu, ..."). Text names get a `<span data-byline-name>` so
 * each name has an element to mark; linked names are their links.
 */
import { type TextPiece, wrapPieces } from './name-spans';
import { MAX_NAME_CHARS } from './element-text';

/** The names of a line, in order, and whether the site cut the list short ("…", "..."). */
export interface NameLine {
  names: Element[];
  truncated: boolean;
}

/** Scholar's " - " between the authors, the venue and the host (spaces often non-breaking). */
const SECTION_BREAK = /\s[-–]\s/;
/** The site's own truncation mark at the end of a shortened list. */
const TRUNCATION = /(?:…|\.\.\.)\s*$/;
/** A piece of text that can be a name: a letter, no digits, a few words at most. */
const NAME_LIKE = /^(?=.*\p{L})[^\d@()[\]]+$/u;
const MAX_NAME_WORDS = 6;

type Piece = TextPiece;

const isNameText = (text: string): boolean =>
  text.length <= MAX_NAME_CHARS && NAME_LIKE.test(text) && text.split(/\s+/).length <= MAX_NAME_WORDS;

/** Pieces of `text` (from `offset` to `end`) between commas that read as names. */
function piecesOf(node: Text, end: number, line: NameLine): Piece[] {
  const pieces: Piece[] = [];
  const text = node.data.slice(0, end);
  let from = 0;
  for (const part of text.split(',')) {
    const lead = part.length - part.trimStart().length;
    let kept = part.trim();
    if (TRUNCATION.test(kept)) {
      line.truncated = true;
      kept = kept.replace(TRUNCATION, '').trim();
    }
    if (kept && isNameText(kept)) pieces.push({ node, start: from + lead, end: from + lead + kept.length });
    from += part.length + 1;
  }
  return pieces;
}

/**
 * Reads the names at the start of `line` up to the first " - " (when `sectioned`), wrapping
 * text names in spans (spans of an earlier run are reused). Elements other than links and
 * Byline's spans (a `<b>` around a searched name) count as one name each.
 */
export function readNameLine(line: Element, sectioned: boolean): NameLine {
  const result: NameLine = { names: [], truncated: false };
  const order: (Element | Piece)[] = [];
  for (const child of Array.from(line.childNodes)) {
    if (child.nodeType === 1) {
      const el = child as Element;
      const text = (el.textContent ?? '').trim();
      if (sectioned && SECTION_BREAK.test(` ${text} `) && text.length > 1) break;
      if (TRUNCATION.test(text) && !text.replace(TRUNCATION, '').trim()) {
        result.truncated = true;
        continue;
      }
      if (text && isNameText(text.replace(TRUNCATION, '').trim())) order.push(el);
      if (TRUNCATION.test(text)) result.truncated = true;
    } else if (child.nodeType === 3) {
      const node = child as Text;
      const cut = sectioned ? SECTION_BREAK.exec(node.data) : null;
      order.push(...piecesOf(node, cut ? cut.index : node.data.length, result));
      if (cut) break;
    }
  }
  const spans = wrapPieces(order.filter((p): p is Piece => 'node' in p));
  result.names = order.map((p) => ('node' in p ? spans.get(p) : p)).filter((e): e is Element => e !== undefined);
  return result;
}
