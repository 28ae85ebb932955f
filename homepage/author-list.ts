/**
 * Author lines of publication entries. The owner is marked by `<strong>` (acad-homepage,
 * Barron), `<b>` (academicpages forks), `<em>` (al-folio) or `span.author-highlighted` /
 * `span.font-weight-bold` (Hugo), or only by name; co-first marks vary too (docs/homepages.md §3.7).
 */
import { compareNames } from '../names';
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

/** An author line of a thousand authors fits; a page's whole text does not get this far. */
const MAX_AUTHOR_LINE = 30_000;
/** Longest part between commas considered as one author ("Ada Example (co-first author)*"). */
const MAX_AUTHOR_PART = 300;

/** The text of `start` with the owner marked, read in document order by a loop (no recursion). */
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

/**
 * Whether two printed names can be the same person ("H. V. Zhao" ~ "H. Vicky Zhao",
 * "盘卓实" ~ "Zhuoshi Pan (盘卓实)"), by the names/ matcher the profile uses too.
 */
export function isSameName(a: string, b: string): boolean {
  // Bounded: a "name" longer than this is not one, and the matcher runs patterns over it.
  return compareNames(a.slice(0, MAX_AUTHOR_PART), b.slice(0, MAX_AUTHOR_PART)) !== 'none';
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
