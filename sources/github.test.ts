import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle, textResponse } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { fetchGithubRepoStars } from './github';

const REPO = 'github/repo_get_octokit-fixture-org_hello-world.json';
const T0 = Date.UTC(2026, 0, 1);
const recorded = readApiJson('github/repo_get_response_headers_2022-07-19.json') as { rawHeaders: [string, string][] };
const recordedHeaders = Object.fromEntries(
  recorded.rawHeaders.filter(([name]) => name !== 'Content-Length' && name !== 'Vary'),
);
const hello = { owner: 'octokit-fixture-org', repo: 'hello-world' };

describe('fetchGithubRepoStars', () => {
  it('reads stars and the ETag, and accounts the budget from the recorded headers', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(REPO), 200, recordedHeaders)]);
    const result = await settle(clock, fetchGithubRepoStars(net, hello, { token: 't0ken' }));
    expect(calls[0]).toMatchObject({
      url: 'https://api.github.com/repos/octokit-fixture-org/hello-world',
      headers: { authorization: 'Bearer t0ken' },
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        fullName: 'octokit-fixture-org/hello-world',
        stars: 0,
        etag: '"b6bf76818c02a332828422c6fa78009ad1f08f302c18524af715ed641f004227"',
        notModified: false,
        authenticated: true,
      },
    });
    // The recorded reset (2022) lies in the past of the fake clock, so the budget is full again.
    expect(await net.githubBudget({ authenticated: true })).toEqual({
      authenticated: true,
      limit: 5000,
      remaining: 5000,
    });
  });

  it('revalidates with If-None-Match and reuses the stored count on 304', async () => {
    const cached = {
      fullName: 'microsoft/LLMLingua',
      url: 'https://github.com/microsoft/LLMLingua',
      stars: 5000,
      etag: '"abc"',
      notModified: false,
      authenticated: true,
    };
    const { net, clock, calls } = createTestNet([
      textResponse('', 304, {
        etag: '"abc"',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(T0 / 1000 + 60),
      }),
    ]);
    const result = await settle(
      clock,
      fetchGithubRepoStars(net, { owner: 'microsoft', repo: 'LLMLingua' }, { token: 't', cached }),
    );
    expect(calls[0]?.headers['if-none-match']).toBe('"abc"');
    expect(result).toEqual({ ok: true, data: { ...cached, notModified: true } });
  });

  it('does not send an ETag made with another credential', async () => {
    const cached = {
      fullName: 'a/b',
      url: 'https://github.com/a/b',
      stars: 1,
      etag: '"abc"',
      notModified: false,
      authenticated: true,
    };
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(REPO))]);
    await settle(clock, fetchGithubRepoStars(net, hello, { cached }));
    expect(calls[0]?.headers['if-none-match']).toBeUndefined();
    expect(calls[0]?.headers.authorization).toBeUndefined();
  });

  it('stops at an exhausted keyless budget: 403 with remaining 0, then no more requests until the reset', async () => {
    const reset = String(T0 / 1000 + 1200);
    const { net, clock, calls } = createTestNet([
      jsonResponse({ message: 'API rate limit exceeded for 192.0.2.1.' }, 403, {
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
      }),
    ]);
    expect(await settle(clock, fetchGithubRepoStars(net, hello))).toMatchObject({
      ok: false,
      kind: 'rate-limited',
      status: 403,
      retryAt: T0 + 1_200_000,
    });
    expect(await settle(clock, fetchGithubRepoStars(net, hello))).toMatchObject({
      ok: false,
      kind: 'rate-limited',
      retryAt: T0 + 1_200_000,
    });
    expect(calls).toHaveLength(1);
    expect(await net.githubBudget()).toMatchObject({
      authenticated: false,
      limit: 60,
      remaining: 0,
      resetAt: T0 + 1_200_000,
    });
  });

  it('refuses names that are not GitHub repository names', async () => {
    const { net, clock, calls } = createTestNet([]);
    expect(await settle(clock, fetchGithubRepoStars(net, { owner: 'a', repo: '..' }))).toMatchObject({
      kind: 'bad-request',
    });
    expect(calls).toHaveLength(0);
  });
});

describeFailureContract('fetchGithubRepoStars', {
  call: (net, signal) => fetchGithubRepoStars(net, hello, signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(REPO)),
  malformedBody: '{"message": "Moved Permanently"}',
});
