import { describe, expect, it } from 'vitest';
import { placeCard } from './place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('goes below the name when it fits', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 50, right: 150 }, card, viewport)).toEqual({
      side: 'below',
      top: 126,
      left: 50,
    });
  });

  it('flips above near the bottom of the viewport', () => {
    const p = placeCard({ top: 700, bottom: 720, left: 50, right: 150 }, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top).toBe(700 - 6 - 300);
  });

  it('stays inside the right edge', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 900, right: 980 }, card, viewport).left).toBe(1000 - 360 - 8);
  });

  it('stays inside a viewport smaller than the card', () => {
    const p = placeCard(
      { top: 10, bottom: 30, left: 5, right: 50 },
      { width: 500, height: 900 },
      { width: 400, height: 600 },
    );
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.left).toBe(8);
  });
});
