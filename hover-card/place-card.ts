/** Where the card goes: below the name if it fits, otherwise above, always inside the viewport. */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

/** Pure placement: flips above when the space below is short, clamps to the viewport edges. */
export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): Placement {
  const spaceBelow = viewport.height - anchor.bottom - gap - margin;
  const spaceAbove = anchor.top - gap - margin;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const rawTop = side === 'below' ? anchor.bottom + gap : anchor.top - gap - card.height;
  const maxLeft = Math.max(margin, viewport.width - card.width - margin);
  const maxTop = Math.max(margin, viewport.height - card.height - margin);
  return {
    side,
    top: Math.round(Math.min(Math.max(rawTop, margin), maxTop)),
    left: Math.round(Math.min(Math.max(anchor.left, margin), maxLeft)),
  };
}
