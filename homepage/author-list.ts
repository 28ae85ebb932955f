/**
 * Author lines of publication entries. The owner is marked by `<strong>` (acad-homepage,
 * Barron), `<b>` (academicpages forks), `<em>` (al-folio) or `span.author-highlighted` /
 * `span.font-weight-bold` (Hugo), or only by name; co-first marks vary too (docs/homepages.md §3.7).
 */
import { compareNames } from '../names';
import { CARD_LIMITS } from './homepage-card';
import { cleanText, stripEmoji } from './clean-text';

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

function flatten(node: Node, mark: OwnerMark, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (el.tagName.toUpperCase() === 'BR') {
    out.push(' ');
    return;
  }
  if (mark(el)) {
    out.push(OPEN, el.textContent ?? '', CLOSE);
    return;
  }
  for (let child = el.firstChild; child; child = child.nextSibling) flatten(child, mark, out);
}

/**
 * Whether two printed names can be the same person ("H. V. Zhao" ~ "H. Vicky Zhao",
 * "盘卓实" ~ "Zhuoshi Pan (盘卓实)"), by the names/ matcher the profile uses too.
 */
export function isSameName(a: string, b: string): boolean {
  return compareNames(a, b) !== 'none';
}

/** Read the authors from the nodes of an author line. */
export function readAuthorList(nodes: readonly Node[], mark: OwnerMark, ownerName: string | null): AuthorList {
  const parts: string[] = [];
  for (const node of nodes) flatten(node, mark, parts);
  const text = stripEmoji(parts.join(''))
    .replace(/\s+(?:and|&)\s+/gi, ', ')
    .replace(/^\s*(?:and|&)\s+/i, '');
  const authors: string[] = [];
  let ownerIndex: number | null = null;
  let ownerMarked = false;
  const coFirstAt: number[] = [];
  for (const raw of text.split(/[,;]/)) {
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
