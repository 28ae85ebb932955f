import { describe, expect, it } from 'vitest';
import type { ResearcherCandidate } from '../../messaging/ui-types';
import { candidateLine } from './SearchBox';

describe('candidateLine', () => {
  it('words the facts that tell namesakes apart', () => {
    const cases: Array<[Omit<ResearcherCandidate, 'key' | 'name'>, string]> = [
      [
        { affiliation: 'Microsoft Research', paperCount: 42, citationCount: 25_600, hIndex: 21 },
        'Microsoft Research · 42 papers · 26k citations · h-index 21 on Semantic Scholar',
      ],
      [{ paperCount: 3, citationCount: 7 }, '3 papers · 7 citations on Semantic Scholar'],
      [{}, 'no details on Semantic Scholar'],
    ];
    for (const [facts, line] of cases) expect(candidateLine({ key: 's2:1', name: 'Qianhui Wu', ...facts })).toBe(line);
  });
});
