import { describe, expect, it } from 'vitest';
import { createTestNet, settle, textResponse } from '../net/test-support/fake-net';
import { fetchArxivEntries, parseArxivFeed } from './arxiv-api';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiFixture } from './test-support/fixture-file';

const LLMLINGUA2 = 'arxiv/query_id_list_2403.12968_SYNTHESIZED.xml';

describe('parseArxivFeed', () => {
  it('reads the current (2025-11) format by element name and leaves out unknown ids', () => {
    const result = parseArxivFeed(readApiFixture('arxiv/query_id_list_three_of_four_missing_2025-11-11.xml'));
    expect(result).toEqual({
      ok: true,
      data: [
        {
          arxivId: '2201.13452',
          version: 1,
          title: 'Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease',
          authors: [
            { name: 'Hong-Ming Yin', affiliations: [] },
            { name: 'Jun Zou', affiliations: [] },
          ],
          comment: '34 pages',
          published: '2022-01-31T18:59:34Z',
          codeLinks: [],
        },
      ],
    });
  });

  it('reads affiliations, journal refs and DOIs, and an empty feed', () => {
    const search = parseArxivFeed(readApiFixture('arxiv/query_search_all_electron_and_proton_2025-11-11.xml'));
    if (!search.ok) throw new Error(search.message);
    expect(search.data).toHaveLength(10);
    expect(search.data.find((e) => e.doi === '10.5170/CERN-2013-002.237')).toMatchObject({
      journalRef: 'CERN Yellow Report CERN-2013-002, pp.237-240',
    });
    expect(search.data.some((e) => e.authors.some((a) => a.affiliations.includes('Rutherford')))).toBe(true);
    expect(parseArxivFeed(readApiFixture('arxiv/query_id_list_nonexistent_2025-11-11.xml'))).toEqual({
      ok: true,
      data: [],
    });
  });

  it('turns the error entry into bad-request', () => {
    expect(parseArxivFeed(readApiFixture('arxiv/docs_example_error_malformed_id_legacy.xml'))).toMatchObject({
      ok: false,
      kind: 'bad-request',
      message: 'arXiv: incorrect id format for 1234.12345',
    });
  });
});

describe('fetchArxivEntries', () => {
  it('asks by id_list and finds the code link of LLMLingua-2 in comment and abstract', async () => {
    const { net, clock, calls } = createTestNet([textResponse(readApiFixture(LLMLINGUA2))]);
    const result = await settle(clock, fetchArxivEntries(net, ['2403.12968', 'not an id']));
    expect(calls[0]?.url).toBe('https://export.arxiv.org/api/query?id_list=2403.12968&max_results=1');
    if (!result.ok) throw new Error(result.message);
    expect(result.data[0]).toMatchObject({
      arxivId: '2403.12968',
      version: 2,
      codeLinks: ['https://github.com/microsoft/LLMLingua'],
    });
    expect(result.data[0]?.title).toBe(
      'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression',
    );
    expect(result.data[0]?.authors.map((a) => a.name)).toHaveLength(13);
  });
});

describeFailureContract('fetchArxivEntries', {
  call: (net, signal) => fetchArxivEntries(net, ['2403.12968'], signal ? { signal } : {}),
  success: () => textResponse(readApiFixture(LLMLINGUA2)),
  malformedBody: '<html>Service Unavailable</html>',
});
