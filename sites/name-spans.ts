/** Marks a name span Byline created inside a page's text, so a second run reuses it. */
export const NAME_SPAN_ATTR = 'data-byline-name';

/** A run of one text node that reads as a name. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/**
 * Wraps each piece in a marked span, for pages that print several names in one text node (a
 * LaTeXML personname, a Scholar author line). Pieces come in document order; they are split
 * right to left, so the offsets of earlier pieces in the same text node stay valid.
 */
export function wrapPieces(pieces: readonly TextPiece[]): Map<TextPiece, Element> {
  const spans = new Map<TextPiece, Element>();
  for (const piece of [...pieces].reverse()) {
    piece.node.splitText(piece.end);
    const middle = piece.node.splitText(piece.start);
    const span = piece.node.ownerDocument.createElement('span');
    span.setAttribute(NAME_SPAN_ATTR, '');
    middle.replaceWith(span);
    span.append(middle);
    spans.set(piece, span);
  }
  return spans;
}
