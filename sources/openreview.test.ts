import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle, textResponse } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiFixture, readApiJson } from './test-support/fixture-file';
import {
  confirmOpenReviewProfile,
  fetchOpenReviewProfile,
  openReviewAdvisors,
  searchOpenReviewProfiles,
} from './openreview';

const PROFILE = 'openreview/profiles_id_~Zhuoshi_Pan1_SYNTHESIZED.json';
const CHALLENGE = 'openreview/error_403_challenge_required_SYNTHESIZED.json';
const T0 = Date.UTC(2026, 0, 1);

describe('fetchOpenReviewProfile', () => {
  it('reads homepage, positions with years, relations, expertise and links', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(PROFILE))]);
    const result = await settle(clock, fetchOpenReviewProfile(net, '~Zhuoshi_Pan1'));
    expect(calls[0]).toMatchObject({
      url: 'https://api2.openreview.net/profiles?id=~Zhuoshi_Pan1',
      credentials: 'omit',
    });
    if (!result.ok) throw new Error(result.message);
    const profile = result.data;
    expect(profile).toMatchObject({ id: '~Zhuoshi_Pan1', name: 'Zhuoshi Pan', otherNames: ['盘卓实'] });
    expect(profile.links).toEqual({
      homepage: 'https://pzs19.github.io/',
      scholar: 'https://scholar.google.com/citations?user=AbCdEf0AAAAJ',
      dblp: 'https://dblp.org/pid/99/0001.html',
      semanticScholar: 'https://www.semanticscholar.org/author/Zhuoshi-Pan/9000000001',
      github: 'https://github.com/pzs19',
    });
    expect(profile.ids).toEqual({
      semanticScholar: '9000000001',
      dblp: '99/0001',
      github: 'pzs19',
      scholar: 'AbCdEf0AAAAJ',
    });
    expect(profile.history[0]).toEqual({
      position: 'MS student',
      institution: 'Tsinghua University',
      domain: 'tsinghua.edu.cn',
      department: 'School of Information Science and Technology',
      country: 'CN',
      startYear: 2023,
      current: true,
    });
    expect(profile.history[1]).toMatchObject({
      institution: 'Microsoft',
      startYear: 2023,
      endYear: 2024,
      current: false,
    });
    expect(openReviewAdvisors(profile)).toEqual([
      { relation: 'MS Advisor', name: 'H. Vicky Zhao', profileId: '~H._Vicky_Zhao1', startYear: 2023 },
    ]);
    expect(profile.expertise[0]).toEqual({ keywords: ['large language models', 'data synthesis'], startYear: 2023 });
  });

  it('asks by email, lower-cased, and refuses anything else without a request', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(PROFILE))]);
    await settle(clock, fetchOpenReviewProfile(net, 'Someone@Example.org'));
    expect(calls[0]?.url).toBe('https://api2.openreview.net/profiles?email=someone%40example.org');
    for (const bad of ['Zhuoshi Pan', '~', '~A_B1&x=1', '../notes'])
      expect(await settle(clock, fetchOpenReviewProfile(net, bad))).toMatchObject({ kind: 'bad-request' });
    expect(calls).toHaveLength(1);
  });

  it('reads an empty profile list as not found', async () => {
    const { net, clock } = createTestNet([jsonResponse({ profiles: [] })]);
    expect(await settle(clock, fetchOpenReviewProfile(net, '~Nobody_Here1'))).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
  });

  it('tolerates older and sparser records: years inside institution, first/last names, bare ORCID', async () => {
    const sparse = {
      profiles: [
        {
          id: '~Ada_Exemplar1',
          content: {
            names: [{ first: 'Ada', last: 'Exemplar' }],
            orcid: '0000-0002-1825-0097',
            homepage: 'ada.example.org',
            history: [
              { position: 'Researcher', institution: { name: 'UMass', domain: 'umass.edu', start: 1999, end: 2000 } },
            ],
            relations: [{ relation: 'PhD Advisor', name: 'Some Advisor', username: 'not-an-id' }, { name: 'x' }],
            expertise: [{ keywords: [] }],
          },
        },
        { id: '~Broken1' },
      ],
    };
    const { net, clock } = createTestNet([jsonResponse(sparse)]);
    const result = await settle(clock, fetchOpenReviewProfile(net, '~Ada_Exemplar1'));
    expect(result).toMatchObject({
      ok: true,
      data: {
        name: 'Ada Exemplar',
        links: { homepage: 'https://ada.example.org/', orcid: 'https://orcid.org/0000-0002-1825-0097' },
        ids: { orcid: '0000-0002-1825-0097' },
        history: [{ institution: 'UMass', startYear: 1999, endYear: 2000, current: false }],
        relations: [{ relation: 'PhD Advisor', name: 'Some Advisor' }],
        expertise: [],
      },
    });
  });
});

describe('OpenReview asks guests for a sign-in', () => {
  it('reports the guest challenge as blocked, says so, and stops asking for hours', async () => {
    const { net, clock, calls } = createTestNet([
      textResponse(readApiFixture(CHALLENGE), 403, { 'content-type': 'application/json; charset=utf-8' }),
    ]);
    const first = await settle(clock, fetchOpenReviewProfile(net, '~Zhuoshi_Pan1'));
    expect(first).toMatchObject({
      ok: false,
      kind: 'blocked',
      wall: 'challenge',
      message: 'OpenReview asks for a sign-in',
      retryAt: T0 + 6 * 3_600_000,
    });
    expect(await settle(clock, searchOpenReviewProfiles(net, 'Zhuoshi Pan'))).toMatchObject({
      kind: 'blocked',
      message: 'OpenReview asks for a sign-in',
    });
    expect(calls).toHaveLength(1);
  });

  it('reads a redirect to the sign-in page as the same wall', async () => {
    const login = new Response('<html>Login</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    Object.defineProperty(login, 'redirected', { value: true });
    Object.defineProperty(login, 'url', { value: 'https://openreview.net/login?redirect=%2Fprofile' });
    const { net, clock } = createTestNet([login]);
    expect(await settle(clock, fetchOpenReviewProfile(net, '~Zhuoshi_Pan1'))).toMatchObject({
      kind: 'blocked',
      wall: 'sign-in',
      message: 'OpenReview asks for a sign-in',
    });
  });

  it("sends the user's session only when asked, apart from the blocked guest path", async () => {
    // The user has signed Byline into OpenReview (the only case a sign-in is sent).
    const { net, clock, calls } = createTestNet(
      [textResponse(readApiFixture(CHALLENGE), 403), jsonResponse(readApiJson(PROFILE))],
      { env: { signedIn: async (source) => source === 'openreview' } },
    );
    await settle(clock, fetchOpenReviewProfile(net, '~Zhuoshi_Pan1'));
    const signedIn = await settle(clock, fetchOpenReviewProfile(net, '~Zhuoshi_Pan1', { withSession: true }));
    expect(signedIn.ok).toBe(true);
    expect(calls.map((c) => c.credentials)).toEqual(['omit', 'include']);
  });
});

describe('searchOpenReviewProfiles', () => {
  it('searches by full name and returns every readable profile', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(PROFILE))]);
    const result = await settle(clock, searchOpenReviewProfiles(net, ' Zhuoshi  Pan '));
    expect(calls[0]?.url).toBe('https://api2.openreview.net/profiles/search?fullname=Zhuoshi%20Pan&es=false');
    expect(result.ok && result.data.map((p) => p.id)).toEqual(['~Zhuoshi_Pan1']);
    expect(await settle(clock, searchOpenReviewProfiles(net, '  '))).toMatchObject({ kind: 'bad-request' });
  });
});

describe('confirmOpenReviewProfile', () => {
  it('confirms only through an identifier the matched person already has', async () => {
    const { net, clock } = createTestNet([jsonResponse(readApiJson(PROFILE))]);
    const result = await settle(clock, fetchOpenReviewProfile(net, '~Zhuoshi_Pan1'));
    if (!result.ok) throw new Error(result.message);
    const profile = result.data;
    expect(confirmOpenReviewProfile(profile, { semanticScholar: '9000000001' })).toBe('semanticScholar');
    expect(confirmOpenReviewProfile(profile, { semanticScholar: '9000000002', dblp: '99/0001' })).toBe('dblp');
    expect(confirmOpenReviewProfile(profile, { github: 'PZS19' })).toBe('github');
    expect(confirmOpenReviewProfile(profile, { semanticScholar: '9000000002' })).toBeUndefined();
    expect(confirmOpenReviewProfile(profile, {})).toBeUndefined();
  });
});

describeFailureContract('fetchOpenReviewProfile', {
  call: (net, signal) => fetchOpenReviewProfile(net, '~Zhuoshi_Pan1', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(PROFILE)),
  malformedBody: '{"profile": {}}',
});

describeFailureContract('searchOpenReviewProfiles', {
  call: (net, signal) => searchOpenReviewProfiles(net, 'Zhuoshi Pan', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(PROFILE)),
  malformedBody: '[]',
});
