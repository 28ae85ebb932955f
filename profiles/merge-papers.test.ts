import { describe, expect, it } from 'vitest';
import type { HomepagePaper } from '../homepage/homepage-card';
import type { S2Paper } from '../sources/semantic-scholar';
import { mergePapers } from './merge-papers';

const ME = '9000000001';

function hp(title: string, extra: Partial<HomepagePaper> = {}): HomepagePaper {
  return {
    title,
    url: null,
    ids: { arxiv: null, acl: null, doi: null, openreview: null },
    authors: ['Zhuoshi Pan', 'Qianhui Wu', 'H. Vicky Zhao'],
    ownerIndex: 0,
    coFirst: false,
    venue: null,
    year: null,
    code: [],
    links: [],
    ...extra,
  };
}

function s2(
  paperId: string,
  title: string,
  extra: Partial<S2Paper> & { position?: number; count?: number } = {},
): S2Paper {
  const { position = 0, count = 3, ...rest } = extra;
  const authors = Array.from({ length: count }, (_, i) =>
    i === position
      ? { authorId: ME, name: 'Zhuoshi Pan', affiliations: [], dblpNames: [] }
      : { authorId: `x${i}`, name: `Other ${i}`, affiliations: [], dblpNames: [] },
  );
  return { paperId, title, ids: {}, authors, ...rest };
}

const LLMLINGUA = 'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression';

describe('mergePapers: one entry per paper', () => {
  it('joins the arXiv preprint and the ACL version by id, keeping both venues, published first', () => {
    const papers = mergePapers(
      [
        hp(LLMLINGUA, {
          ids: { arxiv: '2403.12968v2', acl: null, doi: null, openreview: null },
          venue: 'arXiv',
          code: [{ repo: 'microsoft/LLMLingua', url: 'https://github.com/microsoft/LLMLingua' }],
        }),
      ],
      [
        s2('p1', LLMLINGUA, {
          ids: { arxiv: '2403.12968', acl: '2024.findings-acl.57', doi: '10.18653/v1/2024.findings-acl.57' },
          venue: 'Findings of ACL',
          citationCount: 150,
          year: 2024,
        }),
      ],
      ME,
    );
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      ids: { arxiv: '2403.12968', acl: '2024.findings-acl.57', doi: '10.18653/v1/2024.findings-acl.57' },
      venues: ['Findings of ACL', 'arXiv'],
      citations: 150,
      year: 2024,
      sources: ['homepage', 'semantic-scholar'],
      code: [{ repo: 'microsoft/LLMLingua' }],
    });
  });

  it('joins two Semantic Scholar records of one paper that share an id', () => {
    const papers = mergePapers(
      [],
      [
        s2('pre', LLMLINGUA, {
          ids: { arxiv: '2403.12968', doi: '10.48550/arXiv.2403.12968' },
          venue: 'arXiv.org',
          citationCount: 40,
        }),
        s2('pub', `${LLMLINGUA} (Findings)`, {
          ids: { arxiv: '2403.12968', acl: '2024.findings-acl.57' },
          venue: 'ACL',
          citationCount: 150,
        }),
      ],
      ME,
    );
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      venues: ['ACL', 'arXiv'],
      citations: 150,
      ids: { arxiv: '2403.12968', acl: '2024.findings-acl.57', s2: 'pre' },
    });
    // arXiv's own DOI names the preprint, not a publication: it is not kept as a DOI.
    expect(papers[0]?.ids.doi).toBeUndefined();
  });

  it('joins by title when the ids say nothing, ignoring case and punctuation', () => {
    const papers = mergePapers(
      [hp('Secom: On Memory Construction and Retrieval for Personalized Conversational Agents')],
      [
        s2('p', 'SeCom: on memory construction and retrieval for personalized conversational agents.', {
          venue: 'ICLR',
          citationCount: 25,
        }),
      ],
      ME,
    );
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ venues: ['ICLR'], citations: 25, sources: ['homepage', 'semantic-scholar'] });
  });

  it('keeps a paper listed twice on the homepage once, with the code of both listings', () => {
    const ids = { arxiv: '2411.02886', acl: null, doi: null, openreview: null };
    const papers = mergePapers(
      [
        hp('TokenSelect', { ids }),
        hp('TokenSelect: Efficient Long-Context Inference', {
          ids,
          code: [{ repo: 'pzs19/TokenSelect', url: 'https://github.com/pzs19/TokenSelect' }],
        }),
      ],
      [],
      ME,
    );
    expect(papers).toHaveLength(1);
    expect(papers[0]?.code.map((c) => c.repo)).toEqual(['pzs19/TokenSelect']);
  });

  it('keeps different papers apart', () => {
    const papers = mergePapers(
      [hp('Paper A', { ids: { arxiv: '2401.00001', acl: null, doi: null, openreview: null } })],
      [s2('p', 'Paper B', { ids: { arxiv: '2401.00002' } })],
      ME,
    );
    expect(papers.map((p) => p.title)).toEqual(['Paper A', 'Paper B']);
  });
});

describe('mergePapers: the owner’s role', () => {
  it('reads first, co-first and last from the homepage', () => {
    const papers = mergePapers(
      [
        hp('First'),
        hp('Co-first', { ownerIndex: 1, coFirst: true }),
        hp('Last', { ownerIndex: 2 }),
        hp('Middle', { ownerIndex: 1 }),
        hp('Unknown', { ownerIndex: null }),
      ],
      [],
      ME,
    );
    expect(papers.map((p) => [p.title, p.role])).toEqual([
      ['First', 'first'],
      ['Co-first', 'co-first'],
      ['Last', 'last'],
      ['Middle', 'other'],
      ['Unknown', undefined],
    ]);
  });

  it('reads the role from the Semantic Scholar byline when the homepage does not say', () => {
    const papers = mergePapers(
      [hp('Unmarked', { ownerIndex: null })],
      [
        s2('a', 'Unmarked', { position: 4, count: 5 }),
        s2('b', 'Second of two', { position: 1, count: 2 }),
        s2('c', 'Solo', { position: 0, count: 1 }),
      ],
      ME,
    );
    expect(papers.map((p) => [p.title, p.role])).toEqual([
      ['Unmarked', 'last'],
      ['Second of two', 'other'],
      ['Solo', 'first'],
    ]);
  });

  it('does not guess a role without the author id', () => {
    expect(mergePapers([], [s2('a', 'Paper', { position: 0 })])[0]?.role).toBeUndefined();
  });
});

describe('mergePapers: order', () => {
  it('keeps the homepage order first, then the rest by citations', () => {
    const papers = mergePapers(
      [hp('Newest selected'), hp('Older selected')],
      [
        s2('a', 'Cited 5', { citationCount: 5 }),
        s2('b', 'Older selected', { citationCount: 999 }),
        s2('c', 'Cited 50', { citationCount: 50 }),
        s2('d', 'Uncited'),
      ],
      ME,
    );
    expect(papers.map((p) => p.title)).toEqual(['Newest selected', 'Older selected', 'Cited 50', 'Cited 5', 'Uncited']);
  });

  it('skips Semantic Scholar records without a title', () => {
    const untitled: S2Paper = { paperId: 'x', ids: {}, authors: [] };
    expect(mergePapers([], [untitled], ME)).toEqual([]);
  });
});
