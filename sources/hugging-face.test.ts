import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { fetchHfPaper } from './hugging-face';

const PAPER = 'hugging-face/paper_2403.12968_SYNTHESIZED.json';
const RECORDED = 'hugging-face/paper_2501.12948_TRIMMED.json';
const T0 = Date.UTC(2026, 0, 1);

describe('fetchHfPaper', () => {
  it('returns the GitHub repository and stars of arXiv 2403.12968', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(PAPER))]);
    const result = await settle(clock, fetchHfPaper(net, '2403.12968v1'));
    if (!result.ok) throw new Error(result.message);
    expect(calls[0]?.url).toBe('https://huggingface.co/api/papers/2403.12968');
    expect(result.data).toMatchObject({
      arxivId: '2403.12968',
      githubRepo: { owner: 'microsoft', repo: 'LLMLingua', url: 'https://github.com/microsoft/LLMLingua' },
      githubStars: 1234,
      githubRepoAddedBy: 'user',
    });
    expect(result.data.authors[0]).toEqual({ name: 'Zhuoshi Pan', hidden: false });
  });

  it('leaves the repository out when HF has none, and refuses ids that are not arXiv ids', async () => {
    const { githubRepo: _repo, githubStars: _stars, ...bare } = readApiJson(PAPER) as Record<string, unknown>;
    const { net, clock, calls } = createTestNet([jsonResponse(bare)]);
    const result = await settle(clock, fetchHfPaper(net, '2403.12968'));
    expect(result.ok && result.data.githubRepo).toBe(undefined);
    expect(await settle(clock, fetchHfPaper(net, '../models'))).toMatchObject({ ok: false, kind: 'bad-request' });
    expect(calls).toHaveLength(1);
  });
});

describe('fetchHfPaper on a recorded answer', () => {
  it('reads the repository HF matched itself and its star count; a record without authors has none', async () => {
    const { net, clock } = createTestNet([jsonResponse(readApiJson(RECORDED))]);
    expect(await settle(clock, fetchHfPaper(net, '2501.12948'))).toEqual({
      ok: true,
      data: {
        arxivId: '2501.12948',
        title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via\n  Reinforcement Learning',
        publishedAt: '2025-01-22T15:19:35.000Z',
        githubRepo: { owner: 'deepseek-ai', repo: 'deepseek-r1', url: 'https://github.com/deepseek-ai/deepseek-r1' },
        githubStars: 91962,
        githubRepoAddedBy: 'auto',
        upvotes: 462,
        authors: [],
      },
    });
  });
});

describe("Hugging Face's RateLimit headers", () => {
  // The header pair as documented in huggingface/hub-docs `docs/hub/rate-limits.md`.
  const limited = (t: number) =>
    jsonResponse({ error: 'Too Many Requests' }, 429, {
      ratelimit: `"api";r=0;t=${t}`,
      'ratelimit-policy': '"fixed window";"api";q=500;w=300',
    });

  it('takes the retry time from t=, does not retry inside the window, and refuses until it ends', async () => {
    const { net, clock, calls } = createTestNet([limited(155), jsonResponse(readApiJson(RECORDED))]);
    const first = await settle(clock, fetchHfPaper(net, '2501.12948'));
    expect(first).toMatchObject({ ok: false, kind: 'rate-limited', retryAt: T0 + 155_000 });
    expect(calls).toHaveLength(1);
    expect(await settle(clock, fetchHfPaper(net, '2501.12948'))).toMatchObject({
      ok: false,
      kind: 'rate-limited',
      retryAt: T0 + 155_000,
    });
    expect(calls).toHaveLength(1);
    expect(await net.hostState('huggingface.co')).toMatchObject({ blockedUntil: T0 + 155_000 });
  });

  it('retries once the window is over when it ends within seconds', async () => {
    const { net, clock, calls } = createTestNet([limited(2), jsonResponse(readApiJson(RECORDED))]);
    expect((await settle(clock, fetchHfPaper(net, '2501.12948'))).ok).toBe(true);
    expect(calls).toHaveLength(2);
    expect(clock.now()).toBeGreaterThanOrEqual(T0 + 2000);
  });

  it('stops asking when a success says the window is used up (r=0)', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse(readApiJson(RECORDED), 200, { ratelimit: '"api";r=0;t=40' }),
    ]);
    expect((await settle(clock, fetchHfPaper(net, '2501.12948'))).ok).toBe(true);
    expect(await settle(clock, fetchHfPaper(net, '2403.12968'))).toMatchObject({
      kind: 'rate-limited',
      retryAt: T0 + 40_000,
    });
    expect(calls).toHaveLength(1);
  });
});

describeFailureContract('fetchHfPaper', {
  call: (net, signal) => fetchHfPaper(net, '2403.12968', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(PAPER)),
  malformedBody: '{"error": "Invalid"',
});
