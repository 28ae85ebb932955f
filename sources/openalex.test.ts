import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { autocompleteOpenAlexAuthors, fetchOpenAlexAuthor, fetchOpenAlexWorkByDoi } from './openalex';

const AUTHOR = 'openalex/author_A5023888391.json';
const WORK = 'openalex/work_W2741809807.json';

describe('fetchOpenAlexAuthor', () => {
  it('normalises the recorded author: ORCID, stats, affiliations with years, topics', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(AUTHOR))]);
    const result = await settle(clock, fetchOpenAlexAuthor(net, 'https://openalex.org/A5023888391'));
    if (!result.ok) throw new Error(result.message);
    expect(calls[0]?.url).toBe('https://api.openalex.org/authors/A5023888391');
    expect(result.data).toMatchObject({
      id: 'A5023888391',
      name: 'Jason Priem',
      orcid: '0000-0001-6187-6610',
      worksCount: 60,
      citedByCount: 4245,
      hIndex: 17,
      i10Index: 20,
      lastKnownInstitutions: [],
    });
    expect(result.data.affiliations[0]).toEqual({
      institution: {
        id: 'I103163165',
        name: 'Florida State University',
        ror: 'https://ror.org/05g3dte14',
        countryCode: 'US',
        type: 'education',
      },
      years: [2020],
    });
    expect(result.data.topics[0]).toEqual({
      id: 'T10102',
      name: 'scientometrics and bibliometrics research',
      count: 23,
    });
  });

  it('accepts orcid: ids, sends an optional key, and refuses other ids without a request', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(AUTHOR))]);
    await settle(clock, fetchOpenAlexAuthor(net, 'orcid:0000-0001-6187-6610', { apiKey: 'KEY' }));
    expect(calls[0]?.url).toBe('https://api.openalex.org/authors/orcid:0000-0001-6187-6610?api_key=KEY');
    expect(await settle(clock, fetchOpenAlexAuthor(net, 'A1?filter=x'))).toMatchObject({
      ok: false,
      kind: 'bad-request',
    });
    expect(calls).toHaveLength(1);
  });
});

describe('fetchOpenAlexWorkByDoi', () => {
  it('uses the free doi: singleton and returns authorships in order', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(WORK))]);
    const result = await settle(clock, fetchOpenAlexWorkByDoi(net, 'https://doi.org/10.7717/peerj.4375'));
    if (!result.ok) throw new Error(result.message);
    expect(calls[0]?.url).toBe('https://api.openalex.org/works/doi:10.7717/peerj.4375');
    expect(result.data).toMatchObject({ id: 'W2741809807', doi: '10.7717/peerj.4375', year: 2018, citedByCount: 1149 });
    expect(result.data.authorships[0]).toEqual({
      authorId: 'A5048491430',
      name: 'Heather Piwowar',
      rawName: 'Heather Piwowar',
      orcid: '0000-0003-1613-5981',
      institutions: [
        {
          id: 'I4210166736',
          name: 'Impact Technology Development (United States)',
          ror: 'https://ror.org/05ppvf150',
          countryCode: 'US',
          type: 'company',
        },
      ],
      rawAffiliations: ['Impactstory, Sanford, NC, USA'],
    });
  });

  it('builds the arXiv DataCite DOI path for arXiv papers', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(WORK))]);
    await settle(clock, fetchOpenAlexWorkByDoi(net, '10.48550/arXiv.2403.12968'));
    expect(calls[0]?.url).toBe('https://api.openalex.org/works/doi:10.48550/arXiv.2403.12968');
  });
});

describe('autocompleteOpenAlexAuthors', () => {
  it('reads the documented suggestion shape', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse(readApiJson('openalex/docs_example_autocomplete_authors.json')),
    ]);
    const result = await settle(clock, autocompleteOpenAlexAuthors(net, 'ronald sw'));
    expect(calls[0]?.url).toBe('https://api.openalex.org/autocomplete/authors?q=ronald+sw');
    expect(result).toEqual({
      ok: true,
      data: [
        {
          id: 'A5007433649',
          name: 'Ronald Swanstrom',
          hint: 'University of North Carolina at Chapel Hill, USA',
          citedByCount: 19142,
          worksCount: 339,
          orcid: '0000-0001-7777-0773',
        },
      ],
    });
  });
});

describeFailureContract('fetchOpenAlexAuthor', {
  call: (net, signal) => fetchOpenAlexAuthor(net, 'A5023888391', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(AUTHOR)),
  malformedBody: '{"error": "no id here"}',
});

describeFailureContract('fetchOpenAlexWorkByDoi', {
  call: (net, signal) => fetchOpenAlexWorkByDoi(net, '10.7717/peerj.4375', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(WORK)),
  malformedBody: '[1, 2, 3]',
});
