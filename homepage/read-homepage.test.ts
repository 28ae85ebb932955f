import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HomepageCard } from './homepage-card';
import { readHomepage } from './read-homepage';

const FIXTURES = new URL('../tests/fixtures/homepages/acad-homepage/pzs19/', import.meta.url);
const PAGE_URL = 'https://pzs19.github.io/';

function readVersion(file: string): HomepageCard {
  const result = readHomepage(readFileSync(new URL(file, FIXTURES), 'utf8'), PAGE_URL);
  if (!result.ok) throw new Error(result.message);
  return result.card;
}

/** The founding homepage at five dates (docs/homepages.md §6; docs/homepages.md §4). */
const VERSIONS = [
  {
    file: '2024-03-23-c882580.html',
    papers: 2,
    scholar: null, // only the commented-out template id DhtAFkwAAAAJ is on the page
    email: 'zhuoshipan19@gmail.com',
    code: { 'LLMLingua-2': 'microsoft/LLMLingua', 'From Trojan Horses': 'OPTML-Group/BiBadDiff' },
    mismatches: ['QizhiPei/FABind', 'QizhiPei/BioT5'],
  },
  {
    file: '2024-04-12-51eee83.html',
    papers: 2,
    scholar: 'RuASc_IAAAAJ',
    email: 'zhuoshipan19@gmail.com',
    code: { 'LLMLingua-2': 'microsoft/LLMLingua', 'From Trojan Horses': 'OPTML-Group/BiBadDiff' },
    mismatches: [],
  },
  {
    file: '2025-09-06-04d7912.html',
    papers: 5,
    scholar: 'RuASc_IAAAAJ',
    email: 'zhuoshipan19@gmail.com',
    code: {
      TokenSelect: 'pzs19/TokenSelect',
      LEMMA: 'pzs19/LEMMA',
      Secom: 'microsoft/SeCom',
      'LLMLingua-2': 'microsoft/LLMLingua',
    },
    mismatches: ['microsoft/SeCom'],
  },
  {
    file: '2025-09-06-be3b60f.html',
    papers: 5,
    scholar: 'RuASc_IAAAAJ',
    email: 'zhuoshipan19@gmail.com',
    code: {
      TokenSelect: 'pzs19/TokenSelect',
      LEMMA: 'pzs19/LEMMA',
      Secom: 'microsoft/SeCom',
      'LLMLingua-2': 'microsoft/LLMLingua',
    },
    mismatches: [],
  },
  {
    file: '2026-01-28-c377e3a.html',
    papers: 8,
    scholar: 'RuASc_IAAAAJ',
    email: 'pzs23@mails.tsinghua.edu.cn',
    code: {
      ScaleDiff: 'QizhiPei/ScaleDiff',
      'Can One Domain': 'Leey21/A-Data-Centric-Study',
      REST: 'opendatalab/REST',
      LEMMA: 'pzs19/LEMMA',
      Secom: 'microsoft/SeCom',
      'LLMLingua-2': 'microsoft/LLMLingua',
      TokenSelect: 'pzs19/TokenSelect',
      'From Trojan Horses': 'OPTML-Group/BiBadDiff',
    },
    mismatches: [],
  },
] as const;

describe.each(VERSIONS)('founding homepage $file', (version) => {
  const card = readVersion(version.file);

  it('is read by the acad-homepage reader with his profile', () => {
    expect(card.template).toBe('acad-homepage');
    expect(card.name).toBe('Zhuoshi Pan');
    expect(card.nativeName).toBe('盘卓实');
    expect(card.affiliation).toBe('Tsinghua University');
    expect(card.position).toBe('graduate student');
    expect(card.location).toBe('Beijing, China');
    expect(card.photo).toBe('https://pzs19.github.io/images/profile_pzs.png');
    expect(card.advisors).toEqual([{ name: 'H. Vicky Zhao', url: 'https://ieeexplore.ieee.org/author/37294624300' }]);
  });

  it('takes his ids from the profile block only', () => {
    expect(card.ids.scholar).toBe(version.scholar);
    expect(card.links.scholar).toBe(version.scholar && `https://scholar.google.com/citations?user=${version.scholar}`);
    expect(card.ids.github).toBe('pzs19');
    expect(card.ids.email).toBe(version.email);
    expect(JSON.stringify(card.ids)).not.toContain('DhtAFkwAAAAJ'); // Kaiming He, in a comment
    expect(JSON.stringify(card.ids)).not.toContain('0aDsRecAAAAJ'); // co-author Wei Wu, in a news item
  });

  it('reads the visible paper boxes and their code repositories from the links', () => {
    expect(card.papers).toHaveLength(version.papers);
    for (const [title, repo] of Object.entries(version.code)) {
      const paper = card.papers.find((p) => p.title.startsWith(title));
      expect(
        paper?.code.map((c) => c.repo),
        title,
      ).toEqual([repo]);
    }
    const mismatched = card.warnings.filter((w) => w.kind === 'badge-repo-mismatch');
    expect(mismatched.map((w) => version.mismatches.find((m) => w.message.includes(m)))).toEqual(version.mismatches);
  });

  it('reads LLMLingua-2 with its ids, authors and his role', () => {
    const paper = card.papers.find((p) => p.title.startsWith('LLMLingua-2'));
    expect(paper).toMatchObject({
      url: 'https://arxiv.org/abs/2403.12968',
      ids: { arxiv: '2403.12968' },
      ownerIndex: 0,
      coFirst: false,
    });
    expect(paper?.authors).toHaveLength(13);
    expect(paper?.authors[0]).toBe('Zhuoshi Pan');
  });

  it('never reads commented-out content', () => {
    const json = JSON.stringify(card);
    expect(json).not.toContain('Lorem ipsum');
    // The Internships section is visible only in c882580 and commented out from 51eee83 on.
    expect(json.includes('XiaoIce')).toBe(version.file.startsWith('2024-03-23'));
  });
});

describe('founding homepage details', () => {
  it('marks co-first authorship written after either author', () => {
    const card = readVersion('2026-01-28-c377e3a.html');
    const tokenSelect = card.papers.find((p) => p.title.startsWith('TokenSelect'));
    expect(tokenSelect).toMatchObject({ ownerIndex: 1, coFirst: true, venue: "EMNLP'25 Main", year: 2025 });
    // "**Zhuoshi Pan**, Yuguang Yao (co-first author)": the pair shares first place.
    const trojan = card.papers.find((p) => p.title.startsWith('From Trojan Horses'));
    expect(trojan).toMatchObject({ ownerIndex: 0, coFirst: true, venue: "NeurIPS'24", year: 2024 });
  });

  it('keeps the venue left over from the previous owner as the page shows it', () => {
    const card = readVersion('2024-03-23-c882580.html');
    expect(card.papers[0]?.venue).toBe('NeurIPS 2023');
    expect(card.experience.map((e) => e.date)).toEqual(['2023.07 - Now', '2022.06 - 2022.10']);
  });

  it('reads news with dates, nbsp and curly quotes normalised, links resolved', () => {
    const card = readVersion('2026-01-28-c377e3a.html');
    expect(card.news).toHaveLength(5);
    expect(card.news[0]).toMatchObject({ date: '2025.03', old: false });
    expect(card.news[0]?.text).toMatch(/^One paper about LLM financial data synthesis was accepted by ACL'25 Main/);
    expect(card.news[0]?.links[0]).toEqual({ label: 'Paper', url: 'https://aclanthology.org/2025.acl-long.495/' });
    expect(card.news.some((n) => n.text.includes('TokenSelect') || n.date === '2025.08')).toBe(false); // commented in 2026
    expect(card.honors[0]).toEqual({ date: '2025', text: 'First-Class Overall Excellence Award, THU.' });
    expect(card.education).toHaveLength(2);
  });
});
