/**
 * Visual lines of a publication entry: inline nodes grouped between `<br>`s and block
 * boundaries. Hand-written pages (Barron, generic lists) put title, authors, venue and links
 * on separate lines.
 */
import type { OwnerMark } from './author-list';
import { isSameName } from './author-list';
import { someDescendant } from './dom-walk';

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'TBODY',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'FIGURE',
  'DL',
  'DT',
  'DD',
]);

/** A line: its inline nodes and their text. */
export interface EntryLine {
  nodes: Node[];
  text: string;
}

/** Split an element into visual lines (at most `max`). */
export function splitLines(root: Element, max = 40): EntryLine[] {
  const lines: EntryLine[] = [];
  let current: Node[] = [];
  const flush = (): void => {
    const text = current
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) lines.push({ nodes: current, text });
    current = [];
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && lines.length < max; child = child.nextSibling) {
      if (child.nodeType === 3) current.push(child);
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'BR') flush();
        else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else current.push(child);
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

function containsMark(nodes: readonly Node[], mark: OwnerMark): boolean {
  return nodes.some((n) => n.nodeType === 1 && (mark(n as Element) || someDescendant(n, mark)));
}

/** The line listing the authors: the one marking or naming the owner, with a comma-separated list. */
export function findAuthorLine(
  lines: readonly EntryLine[],
  mark: OwnerMark,
  ownerName: string | null,
  skip: number,
): EntryLine | null {
  const candidates = lines.filter((_, i) => i !== skip);
  const listy = (l: EntryLine): boolean => l.text.includes(',') || /\sand\s/.test(l.text);
  const named = (l: EntryLine): boolean =>
    ownerName !== null && l.text.split(/,|\sand\s/).some((part) => isSameName(part.replace(/[*†‡#]/g, ''), ownerName));
  return (
    candidates.find((l) => listy(l) && containsMark(l.nodes, mark)) ??
    candidates.find((l) => named(l)) ??
    candidates.find((l) => containsMark(l.nodes, mark) && l.text.length < 200) ??
    null
  );
}
