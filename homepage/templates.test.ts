import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HomepageCard } from './homepage-card';
import { readHomepage } from './read-homepage';

const FIXTURES = new URL('../tests/fixtures/homepages/', import.meta.url);

function read(file: string, pageUrl: string): HomepageCard {
  const result = readHomepage(readFileSync(new URL(file, FIXTURES), 'utf8'), pageUrl);
  if (!result.ok) throw new Error(result.message);
  return result.card;
}

describe('al-folio', () => {
  it('reads Yichi Zhang (594zyc) about page', () => {
    const card = read('al-folio/594zyc/index.html', 'https://594zyc.github.io/');
    expect(card).toMatchObject({
      template: 'al-folio',
      name: 'Yichi Zhang',
      position: 'Ph.D. Candidate',
      affiliation: 'UMich CSE',
    });
    expect(card.ids).toMatchObject({
      scholar: 'xkBBhY8AAAAJ',
      github: '594zyc',
      twitter: '594zyc',
      email: 'zhangyic@umich.edu',
    });
    expect(card.advisors.map((a) => a.name)).toEqual(['Joyce Chai', 'Zhijian Ou']);
    expect(card.news).toHaveLength(5);
    expect(card.news[0]?.date).toBe('Jun 17, 2024');
    expect(card.papers).toHaveLength(13);
    const colm = card.papers.find((p) => p.ids.arxiv === '2404.06474');
    expect(colm).toMatchObject({
      ownerIndex: 1,
      venue: 'COLM',
      year: 2024,
      code: [{ repo: 'Berkeley-NLP/Agent-Eval-Refine' }],
    });
    // "Code (coming soon)" has no href: no code, no link.
    expect(card.papers[0]?.code).toEqual([]);
  });

  it('reads the hidden names of "N more authors" from the onclick string (20001LastOrder)', () => {
    const card = read('al-folio/20001LastOrder/publications.html', 'https://boqi-chen.xyz/publications/');
    expect(card.name).toBe('Boqi (Percy) Chen');
    expect(card.papers).toHaveLength(12);
    const gpt4 = card.papers.find((p) => p.title.startsWith('On the use of GPT-4'));
    expect(gpt4?.authors).toHaveLength(9);
    expect(gpt4?.authors.at(-1)).toBe('Dániel Varró');
    expect(gpt4?.ownerIndex).toBe(0);
  });

  it('reads Boqi Chen about page with two advisors', () => {
    const card = read('al-folio/20001LastOrder/index.html', 'https://boqi-chen.xyz/');
    expect(card).toMatchObject({ position: 'PhD Candidate', affiliation: 'McGill University' });
    expect(card.advisors.map((a) => a.name)).toEqual(['Daniel Varro', 'Gunter Mussbacher']);
    expect(card.papers).toHaveLength(3);
  });
});

describe('academicpages', () => {
  it('reads Hanseul Cho publications (HanseulJo) with co-first marks', () => {
    const card = read('academicpages/HanseulJo/publications.html', 'https://hanseuljo.github.io/publications/');
    expect(card).toMatchObject({
      template: 'academicpages',
      name: 'Hanseul Cho',
      position: 'PhD candidate',
      affiliation: 'KAIST AI',
      location: 'Seoul, South Korea',
    });
    expect(card.ids).toMatchObject({ scholar: 'IczOXwsAAAAJ', github: 'HanseulJo', orcid: '0009-0001-0410-0290' });
    expect(card.papers).toHaveLength(10);
    const coupling = card.papers.find((p) => p.ids.arxiv === '2405.20671');
    expect(coupling).toMatchObject({
      ownerIndex: 0,
      coFirst: true,
      venue: 'NeurIPS 2024',
      year: 2024,
      code: [{ repo: 'HanseulJo/position-coupling' }],
    });
    expect(coupling?.ids.openreview).toBe('5cIRdGM1uG');
    // `_site` was built locally, so links say localhost (docs/homepages.md §3.9): kept as the page has them.
    expect(card.papers[0]?.url).toMatch(/^http:\/\/localhost:4000\/publication\//);
  });

  it('reads Alexander R. Fabbri home page (no publication list)', () => {
    const card = read('academicpages/Alex-Fabbri/index.html', 'https://alex-fabbri.github.io/');
    expect(card).toMatchObject({
      name: 'Alexander R. Fabbri',
      position: 'ML Research Scientist',
      affiliation: 'Scale AI',
    });
    expect(card.ids.scholar).toBe('DknNWHkAAAAJ');
    expect(card.advisors).toEqual([{ name: 'Dragomir Radev', url: 'http://www.cs.yale.edu/homes/radev/' }]);
    expect(card.papers).toEqual([]);
  });
});

describe('hugo-blox', () => {
  it('reads Biao Zhang (Wowchemy 5)', () => {
    const card = read('hugo-blox/1zb/index.html', 'https://1zb.github.io/');
    expect(card).toMatchObject({
      template: 'hugo-blox',
      name: 'Biao Zhang',
      position: 'PhD candidate',
      affiliation: 'KAUST',
    });
    // The profile icons sit in `ul.network-icon[aria-hidden=true]` although they are visible.
    expect(card.ids).toMatchObject({ scholar: 'h5KukxEAAAAJ', github: '1zb' });
    expect(card.interests).toContain('3D Vision');
    expect(card.advisors[0]?.name).toBe('Peter Wonka');
    expect(card.papers).toHaveLength(7);
    expect(card.papers[1]).toMatchObject({
      ownerIndex: 2,
      venue: 'CVPR 2024',
      year: 2024,
      ids: { arxiv: '2401.06614' },
    });
    expect(card.papers[1]?.url).toBe('https://1zb.github.io/publication/motion2vecset/');
  });

  it('reads Adam Gleave (Academic 4.8)', () => {
    const card = read('hugo-blox/AdamGleave/index.html', 'https://www.gleave.me/');
    expect(card).toMatchObject({ name: 'Adam Gleave', affiliation: 'UC Berkeley' });
    expect(card.ids).toMatchObject({ scholar: 'lBunDH0AAAAJ', github: 'AdamGleave', email: 'adam@gleave.me' });
    expect(card.education).toHaveLength(3);
    expect(card.papers).toHaveLength(7);
    expect(card.papers[1]).toMatchObject({
      ownerIndex: 0,
      venue: 'ICLR',
      year: 2020,
      code: [{ repo: 'HumanCompatibleAI/adversarial-policies' }],
    });
  });
});

describe('jonbarron', () => {
  it('reads Jon Barron', () => {
    const card = read('jonbarron/jonbarron/index.html', 'https://jonbarron.info/');
    expect(card).toMatchObject({ template: 'jonbarron', name: 'Jon Barron', affiliation: 'Google DeepMind' });
    expect(card.ids).toMatchObject({ scholar: 'jktWnL8AAAAJ', github: 'jonbarron', email: 'jonbarron@gmail.com' });
    expect(card.advisors[0]?.name).toBe('Jitendra Malik');
    expect(card.papers).toHaveLength(111);
    const zip = card.papers.find((p) => p.title.startsWith('Zip-NeRF'));
    expect(zip).toMatchObject({ ids: { arxiv: '2304.06706' }, year: 2023 });
    expect(zip?.authors[zip.ownerIndex ?? -1]).toBe('Jonathan T. Barron');
  });

  it('reads Songyou Peng (older fork with <name> and <papertitle>)', () => {
    const card = read('jonbarron/pengsongyou/index.html', 'https://pengsongyou.github.io/');
    expect(card).toMatchObject({ name: 'Songyou Peng', nativeName: '彭崧猷', affiliation: 'Google DeepMind' });
    expect(card.papers).toHaveLength(55);
    expect(card.news.length).toBeGreaterThan(0);
  });
});
