import { describe, expect, it } from 'vitest';
import type { ResearcherProfile } from '../profiles/profile';
import { compareWithSnapshot, takeFollowSnapshot } from './follow-snapshot';

const at = { source: 'homepage' as const, fetchedAt: 1 };
function profile(
  papers: Array<{ title: string; arxiv?: string }>,
  news: string[],
  citations: number,
  stars: number,
): ResearcherProfile {
  return {
    key: 's2:1',
    name: { value: 'Zhuoshi Pan', ...at },
    links: {},
    papers: papers.map((p) => ({
      title: p.title,
      ids: p.arxiv ? { arxiv: p.arxiv } : {},
      venues: [],
      code: [],
      sources: ['homepage'],
    })),
    news: { value: news.map((text) => ({ date: '2025.09', text, links: [] })), ...at },
    metrics: { value: { citations }, source: 'semantic-scholar', fetchedAt: 1 },
    totalStars: { value: stars, source: 'github', fetchedAt: 1 },
    ids: {},
  };
}

describe('follow snapshots', () => {
  const before = profile([{ title: 'LLMLingua-2', arxiv: '2403.12968' }], ['Joined MSRA.'], 100, 5000);

  it('finds nothing new on the same card', () => {
    const news = compareWithSnapshot(takeFollowSnapshot(before, 10), before);
    expect(news).toEqual({ papers: [], news: [] });
  });

  it('reports new papers, news and growth; a paper with a changed id but the same title is old', () => {
    const after = profile(
      [{ title: 'LLMLingua-2', arxiv: '2403.99999' }, { title: 'A New Paper' }],
      ['Joined MSRA.', 'Paper accepted at NeurIPS.'],
      160,
      5100,
    );
    const news = compareWithSnapshot(takeFollowSnapshot(before, 10), after);
    expect(news).toEqual({
      papers: ['A New Paper'],
      news: ['2025.09: Paper accepted at NeurIPS.'],
      citationsGained: 60,
      starsGained: 100,
    });
  });
});
