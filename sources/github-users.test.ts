import { describe, expect, it } from 'vitest';
import { createFakeClock, createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { fetchGithubUser, githubUserAgrees, searchGithubUsersByName, type GithubUser } from './github-users';

const JACQUEV6 = 'github/user_jacquev6_2025-01-03.json';
const NVIE = 'github/user_nvie_2012-05-18.json';
const SEARCH = 'github/search_users_vincent_2014-03-03.json';
const recordedHeaders = (
  readApiJson('github/user_jacquev6_response_headers_2025-01-03.json') as {
    headers: [string, string][];
  }
).headers.filter(([name]) => !/^(content-encoding|transfer-encoding|vary)$/i.test(name));

describe('fetchGithubUser', () => {
  it('reads the recorded profile: name, blog, company, location, profile URL', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse(readApiJson(JACQUEV6), 200, Object.fromEntries(recordedHeaders)),
    ]);
    const result = await settle(clock, fetchGithubUser(net, 'jacquev6'));
    expect(calls[0]).toMatchObject({
      url: 'https://api.github.com/users/jacquev6',
      headers: { accept: 'application/vnd.github+json' },
    });
    expect(result).toEqual({
      ok: true,
      data: {
        login: 'jacquev6',
        url: 'https://github.com/jacquev6',
        type: 'User',
        name: 'Vincent Jacques',
        blog: 'http://vincent-jacques.net/',
        location: 'France',
        publicRepos: 38,
        followers: 98,
      },
    });
    // The recorded budget headers are accounted to the keyless GitHub budget.
    expect((await net.hostState('api.github.com')).budget).toMatchObject({ limit: 5000, remaining: 4996 });
  });

  it('reads an older recorded profile with a company and a Twitter handle', async () => {
    const { net, clock } = createTestNet([jsonResponse(readApiJson(NVIE))]);
    expect(await settle(clock, fetchGithubUser(net, 'nvie'))).toMatchObject({
      ok: true,
      data: { name: 'Vincent Driessen', blog: 'http://nvie.com/', company: '3rd Cloud', twitter: 'nvie' },
    });
  });

  it('adds a scheme to a bare blog, drops free text, and refuses logins GitHub cannot have', async () => {
    const user = { ...(readApiJson(JACQUEV6) as object), blog: 'pzs19.github.io' };
    const text = { ...(readApiJson(JACQUEV6) as object), blog: 'see my site' };
    const { net, clock, calls } = createTestNet([jsonResponse(user), jsonResponse(text)]);
    expect(await settle(clock, fetchGithubUser(net, 'pzs19'))).toMatchObject({
      data: { blog: 'https://pzs19.github.io/' },
    });
    const second = await settle(clock, fetchGithubUser(net, 'pzs19'));
    expect(second.ok && second.data.blog).toBe(undefined);
    for (const bad of ['../users', 'a--b', '-a', 'x'.repeat(40)])
      expect(await settle(clock, fetchGithubUser(net, bad))).toMatchObject({ kind: 'bad-request' });
    expect(calls).toHaveLength(2);
  });

  it('sends the token and counts the request to the token budget', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse(readApiJson(JACQUEV6), 200, Object.fromEntries(recordedHeaders)),
    ]);
    await settle(clock, fetchGithubUser(net, 'jacquev6', { token: 't0ken' }));
    expect(calls[0]?.headers.authorization).toBe('Bearer t0ken');
    expect((await net.hostState('api.github.com#token')).budget).toMatchObject({ remaining: 4996 });
  });
});

describe('searchGithubUsersByName', () => {
  it('asks for people by full name and reads the recorded hits, best first', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(SEARCH))]);
    const result = await settle(clock, searchGithubUsersByName(net, 'Zhuoshi Pan'));
    expect(calls[0]?.url).toBe(
      'https://api.github.com/search/users?q=%22Zhuoshi%20Pan%22+in:name+type:user&per_page=5',
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toHaveLength(30);
    expect(result.data[0]).toEqual({ login: 'nvie', url: 'https://github.com/nvie', score: 36.965874 });
  });

  it('spends the search budget GitHub reports, apart from the hourly one, and stops at zero until the reset', async () => {
    const clock = createFakeClock();
    const resetAt = clock.now() + 60_000;
    const window = (remaining: number) => ({
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(resetAt / 1000),
      'x-ratelimit-resource': 'search',
    });
    const { net, calls } = createTestNet(
      [jsonResponse(readApiJson(SEARCH), 200, window(1)), jsonResponse(readApiJson(SEARCH), 200, window(0))],
      { clock },
    );
    await settle(clock, searchGithubUsersByName(net, 'A B'));
    const before = clock.now();
    // One left: the next search goes at once; searches do not wait for each other.
    await settle(clock, searchGithubUsersByName(net, 'C D'));
    expect(clock.now()).toBe(before);
    // None left: refused without a request until GitHub's reset.
    expect(await settle(clock, searchGithubUsersByName(net, 'E F'))).toMatchObject({
      ok: false,
      kind: 'rate-limited',
      retryAt: resetAt,
    });
    expect(calls).toHaveLength(2);
    expect(await net.githubBudget()).toMatchObject({ remaining: 60 });
  });

  it('strips search syntax from the name and refuses an empty one', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse({ total_count: 0, items: [] })]);
    expect(await settle(clock, searchGithubUsersByName(net, 'a:b "c"'))).toEqual({ ok: true, data: [] });
    expect(calls[0]?.url).toContain('q=%22a%20b%20c%22+in:name');
    expect(await settle(clock, searchGithubUsersByName(net, ' : '))).toMatchObject({ kind: 'bad-request' });
  });
});

describe("the owner of a paper's repository", () => {
  it('is the author when the profile name agrees, and its blog is a homepage candidate', async () => {
    const { net, clock } = createTestNet([jsonResponse(readApiJson('github/user_pzs19_SYNTHESIZED.json'))]);
    const result = await settle(clock, fetchGithubUser(net, 'pzs19'));
    if (!result.ok) throw new Error(result.message);
    expect(githubUserAgrees(result.data, 'Zhuoshi Pan')).toBe(true);
    expect(githubUserAgrees(result.data, 'Qianhui Wu')).toBe(false);
    expect(result.data).toMatchObject({ blog: 'https://pzs19.github.io/', company: 'Tsinghua University' });
  });
});

describe('githubUserAgrees', () => {
  const user = (over: Partial<GithubUser>): GithubUser => ({
    login: 'pzs19',
    url: 'https://github.com/pzs19',
    type: 'User',
    ...over,
  });

  it('agrees when the profile name is the author name, in either order and without diacritics', () => {
    expect(githubUserAgrees(user({ name: 'Zhuoshi Pan' }), 'Zhuoshi Pan')).toBe(true);
    expect(githubUserAgrees(user({ name: 'Pan Zhuoshi' }), 'Zhuoshi Pan')).toBe(true);
    expect(githubUserAgrees(user({ name: 'Vincent Lariviere' }), 'Vincent Larivière')).toBe(true);
    expect(githubUserAgrees(user({ name: 'Mark Riedl' }), 'Mark O. Riedl')).toBe(true);
  });

  it('disagrees on another name, on initials only, for organisations and collaborations', () => {
    expect(githubUserAgrees(user({ name: 'Vincent Jacques' }), 'Vincent Driessen')).toBe(false);
    expect(githubUserAgrees(user({ name: 'Z. Pan' }), 'Zhuoshi Pan')).toBe(false);
    expect(githubUserAgrees(user({ name: 'Zhuoshi Pan', type: 'Organization' }), 'Zhuoshi Pan')).toBe(false);
    expect(githubUserAgrees(user({ name: 'ATLAS Collaboration' }), 'ATLAS Collaboration')).toBe(false);
  });

  it('without a profile name, agrees only when the login spells the whole name', () => {
    expect(githubUserAgrees(user({}), 'Zhuoshi Pan')).toBe(false);
    expect(githubUserAgrees(user({ login: 'zhuoshi-pan' }), 'Zhuoshi Pan')).toBe(true);
    expect(githubUserAgrees(user({ login: 'panzhuoshi' }), 'Zhuoshi Pan')).toBe(true);
    expect(githubUserAgrees(user({ login: 'lei' }), 'Lei Li')).toBe(false);
  });
});

describeFailureContract('fetchGithubUser', {
  call: (net, signal) => fetchGithubUser(net, 'jacquev6', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(JACQUEV6)),
  malformedBody: '{"message": "ok"}',
});

describeFailureContract('searchGithubUsersByName', {
  call: (net, signal) => searchGithubUsersByName(net, 'Vincent Jacques', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(SEARCH)),
  malformedBody: '{"total_count": 1}',
});
