import { NAME_SPAN_ATTR, type TextPiece, wrapPieces } from './name-spans';

/** Inside a personname these hold marks, affiliations and contacts, never a name (docs/pages.md §1.7). */
const NOT_NAME = [
  'sup',
  'sub',
  'a',
  'math',
  'script',
  'style',
  '.ltx_note',
  '.ltx_ERROR',
  '.ltx_contact',
  '.ltx_role_affiliation',
  '.ltx_role_affiliationmark',
  '.ltx_role_email',
  '.ltx_role_address',
  '.ltx_role_orcid',
  '.ltx_role_footnotemark',
  '.ltx_author_notes',
].join(', ');

const LINE_BREAK = /^(BR|DIV|P|TABLE|TR|TD|LI)$/;
/*
 * Every regex here runs over the page's text, in the page's main thread, so each is linear: no
 * two quantifiers that can share characters. The separator scan is the only one over a whole
 * text node; the rest see one piece, and a piece longer than a name is dropped before them.
 */
const SEPARATOR = /\s*(?:,|;|&|\band\b|\n|\u2003|\s{3,})\s*/g;
/** One footnote mark, digit or space after a name ("Zhao∗†", "Lin 2"). */
const TRAILING_MARK = /[\s\d∗*†‡§¶⋆♠♣♡♢♯#✉]/u;
const ORG_WORDS =
  /\b(univ\w*|institut\w*|college|school|department|dept|laborator\w*|labs?|research|cent(er|re)|academy|inc|corp\w*|ltd|llc|gmbh|hospital|foundation|group|team|deepmind|google|microsoft|meta|amazon|apple|nvidia|ibm|openai|alibaba|tencent|baidu|huawei|bytedance)\b/i;
const PLACE_START = /^(new|north|south|east|west|united|hong|los|las|santa|saint|st\.?)$/i;
/** Initials ("H.", "J.-P.", "A.B.") and name particles; capitalised words are `isCapitalisedWord`. */
const INITIALS_OR_PARTICLE =
  /^(?:\p{Lu}\.?(?:-\p{Lu}\.?)*|\p{Lu}\.(?:\p{Lu}\.)+|van|von|de|der|den|del|della|di|da|du|la|le|dos|das|ter|ten|bin|al|el)$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const NAME_PUNCTUATION = new Set(["'", '’', '-']);
/** Longest piece of a personname read as a name; longer text is a page's text in the wrong place. */
export const MAX_PIECE_CHARS = 300;

type Piece = TextPiece;

/**
 * "Zhao", "McDonald", "Chin-Yew", "O'Neil": a capital, then letters and ' ’ -, with a lowercase
 * letter after the last capital. One pass; the regex it replaces,
 * `\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*`, backtracks quadratically on a long token.
 */
export function isCapitalisedWord(token: string): boolean {
  const chars = Array.from(token);
  if (!UPPER.test(chars[0] ?? '')) return false;
  let lowerSinceUpper = false;
  for (const ch of chars.slice(1)) {
    if (LOWER.test(ch)) lowerSinceUpper = true;
    else if (UPPER.test(ch)) lowerSinceUpper = false;
    else if (!NAME_PUNCTUATION.has(ch)) return false;
  }
  return lowerSinceUpper;
}

/** `text` without the footnote marks, digits and spaces at its end; one pass from the end. */
export function trimTrailingMarks(text: string): string {
  let end = text.length;
  // Every mark is a single UTF-16 unit, so a surrogate half never matches and ends the trim.
  while (end > 0 && TRAILING_MARK.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** True for "H. Vicky Zhao", "Chin-Yew Lin", "Carsten van de Bruck"; false for places, labs, emails. */
export function looksLikePersonName(text: string): boolean {
  if (text.length > MAX_PIECE_CHARS) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (ORG_WORDS.test(text) || PLACE_START.test(tokens[0] ?? '')) return false;
  return (
    tokens.every((t) => isCapitalisedWord(t) || INITIALS_OR_PARTICLE.test(t)) &&
    /\p{Ll}/u.test(tokens[tokens.length - 1] ?? '')
  );
}

function piecesOf(node: Text): Piece[] {
  const text = node.data;
  const pieces: Piece[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    // Too long to be a name: kept as is, unread, so it ends its line's names as any non-name does.
    if (end - start > MAX_PIECE_CHARS) {
      pieces.push({ node, start, end });
      return;
    }
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const kept = trimTrailingMarks(raw.trim());
    if (kept) pieces.push({ node, start: start + lead, end: start + lead + kept.length });
  };
  for (const match of text.matchAll(SEPARATOR)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return pieces;
}

/** Text pieces of a personname grouped by line; marks and affiliations are skipped. */
function linesOf(root: Element): Piece[][] {
  const lines: Piece[][] = [[]];
  const walk = (parent: Node): void => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 3) lines[lines.length - 1]?.push(...piecesOf(child as Text));
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (LINE_BREAK.test(el.tagName) || el.classList.contains('ltx_break')) lines.push([]);
        if (el.matches(NOT_NAME)) continue;
        walk(el);
        if (LINE_BREAK.test(el.tagName)) lines.push([]);
      }
    }
  };
  walk(root);
  return lines;
}

/** Names come first on a line; the first piece that is not a name ends the line's names. */
function namesOfLine(line: readonly Piece[]): Piece[] {
  const names: Piece[] = [];
  for (const piece of line) {
    if (piece.end - piece.start > MAX_PIECE_CHARS) break;
    if (!looksLikePersonName(piece.node.data.slice(piece.start, piece.end))) break;
    names.push(piece);
  }
  return names;
}

/**
 * Wraps each person name in a LaTeXML `ltx_personname` in `<span data-byline-name>` and
 * returns the spans in order. Several names may share the element (commas, "and", line
 * breaks); marks and affiliations stay outside. Spans from an earlier run are reused.
 */
export function wrapPersonNames(personname: Element): Element[] {
  // Only spans that still hold a name: a page setting the attribute itself cannot make a mark a name.
  const existing = Array.from(personname.querySelectorAll(`span[${NAME_SPAN_ATTR}]`)).filter((s) => {
    const text = s.textContent ?? '';
    return text.length <= MAX_PIECE_CHARS && looksLikePersonName(text.replace(/\s+/g, ' ').trim());
  });
  if (existing.length > 0) return existing;
  const pieces = linesOf(personname).flatMap(namesOfLine);
  const spans = wrapPieces(pieces);
  return pieces.map((p) => spans.get(p)).filter((s): s is Element => s !== undefined);
}
