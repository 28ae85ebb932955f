import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { fetchS2Author, fetchS2AuthorPapers, fetchS2Paper, searchS2Authors } from './semantic-scholar';

const LLMLINGUA2 = 'semanticscholar/paper_arxiv_2403.12968_nested_authors_SYNTHESIZED.json';

describe('fetchS2Paper', () => {
  it('returns every author of arXiv 2403.12968 in order, with metrics and dblp names', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(LLMLINGUA2))]);
    const result = await settle(clock, fetchS2Paper(net, 'ARXIV:2403.12968'));
    if (!result.ok) throw new Error(result.message);
    expect(calls[0]?.url).toMatch(
      /\/paper\/ARXIV:2403\.12968\?fields=title,year,venue,externalIds,citationCount,url,authors\.authorId,/,
    );
    expect(calls[0]?.url).toContain('authors.hIndex');
    expect(result.data.ids).toEqual({
      arxiv: '2403.12968',
      acl: '2024.findings-acl.57',
      doi: '10.18653/v1/2024.findings-acl.57',
      corpusId: 900000001,
    });
    expect(result.data.authors).toHaveLength(13);
    expect(result.data.authors[0]).toMatchObject({
      name: 'Zhuoshi Pan',
      dblpNames: ['Zhuoshi Pan'],
      affiliations: ['Tsinghua University'],
    });
    expect(result.data.authors[0]).not.toHaveProperty('homepage');
    expect(result.data.authors[10]?.name).toBe('H. Vicky Zhao');
  });

  it('reads a recorded paper with nested author fields', async () => {
    const { net, clock } = createTestNet([
      jsonResponse(readApiJson('semanticscholar/paper_nested_author_fields_TRIMMED.json')),
    ]);
    const result = await settle(clock, fetchS2Paper(net, 'DOI:10.1093/mind/lix.236.433'));
    expect(result).toMatchObject({
      ok: true,
      data: {
        title: 'Computing Machinery and Intelligence',
        year: 1950,
        authors: [{ authorId: '2262347', name: 'A. Turing', dblpNames: ['Alan M. Turing'], hIndex: 22 }],
      },
    });
  });

  it('shows that arXiv and ACL ids are merged into one record', async () => {
    const { net, clock } = createTestNet([
      jsonResponse(readApiJson('semanticscholar/paper_with_arxiv_and_acl_ids.json')),
    ]);
    const result = await settle(clock, fetchS2Paper(net, 'ACL:2024.lrec-main.592'));
    expect(result).toMatchObject({ ok: true, data: { ids: { arxiv: '2402.13372', acl: '2024.lrec-main.592' } } });
  });

  it('sends the optional key as x-api-key and keeps DOI slashes in the path', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(LLMLINGUA2))]);
    await settle(clock, fetchS2Paper(net, 'DOI:10.18653/v1/2024.findings-acl.57', { apiKey: 'k' }));
    expect(calls[0]?.url).toContain('/paper/DOI:10.18653/v1/2024.findings-acl.57?fields=');
    expect(calls[0]?.headers['x-api-key']).toBe('k');
  });

  it('maps the recorded 404 and 403 bodies', async () => {
    const { net, clock } = createTestNet([
      jsonResponse(readApiJson('semanticscholar/error_404_paper_not_found.json'), 404),
      jsonResponse(readApiJson('semanticscholar/error_403_invalid_api_key.json'), 403),
    ]);
    expect(await settle(clock, fetchS2Paper(net, '0'))).toMatchObject({
      kind: 'not-found',
      message: expect.stringContaining('Paper with id 0 not found'),
    });
    expect(await settle(clock, fetchS2Paper(net, '0', { apiKey: 'F@k3K3y' }))).toMatchObject({ kind: 'forbidden' });
  });
});

describe('author endpoints', () => {
  it('fetches an author profile', async () => {
    const { net, clock } = createTestNet([
      jsonResponse(readApiJson('semanticscholar/author_with_papers_turing_TRIMMED.json')),
    ]);
    const result = await settle(clock, fetchS2Author(net, '2262347'));
    expect(result).toEqual({
      ok: true,
      data: {
        authorId: '2262347',
        name: 'A. Turing',
        url: 'https://www.semanticscholar.org/author/2262347',
        affiliations: [],
        dblpNames: ['Alan M. Turing'],
        paperCount: 60,
        citationCount: 12415,
        hIndex: 23,
      },
    });
  });

  it('pages through author papers with venue, year, ids and authors', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse(readApiJson('semanticscholar/author_papers_with_fields_SYNTHESIZED.json')),
      jsonResponse(readApiJson('semanticscholar/author_papers_page0_titles.json')),
    ]);
    const first = await settle(clock, fetchS2AuthorPapers(net, '9000000001', { limit: 5000 }));
    if (!first.ok) throw new Error(first.message);
    expect(calls[0]?.url).toContain(
      '/author/9000000001/papers?fields=title,year,venue,citationCount,externalIds,url,authors&offset=0&limit=1000',
    );
    expect(first.data.next).toBeUndefined();
    expect(first.data.items[0]).toMatchObject({ year: 2024, citationCount: 150, ids: { arxiv: '2403.12968' } });
    expect(first.data.items[1]?.authors).toEqual([
      { name: 'Someone Unlinked', affiliations: [], dblpNames: [] },
      { authorId: '9000000001', name: 'Zhuoshi Pan', affiliations: [], dblpNames: [] },
    ]);
    const recorded = await settle(clock, fetchS2AuthorPapers(net, '1723755'));
    expect(recorded).toMatchObject({ ok: true, data: { offset: 0, next: 100 } });
    if (recorded.ok) expect(recorded.data.items).toHaveLength(100);
  });

  it('searches authors with hyphens replaced by spaces', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse(readApiJson('semanticscholar/author_search_turing.json')),
    ]);
    const result = await settle(clock, searchS2Authors(net, 'Chin-Yew Lin'));
    expect(calls[0]?.url).toContain('/author/search?query=Chin%20Yew%20Lin&fields=');
    expect(result).toMatchObject({ ok: true, data: { total: 59, offset: 0 } });
    if (result.ok)
      expect(result.data.items[0]).toEqual({ authorId: '2262347', name: 'A. Turing', affiliations: [], dblpNames: [] });
  });
});

describeFailureContract('fetchS2Paper', {
  call: (net, signal) => fetchS2Paper(net, 'ARXIV:2403.12968', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(LLMLINGUA2)),
  malformedBody: '{"title": "no paperId"}',
});

describeFailureContract('searchS2Authors', {
  call: (net, signal) => searchS2Authors(net, 'turing', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson('semanticscholar/author_search_turing.json')),
  malformedBody: 'Too Many Requests',
});
