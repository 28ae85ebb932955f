import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHomepage } from '../homepage/read-homepage';
import { mergePapers } from '../profiles/merge-papers';
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

/** The founding homepage as saved at five commits, read by the homepage reader. */
const FIXTURES = new URL('../tests/fixtures/homepages/acad-homepage/pzs19/', import.meta.url);
function homepageProfile(file: string): ResearcherProfile {
  const read = readHomepage(readFileSync(new URL(file, FIXTURES), 'utf8'), 'https://pzs19.github.io/');
  if (!read.ok) throw new Error(read.message);
  return {
    key: 's2:2114380531',
    name: { value: 'Zhuoshi Pan', ...at },
    links: {},
    papers: mergePapers(read.card.papers, [], undefined),
    // As the card shows them (profiles/merge-profile.ts): news a page collapses as old is left out.
    news: {
      value: read.card.news
        .filter((n) => !n.old)
        .map((n) => ({ ...(n.date ? { date: n.date } : {}), text: n.text, links: n.links.map((l) => l.url) })),
      ...at,
    },
    ids: {},
  };
}

describe('what is new across the founding homepage', () => {
  const [v2024a, v2024b, v2025a, v2025b, v2026] = [
    '2024-03-23-c882580.html',
    '2024-04-12-51eee83.html',
    '2025-09-06-04d7912.html',
    '2025-09-06-be3b60f.html',
    '2026-01-28-c377e3a.html',
  ].map(homepageProfile) as [
    ResearcherProfile,
    ResearcherProfile,
    ResearcherProfile,
    ResearcherProfile,
    ResearcherProfile,
  ];
  const since = (older: ResearcherProfile, newer: ResearcherProfile) =>
    compareWithSnapshot(takeFollowSnapshot(older, 10), newer);
  const dates = (news: string[]) => news.map((n) => n.split(':')[0]);

  it('finds nothing new between identical lists, only reworded news', () => {
    // eef44d8 (2024-03-23) reworded the 2023.11 item; the papers did not change.
    const { papers, news } = since(v2024a, v2024b);
    expect(papers).toEqual([]);
    expect(dates(news)).toEqual(['2023.11']);
    expect(since(v2025a, v2025b)).toEqual({ papers: [], news: [] });
    expect(since(v2026, v2026)).toEqual({ papers: [], news: [] });
  });

  /** The arXiv ids of the papers named new, from the newer card. */
  const arxivOf = (newer: ResearcherProfile, titles: string[]) =>
    titles.map((t) => newer.papers.find((p) => p.title === t)?.ids.arxiv);

  it('lists the three papers added in 2025', () => {
    const { papers, news } = since(v2024b, v2025a);
    expect(arxivOf(v2025a, papers)).toEqual(['2411.02886', '2503.17439', '2502.05589']);
    expect(dates(news)).toEqual(['2025.08', '2025.03', '2025.03', '2025.01', '2024.12', '2024.03']);
  });

  it('lists the three papers added in 2026 and no news re-dated since', () => {
    const { papers, news } = since(v2025b, v2026);
    expect(papers.map((p) => p.split(':')[0])).toEqual([
      'ScaleDiff',
      'Can One Domain Help Others? A Data-Centric Study on Multi-Domain Reasoning via Reinforcement Learning',
      'REST',
    ]);
    expect(news).toEqual([]);
  });

  it('matches a paper by title when its id changed', () => {
    const moved: ResearcherProfile = {
      ...v2025b,
      papers: v2025b.papers.map((p) => ({ ...p, ids: { acl: '2024.findings-acl.57' } })),
    };
    expect(since(moved, v2025b).papers).toEqual([]);
  });
});
