import { describe, expect, it } from 'vitest';
import { candidateLine } from './SearchBox';

describe('candidateLine', () => {
  it('words the facts that tell namesakes apart', () => {
    expect(
      candidateLine({
        key: 's2:2114380531',
        name: 'Zhuoshi Pan',
        affiliation: 'Tsinghua University',
        paperCount: 15,
        citationCount: 1234,
        hIndex: 9,
      }),
    ).toBe('Tsinghua University · 15 papers · 1.2k citations · h-index 9 on Semantic Scholar');
    expect(candidateLine({ key: 's2:999', name: 'Z. Pan', paperCount: 80, citationCount: 90 })).toBe(
      '80 papers · 90 citations on Semantic Scholar',
    );
    expect(candidateLine({ key: 's2:1', name: 'Nobody' })).toBe('no details on Semantic Scholar');
  });
});
