import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import {
  fetchOpenAlexAuthor,
  fetchOpenAlexWorkByArxiv,
  fetchOpenAlexWorkByDoi,
  fetchOpenAlexWorksByAuthor,
  findOpenAlexAuthorship,
  type OpenAlexWork,
} from './openalex';

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

describe('ORCID iDs and affiliations at a paper', () => {
  it("reads the author's iD from ids.orcid when the top-level orcid is null", async () => {
    // The recorded author as a 2026 record can come: `orcid` null, the iD only under `ids`.
    const author = { ...(readApiJson(AUTHOR) as Record<string, unknown>), orcid: null };
    const { net, clock } = createTestNet([jsonResponse(author)]);
    const result = await settle(clock, fetchOpenAlexAuthor(net, 'A5023888391'));
    expect(result).toMatchObject({ ok: true, data: { orcid: '0000-0001-6187-6610' } });
    const bare = { ...author, ids: { openalex: 'https://openalex.org/A5023888391' } };
    const { net: net2, clock: clock2 } = createTestNet([jsonResponse(bare)]);
    const none = await settle(clock2, fetchOpenAlexAuthor(net2, 'A5023888391'));
    expect(none.ok && none.data.orcid).toBe(undefined);
  });

  it("gives every author's institutions and affiliation text at the paper, with the paper's year", async () => {
    const { net, clock } = createTestNet([jsonResponse(readApiJson(WORK))]);
    const result = await settle(clock, fetchOpenAlexWorkByDoi(net, '10.7717/peerj.4375'));
    if (!result.ok) throw new Error(result.message);
    expect(result.data.year).toBe(2018);
    expect(result.data.authorships).toHaveLength(9);
    expect(result.data.authorships[2]).toMatchObject({
      name: 'Vincent Larivière',
      orcid: '0000-0002-2733-0689',
      institutions: [{ name: 'Université de Montréal' }, { name: 'Université du Québec à Montréal' }],
    });
    expect(result.data.authorships[5]?.rawAffiliations).toEqual([
      'FlourishOA, USA',
      'Information School, University of Washington, Seattle, USA',
    ]);
  });

  it('falls back to affiliations[].raw_affiliation_string, once each', async () => {
    const work = readApiJson(WORK) as { authorships: Record<string, unknown>[] };
    const ship = { ...work.authorships[5], raw_affiliation_strings: [] };
    const { net, clock } = createTestNet([jsonResponse({ ...work, authorships: [ship, ship] })]);
    const result = await settle(clock, fetchOpenAlexWorkByDoi(net, '10.7717/peerj.4375'));
    expect(result.ok && result.data.authorships[0]?.rawAffiliations).toEqual([
      'FlourishOA, USA',
      'Information School, University of Washington, Seattle, USA',
    ]);
  });

  it('asks for an arXiv paper by its DataCite DOI, without the version, and refuses other ids', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(WORK))]);
    expect((await settle(clock, fetchOpenAlexWorkByArxiv(net, '2403.12968v2'))).ok).toBe(true);
    expect(calls[0]?.url).toBe('https://api.openalex.org/works/doi:10.48550/arXiv.2403.12968');
    expect(await settle(clock, fetchOpenAlexWorkByArxiv(net, 'W123'))).toMatchObject({ kind: 'bad-request' });
    expect(calls).toHaveLength(1);
  });

  it('sends no mailto, only the optional key', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(WORK)), jsonResponse(readApiJson(WORK))]);
    await settle(clock, fetchOpenAlexWorkByArxiv(net, '2403.12968'));
    await settle(clock, fetchOpenAlexWorkByArxiv(net, '2403.12968', { apiKey: 'k' }));
    expect(calls.map((c) => new URL(c.url).search)).toEqual(['', '?api_key=k']);
  });
});

describe('findOpenAlexAuthorship', () => {
  const work = async (): Promise<OpenAlexWork> => {
    const { net, clock } = createTestNet([jsonResponse(readApiJson(WORK))]);
    const result = await settle(clock, fetchOpenAlexWorkByDoi(net, '10.7717/peerj.4375'));
    if (!result.ok) throw new Error(result.message);
    return result.data;
  };

  it('takes the authorship at the page position when the name agrees, initials included', async () => {
    const w = await work();
    expect(findOpenAlexAuthorship(w, 'Vincent Lariviere', 2)?.authorId).toBe('A5068542997');
    expect(findOpenAlexAuthorship(w, 'V. Larivière', 2)?.authorId).toBe('A5068542997');
  });

  it('looks elsewhere by a full name when the position is off, and gives up on strangers', async () => {
    const w = await work();
    expect(findOpenAlexAuthorship(w, 'Jevin D. West', 0)?.institutions.map((i) => i.name)).toEqual([
      'Seattle University',
      'University of Washington',
    ]);
    expect(findOpenAlexAuthorship(w, 'J. West')).toBeUndefined();
    expect(findOpenAlexAuthorship(w, 'Zhuoshi Pan', 0)).toBeUndefined();
  });
});

describeFailureContract('fetchOpenAlexAuthor', {
  call: (net, signal) => fetchOpenAlexAuthor(net, 'A5023888391', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(AUTHOR)),
  malformedBody: '{"error": "no id here"}',
});

describeFailureContract('fetchOpenAlexWorkByArxiv', {
  call: (net, signal) => fetchOpenAlexWorkByArxiv(net, '2403.12968', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(WORK)),
  malformedBody: '{"authorships": []}',
});

describeFailureContract('fetchOpenAlexWorkByDoi', {
  call: (net, signal) => fetchOpenAlexWorkByDoi(net, '10.7717/peerj.4375', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(WORK)),
  malformedBody: '[1, 2, 3]',
});

/** A list answer in OpenAlex's `{ meta, results }` envelope around the recorded work. */
const worksList = () => ({
  meta: { count: 1, db_response_time_ms: 21, page: 1, per_page: 25, groups_count: null },
  results: [readApiJson(WORK)],
  group_by: [],
});

describe('fetchOpenAlexWorksByAuthor', () => {
  it('asks for the author’s most cited works with their authorships, and reads each work', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(worksList())]);
    const result = await settle(clock, fetchOpenAlexWorksByAuthor(net, 'https://openalex.org/A5023888391'));
    if (!result.ok) throw new Error(result.message);
    const url = new URL(calls[0]?.url ?? '');
    expect(url.pathname).toBe('/works');
    expect(url.searchParams.get('filter')).toBe('author.id:A5023888391');
    expect(url.searchParams.get('select')).toContain('authorships');
    expect(result.data).toHaveLength(1);
    expect(result.data[0]?.authorships.map((a) => a.name)).toContain('Jason Priem');
  });

  it('refuses what is not an author id without a request', async () => {
    const { net, clock, calls } = createTestNet([]);
    const result = await settle(clock, fetchOpenAlexWorksByAuthor(net, '../works'));
    expect(result).toMatchObject({ ok: false, kind: 'bad-request' });
    expect(calls).toHaveLength(0);
  });
});

describeFailureContract('fetchOpenAlexWorksByAuthor', {
  call: (net, signal) => fetchOpenAlexWorksByAuthor(net, 'A5023888391', signal ? { signal } : {}),
  success: () => jsonResponse(worksList()),
  malformedBody: '{"meta": {}}',
});
