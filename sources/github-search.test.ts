import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { MAX_QUERY_CHARS, searchGithubStars, starQueries } from './github-search';

const FOUND = 'github/search_repositories_repo_qualifiers_SYNTHESIZED.json';
const T0 = Date.UTC(2026, 0, 1);

describe('starQueries', () => {
  it('puts as many repositories in a query as 256 characters hold, and drops names that are not repositories', () => {
    const repos = Array.from({ length: 30 }, (_, i) => `some-owner-${i}/a-longer-repository-name-${i}`);
    const queries = starQueries([...repos, 'not a repo', 'x/.hidden']);
    expect(queries.flat()).toEqual(repos);
    for (const q of queries) expect(q.map((r) => `repo:${r}`).join(' ').length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(queries.length).toBeGreaterThan(1);
    expect(queries[0]!.length).toBeGreaterThan(3);
  });
});

describe('searchGithubStars', () => {
  it('asks for several repositories in one request under the search budget, and reads their stars', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse(readApiJson(FOUND), 200, {
        'x-ratelimit-limit': '10',
        'x-ratelimit-remaining': '9',
        'x-ratelimit-reset': String(T0 / 1000 + 60),
        'x-ratelimit-resource': 'search',
      }),
    ]);
    const result = await settle(clock, searchGithubStars(net, ['microsoft/LLMLingua', 'pzs19/LEMMA']));
    expect(calls[0]?.url).toBe(
      'https://api.github.com/search/repositories?q=repo%3Amicrosoft%2FLLMLingua+repo%3Apzs19%2FLEMMA&per_page=100',
    );
    expect(result).toMatchObject({ ok: true });
    const data = result.ok ? result.data : new Map();
    expect(data.get('microsoft/llmlingua')).toMatchObject({ fullName: 'microsoft/LLMLingua', stars: 5800 });
    expect(data.get('pzs19/lemma')).toMatchObject({ stars: 45, authenticated: false });
    // The search budget is its own: the core budget is untouched.
    expect((await net.hostState('api.github.com#search')).budget).toMatchObject({ remaining: 9 });
    expect(await net.githubBudget()).toMatchObject({ remaining: 60 });
  });

  it('ignores results the query did not name', async () => {
    const { net, clock } = createTestNet([jsonResponse(readApiJson(FOUND))]);
    const result = await settle(clock, searchGithubStars(net, ['pzs19/LEMMA']));
    expect(result.ok && [...result.data.keys()]).toEqual(['pzs19/lemma']);
  });

  it('reports a 422 (one name does not exist) as a bad request', async () => {
    const { net, clock } = createTestNet([
      jsonResponse(readApiJson('github/search_repositories_422_missing_repo_SYNTHESIZED.json'), 422),
    ]);
    expect(await settle(clock, searchGithubStars(net, ['pzs19/LEMMA', 'gone/away']))).toMatchObject({
      ok: false,
      kind: 'bad-request',
    });
  });
});

describeFailureContract('searchGithubStars', {
  call: (net, signal) => searchGithubStars(net, ['microsoft/LLMLingua'], signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(FOUND)),
  malformedBody: '{"total_count": 1}',
});
