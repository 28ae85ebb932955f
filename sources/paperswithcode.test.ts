import { describe, expect, it } from 'vitest';
import { createTestNet, jsonResponse, settle } from '../net/test-support/fake-net';
import { describeFailureContract } from './test-support/failure-contract';
import { readApiJson } from './test-support/fixture-file';
import { fetchPwcPaper } from './paperswithcode';

const PAPER = 'paperswithcode/paper_2403.12968_SYNTHESIZED.json';

describe('fetchPwcPaper', () => {
  it('lists the official repository of arXiv 2403.12968 first', async () => {
    const { net, clock, calls } = createTestNet([jsonResponse(readApiJson(PAPER))]);
    const result = await settle(clock, fetchPwcPaper(net, '2403.12968v2'));
    if (!result.ok) throw new Error(result.message);
    expect(calls[0]?.url).toBe('https://paperswithcode.co/api/v1/papers/2403.12968?include_resources=true');
    expect(result.data.repositories[0]).toEqual({
      owner: 'microsoft',
      repo: 'LLMLingua',
      url: 'https://github.com/microsoft/LLMLingua',
      official: true,
    });
    expect(result.data.repositories).toHaveLength(2);
  });

  it('keeps only GitHub repositories and refuses ids that are not arXiv ids', async () => {
    const { net, clock, calls } = createTestNet([
      jsonResponse({
        arxiv_id: '2403.12968',
        repositories: [{ url: 'javascript:alert(1)' }, { url: 'https://gitlab.com/a/b' }],
      }),
    ]);
    const result = await settle(clock, fetchPwcPaper(net, '2403.12968'));
    expect(result.ok && result.data.repositories).toEqual([]);
    expect(await settle(clock, fetchPwcPaper(net, '../../admin'))).toMatchObject({ ok: false, kind: 'bad-request' });
    expect(calls).toHaveLength(1);
  });
});

describeFailureContract('fetchPwcPaper', {
  call: (net, signal) => fetchPwcPaper(net, '2403.12968', signal ? { signal } : {}),
  success: () => jsonResponse(readApiJson(PAPER)),
  malformedBody: JSON.stringify({ arxiv_id: '2403.12968', repositories: 'none' }),
});
