import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import {
  currentOrcidEmployment,
  fetchOrcidEmployments,
  fetchOrcidResearcherUrls,
  normalizeOrcid,
  type OrcidEmployment,
} from './orcid';

const URLS = 'orcid/researcher-urls_0000-0002-1825-0097.json';
const EMPLOYMENTS = 'orcid/employments_0000-0002-1825-0097.json';

describe('ORCID', () => {
  it('normalises iDs and refuses anything else', () => {
    expect(normalizeOrcid('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(normalizeOrcid('0000-0002-1694-233x')).toBe('0000-0002-1694-233X');
    expect(normalizeOrcid('0000-0002-1825')).toBeUndefined();
  });

  it('reads the recorded researcher URLs, asking for JSON', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(URLS))]);
    const result = await settle(clock, fetchOrcidResearcherUrls(net, 'https://orcid.org/0000-0002-1825-0097'));
    expect(calls[0]?.url).toBe('https://pub.orcid.org/v3.0/0000-0002-1825-0097/researcher-urls');
    expect(calls[0]?.headers.accept).toBe('application/json');
    expect(result).toEqual({
      ok: true,
      data: [
        { name: 'Brown University Page', url: 'http://library.brown.edu/about/hay/carberry.php' },
        { name: 'Wikipedia Entry', url: 'http://en.wikipedia.org/wiki/Josiah_Carberry' },
      ],
    });
  });

  it('keeps unnamed URLs and skips ones that are not http(s)', async () => {
    const recorded = readApiJson(URLS) as { 'researcher-url': Record<string, unknown>[] };
    const [first, second] = recorded['researcher-url'];
    const variant = {
      ...recorded,
      'researcher-url': [
        { ...first, 'url-name': null },
        { ...second, url: { value: 'javascript:alert(1)' } },
      ],
    };
    const { net, clock } = createTestNet([jsonResponse(variant)]);
    expect(await settle(clock, fetchOrcidResearcherUrls(net, '0000-0002-1825-0097'))).toEqual({
      ok: true,
      data: [{ url: 'http://library.brown.edu/about/hay/carberry.php' }],
    });
  });

  it('reads the recorded employments: organisation, department, role, start year, current', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(EMPLOYMENTS))]);
    const result = await settle(clock, fetchOrcidEmployments(net, '0000-0002-1825-0097'));
    expect(calls[0]?.url).toBe('https://pub.orcid.org/v3.0/0000-0002-1825-0097/employments');
    expect(result).toEqual({
      ok: true,
      data: [
        {
          organization: 'Wesleyan University',
          department: 'Psychoceramics',
          role: 'Professor',
          startYear: 1930,
          current: true,
          city: 'Middletown',
          country: 'US',
          organizationId: '5468',
          organizationIdSource: 'RINGGOLD',
        },
        {
          organization: 'Brown University',
          department: 'Psychoceramics',
          role: 'Professor',
          startYear: 1929,
          current: true,
          city: 'Providence',
          country: 'US',
          organizationId: '6752',
          organizationIdSource: 'RINGGOLD',
        },
      ],
    });
  });

  it('reads an end year and a record without employments', async () => {
    const recorded = readApiJson(EMPLOYMENTS) as { 'affiliation-group': { summaries: Record<string, unknown>[] }[] };
    const group = recorded['affiliation-group'][1];
    const summary = group?.summaries[0]?.['employment-summary'] as Record<string, unknown>;
    const ended = {
      ...recorded,
      'affiliation-group': [
        {
          ...group,
          summaries: [
            { 'employment-summary': { ...summary, 'end-date': { year: { value: '1935' }, month: null, day: null } } },
          ],
        },
      ],
    };
    const { net, clock } = createTestNet([jsonResponse(ended), jsonResponse({ ...recorded, 'affiliation-group': [] })]);
    expect(await settle(clock, fetchOrcidEmployments(net, '0000-0002-1825-0097'))).toMatchObject({
      ok: true,
      data: [{ organization: 'Brown University', startYear: 1929, endYear: 1935, current: false }],
    });
    expect(await settle(clock, fetchOrcidEmployments(net, '0000-0002-1825-0097'))).toEqual({ ok: true, data: [] });
  });

  it('refuses a malformed iD without a request', async () => {
    const { net, clock, calls } = createTestNet([]);
    expect(await settle(clock, fetchOrcidEmployments(net, '../../x'))).toMatchObject({
      ok: false,
      kind: 'bad-request',
    });
    expect(calls).toHaveLength(0);
  });
});

describe('currentOrcidEmployment', () => {
  const job = (organization: string, startYear?: number, endYear?: number): OrcidEmployment => ({
    organization,
    ...(startYear ? { startYear } : {}),
    ...(endYear ? { endYear } : {}),
    current: endYear === undefined,
  });

  it('prefers the most recently started current position, else the one that ended last', () => {
    expect(currentOrcidEmployment([job('Brown', 1929), job('Wesleyan', 1930)])?.organization).toBe('Wesleyan');
    expect(currentOrcidEmployment([job('A', 2010, 2015), job('B', 2016, 2020), job('C', 2001)])?.organization).toBe(
      'C',
    );
    expect(currentOrcidEmployment([job('A', 2010, 2015), job('B', 2016, 2020)])?.organization).toBe('B');
    expect(currentOrcidEmployment([])).toBeUndefined();
  });
});

describeFailureContract('fetchOrcidResearcherUrls', {
  call: (net, signal) => fetchOrcidResearcherUrls(net, '0000-0002-1825-0097', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(URLS)),
  malformedBody: '<record>xml is the default</record>',
});

describeFailureContract('fetchOrcidEmployments', {
  call: (net, signal) => fetchOrcidEmployments(net, '0000-0002-1825-0097', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(EMPLOYMENTS)),
  malformedBody: '{"employment": "not a group list"}',
});
