/**
 * Author lines of publication entries. The owner is marked by `<strong>` (acad-homepage,
 * Barron), `<b>` (academicpages forks), `<em>` (al-folio) or `span.author-highlighted` /
 * `span.font-weight-bold` (Hugo), or only by name; co-first marks vary too (homepages.md §3.7).
 */
import { CARD_LIMITS } from './homepage-card';
import { cleanText, stripEmoji } from './clean-text';
import { nextOutside } from './dom-walk';

/** Authors of one paper with the owner's position. */
export interface AuthorList {
  authors: string[];
  ownerIndex: number | null;
  coFirst: boolean;
}

/** Decides whether an element marks the owner in an author line. */
export type OwnerMark = (el: Element) => boolean;

const MARK_TAGS = new Set(['STRONG', 'B']);
const MARK_CLASSES = /\b(author-highlighted|font-weight-bold|me|self|author-me)\b/;

/** The common marks: bold tags and the Hugo highlight classes. */
export const boldOwnerMark: OwnerMark = (el) =>
  MARK_TAGS.has(el.tagName.toUpperCase()) || MARK_CLASSES.test(el.getAttribute('class') ?? '');

const OPEN = '\u0001';
const CLOSE = '\u0002';
const CO_FIRST =
  /\(\s*(?:co-?first(?:\s+authors?)?|equal\s+contributions?|joint\s+first(?:\s+authors?)?)\s*\)|equal\s+contribution|[*†‡#]/i;
const MARKERS =
  /\(\s*(?:co-?first(?:\s+authors?)?|equal\s+contributions?|joint\s+first(?:\s+authors?)?|corresponding(?:\s+author)?)\s*\)|[*†‡#§¶]+|\d+$/gi;

/** The text of `start` with the owner marked, read in document order by a loop (no recursion). */
/** An author line of a thousand authors fits; a page's whole text does not get this far. */
const MAX_AUTHOR_LINE = 30_000;
/** Longest part between commas considered as one author ("Ada Example (co-first author)*"). */
const MAX_AUTHOR_PART = 300;

function flatten(start: Node, mark: OwnerMark, out: string[]): void {
  let node: Node | null = start;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName.toUpperCase() === 'BR') out.push(' ');
      else if (mark(el)) out.push(OPEN, el.textContent ?? '', CLOSE);
      else descend = el.firstChild !== null;
    }
    if (descend) node = node.firstChild;
    else if (node === start) node = null;
    else node = nextOutside(node, start);
  }
}

/** Normalised form of a person name for comparison (case, accents, punctuation, CJK in brackets). */
export function normaliseName(name: string): string {
  // Names are short; the bound keeps `\([^)]*\)` linear on a hostile string of brackets.
  return name
    .slice(0, MAX_AUTHOR_PART)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether two printed names plausibly denote the same person ("Jonathan T. Barron" ~ "Jon Barron"). */
export function isSameName(a: string, b: string): boolean {
  const x = normaliseName(a).split(' ').filter(Boolean);
  const y = normaliseName(b).split(' ').filter(Boolean);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  const [xf, xl] = [x[0] ?? '', x[x.length - 1] ?? ''];
  const [yf, yl] = [y[0] ?? '', y[y.length - 1] ?? ''];
  return xl === yl && (xf.startsWith(yf) || yf.startsWith(xf) || xf[0] === yf[0]);
}

/** Read the authors from the nodes of an author line. */
export function readAuthorList(nodes: readonly Node[], mark: OwnerMark, ownerName: string | null): AuthorList {
  const parts: string[] = [];
  for (const node of nodes) flatten(node, mark, parts);
  // Whitespace collapsed and length bounded first, so the patterns below stay linear on any page.
  const text = stripEmoji(parts.join('').replace(/\s+/g, ' ').slice(0, MAX_AUTHOR_LINE))
    .replace(/\s+(?:and|&)\s+/gi, ', ')
    .replace(/^\s*(?:and|&)\s+/i, '');
  const authors: string[] = [];
  let ownerIndex: number | null = null;
  let ownerMarked = false;
  const coFirstAt: number[] = [];
  for (const raw of text.split(/[,;]/)) {
    // A "name" this long is not one; skipping it keeps MARKERS' `\d+$` from rescanning it.
    if (raw.length > MAX_AUTHOR_PART) continue;
    const marked = raw.includes(OPEN);
    const plain = raw.replace(/[\u0001\u0002]/g, '');
    const name = cleanText(plain.replace(MARKERS, ' ').replace(/^\s*and\s+/i, ''), 120);
    if (!/\p{L}/u.test(name) || /^(?:\.{2,}|…|et al\.?|others)$/i.test(name) || name.split(' ').length > 8) continue;
    const index = authors.length;
    if (CO_FIRST.test(plain)) coFirstAt.push(index);
    if (ownerIndex === null && marked) {
      ownerIndex = index;
      ownerMarked = true;
    }
    authors.push(name);
    if (authors.length >= CARD_LIMITS.authors) break;
  }
  if (!ownerMarked && ownerName) {
    const found = authors.findIndex((a) => isSameName(a, ownerName));
    ownerIndex = found >= 0 ? found : null;
  }
  // "**Pan**, Yao (co-first author)" marks the pair: the first author shares first place too.
  const coFirst =
    ownerIndex !== null && (coFirstAt.includes(ownerIndex) || (ownerIndex === 0 && coFirstAt.includes(1)));
  return { authors, ownerIndex, coFirst };
}
