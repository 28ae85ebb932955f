import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { fetchOrcidEmployments, fetchOrcidResearcherUrls, normalizeOrcid } from './orcid';

const URLS = 'orcid/researcher-urls_0000-0002-1825-0097_SYNTHESIZED.json';
const EMPLOYMENTS = 'orcid/employments_0000-0002-1825-0097_SYNTHESIZED.json';

describe('ORCID', () => {
  it('normalises iDs and refuses anything else', () => {
    expect(normalizeOrcid('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(normalizeOrcid('0000-0002-1694-233x')).toBe('0000-0002-1694-233X');
    expect(normalizeOrcid('0000-0002-1825')).toBeUndefined();
  });

  it('reads researcher URLs, asking for JSON', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(URLS))]);
    const result = await settle(clock, fetchOrcidResearcherUrls(net, 'https://orcid.org/0000-0002-1825-0097'));
    expect(calls[0]?.url).toBe('https://pub.orcid.org/v3.0/0000-0002-1825-0097/researcher-urls');
    expect(calls[0]?.headers.accept).toBe('application/json');
    expect(result).toEqual({
      ok: true,
      data: [
        { name: 'Personal homepage', url: 'https://example.edu/~carberry/' },
        { url: 'https://github.com/example-carberry' },
      ],
    });
  });

  it('reads employments and marks the one without an end date as current', async () => {
    const { net, clock } = createTestNet([jsonResponse(readApiJson(EMPLOYMENTS))]);
    const result = await settle(clock, fetchOrcidEmployments(net, '0000-0002-1825-0097'));
    expect(result).toEqual({
      ok: true,
      data: [
        {
          organization: 'Example University',
          department: 'Department of Psychoceramics',
          role: 'Professor',
          startYear: 2020,
          current: true,
          city: 'Providence',
          country: 'US',
          organizationId: 'https://ror.org/00example1',
        },
        {
          organization: 'Example Institute of Technology',
          role: 'Postdoctoral Researcher',
          startYear: 2016,
          endYear: 2019,
          current: false,
          city: 'Cambridge',
          country: 'US',
        },
      ],
    });
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
