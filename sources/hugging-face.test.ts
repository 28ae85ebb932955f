import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { fetchHfPaper } from './hugging-face';

const PAPER = 'hugging-face/paper_2403.12968_SYNTHESIZED.json';

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

describeFailureContract('fetchHfPaper', {
  call: (net, signal) => fetchHfPaper(net, '2403.12968', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(PAPER)),
  malformedBody: '{"error": "Invalid"',
});
