import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HomepageCard } from './homepage-card';
import { readHomepage } from './read-homepage';
import { findWhatsNew, normaliseTitle } from './whats-new';

const FIXTURES = new URL('../tests/fixtures/homepages/acad-homepage/pzs19/', import.meta.url);

function read(file: string): HomepageCard {
  const result = readHomepage(readFileSync(new URL(file, FIXTURES), 'utf8'), 'https://pzs19.github.io/');
  if (!result.ok) throw new Error(result.message);
  return result.card;
}

const [v2024a, v2024b, v2025a, v2025b, v2026] = [
  '2024-03-23-c882580.html',
  '2024-04-12-51eee83.html',
  '2025-09-06-04d7912.html',
  '2025-09-06-be3b60f.html',
  '2026-01-28-c377e3a.html',
].map(read) as [HomepageCard, HomepageCard, HomepageCard, HomepageCard, HomepageCard];

describe('findWhatsNew across the founding homepage', () => {
  it('finds nothing new between identical lists, only reworded news', () => {
    // eef44d8 (2024-03-23) reworded the 2023.11 item; the papers did not change.
    const { papers, news } = findWhatsNew(v2024a, v2024b);
    expect(papers).toEqual([]);
    expect(news.map((n) => n.date)).toEqual(['2023.11']);
    expect(findWhatsNew(v2025a, v2025b)).toEqual({ papers: [], news: [] });
    expect(findWhatsNew(v2026, v2026)).toEqual({ papers: [], news: [] });
  });

  it('lists the three papers added in 2025', () => {
    const { papers, news } = findWhatsNew(v2024b, v2025a);
    expect(papers.map((p) => p.ids.arxiv)).toEqual(['2411.02886', '2503.17439', '2502.05589']);
    expect(news.map((n) => n.date)).toEqual(['2025.08', '2025.03', '2025.03', '2025.01', '2024.12', '2024.03']);
  });

  it('lists the three papers added in 2026 and the news reworded since', () => {
    const { papers, news } = findWhatsNew(v2025b, v2026);
    expect(papers.map((p) => p.title.split(':')[0])).toEqual([
      'ScaleDiff',
      'Can One Domain Help Others? A Data-Centric Study on Multi-Domain Reasoning via Reinforcement Learning',
      'REST',
    ]);
    expect(news).toEqual([]);
  });

  it('matches a paper by title when its id changed', () => {
    const moved = {
      ...v2025b,
      papers: v2025b.papers.map((p) => ({
        ...p,
        ids: { arxiv: null, acl: '2024.findings-acl.57', doi: null, openreview: null },
      })),
    };
    expect(findWhatsNew(moved, v2025b).papers).toEqual([]);
    expect(normaliseTitle('Secom: On Memory  Construction…')).toBe(normaliseTitle('SeCom: on memory construction'));
  });
});
