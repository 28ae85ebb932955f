import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle, textResponse } from '../net/test-support/fake-net';
import { fetchDblpPerson, searchDblpAuthors } from './dblp';
import { parseDblpPersonXml } from './dblp-person-xml';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiFixture, readApiJson } from './test-support/fixture-file';

const DI_XU = 'dblp/person_95-7448-1_Di_Xu_0001.xml';

describe('parseDblpPersonXml', () => {
  it('reads the recorded disambiguated person and ignores the homonyms block', () => {
    expect(parseDblpPersonXml(readApiFixture(DI_XU))).toEqual({
      pid: '95/7448-1',
      name: 'Di Xu 0001',
      disambiguation: false,
      urls: [],
      affiliations: [
        { text: 'University of British Columbia, Department of Electrical and Computer Engineering, Canada' },
      ],
      awards: [],
      publicationCount: 8,
    });
  });

  it('takes the homepage from the first non-profile URL, and the ORCID, labels and entities', () => {
    const person = parseDblpPersonXml(readApiFixture('dblp/person_with_urls_SYNTHESIZED.xml'));
    expect(person).toMatchObject({
      pid: '99/9999-2',
      homepage: 'https://ada.example.org/',
      orcid: '0000-0002-1825-0097',
      affiliations: [
        { text: 'Example University, Department of Computer Science, Zürich, Switzerland' },
        { text: 'Example Research Lab & Co., USA', label: 'former' },
      ],
      awards: [{ text: 'Example Best Paper Award', label: '2024' }],
    });
    expect(person?.urls[0]).toBe('https://scholar.google.com/citations?user=AbCdEf0AAAAJ&hl=en');
    expect(person?.urls).not.toContain('https://someone-else.example.com/');
  });

  it('flags a disambiguation profile and decodes Latin entities of the dblp DTD', () => {
    expect(parseDblpPersonXml(readApiFixture('dblp/person_disambiguation_SYNTHESIZED.xml'))?.disambiguation).toBe(true);
    const xml =
      '<dblpperson name="J&uuml;rgen M&eacute;ndez" pid="1/2"><person key="homepages/1/2"><author pid="1/2">x</author></person></dblpperson>';
    expect(parseDblpPersonXml(xml)?.name).toBe('Jürgen Méndez');
  });

  it('rejects text that is not a person record', () => {
    expect(parseDblpPersonXml('<html><title>429 Too Many Requests</title></html>')).toBeUndefined();
  });
});

describe('fetchDblpPerson', () => {
  it('fetches pid XML and refuses ids that are not pids', async () => {
    const { net, clock, calls } = createTestNet([textResponse(readApiFixture(DI_XU))]);
    expect(await settle(clock, fetchDblpPerson(net, '95/7448-1'))).toMatchObject({
      ok: true,
      data: { name: 'Di Xu 0001' },
    });
    expect(calls[0]?.url).toBe('https://dblp.org/pid/95/7448-1.xml');
    expect(await settle(clock, fetchDblpPerson(net, '../x'))).toMatchObject({ ok: false, kind: 'bad-request' });
    expect(calls).toHaveLength(1);
  });
});

describe('searchDblpAuthors', () => {
  it('normalises hits, aliases and affiliation notes', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse(readApiJson('dblp/author_search_basov_SYNTHESIZED.json')),
    ]);
    const result = await settle(clock, searchDblpAuthors(net, 'basov oleg'));
    expect(calls[0]?.url).toBe('https://dblp.org/search/author/api?q=basov%20oleg&format=json&h=30&c=0');
    expect(result).toEqual({
      ok: true,
      data: [
        {
          pid: '152/3896',
          name: 'Oleg Basov',
          url: 'https://dblp.org/pid/152/3896',
          aliases: ['O. O. Basov'],
          affiliations: ['...'],
        },
      ],
    });
  });

  it('accepts a single hit object, no hits, and exact-word queries', async () => {
    const one = readApiJson('dblp/author_search_basov_SYNTHESIZED.json') as { result: { hits: { hit: unknown[] } } };
    const single = { result: { hits: { hit: one.result.hits.hit[0] } } };
    const { net, clock, calls } = createTestNet([
      jsonResponse(single),
      jsonResponse(readApiJson('dblp/author_search_no_hits_SYNTHESIZED.json')),
    ]);
    expect(await settle(clock, searchDblpAuthors(net, 'Qiang Liu 0034', { exact: true }))).toMatchObject({
      ok: true,
      data: [{ pid: '152/3896' }],
    });
    expect(calls[0]?.url).toContain('q=Qiang%24%20Liu%24%200034%24');
    expect(await settle(clock, searchDblpAuthors(net, 'nobody here'))).toEqual({ ok: true, data: [] });
  });
});

describe('dblp behind its bot wall', () => {
  const ANUBIS = readApiFixture('anubis/challenge_page_2026-04-06.html');

  it('says dblp is blocking automated requests, for a record (200) and a search (500), once a day', async () => {
    const { net, clock, calls } = createTestNet([
      textResponse(ANUBIS, 200, { 'content-type': 'text/html; charset=utf-8' }),
      textResponse(ANUBIS, 500, { 'content-type': 'text/html; charset=utf-8' }),
    ]);
    const person = await settle(clock, fetchDblpPerson(net, '95/7448-1'));
    expect(person).toMatchObject({
      ok: false,
      kind: 'blocked',
      wall: 'proof-of-work',
      message: expect.stringContaining('dblp.org is blocking automated requests'),
      retryAt: Date.UTC(2026, 0, 2),
    });
    // The search is not even sent: the wall is remembered for the host.
    expect(await settle(clock, searchDblpAuthors(net, 'Zhuoshi Pan'))).toMatchObject({ kind: 'blocked' });
    expect(calls).toHaveLength(1);
  });

  it('reads the wall on the search API as blocked when it is the first answer, without retries', async () => {
    const { net, clock, calls } = createTestNet([textResponse(ANUBIS, 500)]);
    expect(await settle(clock, searchDblpAuthors(net, 'Zhuoshi Pan'))).toMatchObject({ kind: 'blocked' });
    expect(calls).toHaveLength(1);
  });
});

describeFailureContract('fetchDblpPerson', {
  call: (net, signal) => fetchDblpPerson(net, '95/7448-1', signal ? { signal } : {}),
  success: () => textResponse(readApiFixture(DI_XU)),
  malformedBody: '<html>not a person</html>',
});

describeFailureContract('searchDblpAuthors', {
  call: (net, signal) => searchDblpAuthors(net, 'basov', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson('dblp/author_search_basov_SYNTHESIZED.json')),
  malformedBody: '{"result": {}}',
});
