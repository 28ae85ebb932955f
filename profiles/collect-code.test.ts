import { describe, expect, it } from 'vitest';
import { collectCode } from './collect-code';
import { foundingRoutes, githubExhausted, STARS } from './test-support/founding-web';
import type { PaperEntry, SourceProblem } from './profile';
import { createTestEnv, fileJson, json, type TestEnv } from './test-support/test-env';

function entry(title: string, arxiv: string | undefined, repos: string[] = []): PaperEntry {
  return {
    title,
    ids: arxiv ? { arxiv } : {},
    venues: [],
    code: repos.map((repo) => ({ repo, url: `https://github.com/${repo}` })),
    sources: ['homepage'],
  };
}

function web(): TestEnv {
  const t = createTestEnv();
  t.route(...foundingRoutes(t.clock.now));
  return t;
}

describe('collectCode', () => {
  it('fetches and counts a repository shared by two papers once', async () => {
    const t = web();
    const papers = [
      entry('LLMLingua-2', '2403.12968', ['microsoft/LLMLingua']),
      entry('LLMLingua', undefined, ['Microsoft/llmlingua']),
      entry('LEMMA', undefined, ['pzs19/LEMMA']),
    ];
    const problems: SourceProblem[] = [];
    const total = await t.run(collectCode(papers, t.env, problems));
    expect(total).toMatchObject({ value: STARS['microsoft/LLMLingua']! + STARS['pzs19/LEMMA']!, source: 'github' });
    // One search names both repositories; the core budget is not touched.
    expect(t.requestsTo('api.github.com').map((r) => r.path)).toEqual([
      '/search/repositories?q=repo%3Amicrosoft%2FLLMLingua+repo%3Apzs19%2FLEMMA&per_page=100',
    ]);
    expect(papers[1]?.code[0]?.stars).toEqual(papers[0]?.code[0]?.stars);
    expect(problems).toEqual([]);
  });

  it('takes a repository from Hugging Face only for papers without a code link', async () => {
    const t = web();
    const papers = [entry('LLMLingua-2', '2403.12968', ['microsoft/LLMLingua']), entry('TokenSelect', '2411.02886')];
    await t.run(collectCode(papers, t.env, []));
    expect(t.requestsTo('huggingface.co').map((r) => r.path)).toEqual(['/api/papers/2411.02886']);
    expect(papers[1]?.code).toMatchObject([
      { repo: 'pzs19/TokenSelect', stars: { value: STARS['pzs19/TokenSelect'], source: 'github' } },
    ]);
  });

  it('takes the official repository from paperswithcode.co when Hugging Face has none', async () => {
    const t = web();
    t.route({
      host: 'huggingface.co',
      path: '/api/papers/2403.12968',
      answer: json({ error: 'Paper not found' }, 404),
    });
    t.route({
      host: 'paperswithcode.co',
      path: /^\/api\/v1\/papers\/2403\.12968\?include_resources=true$/,
      answer: fileJson('tests/fixtures/api/paperswithcode/paper_2403.12968_SYNTHESIZED.json'),
    });
    const papers = [entry('LLMLingua-2', '2403.12968')];
    const problems: SourceProblem[] = [];
    await t.run(collectCode(papers, t.env, problems));
    expect(papers[0]?.code).toMatchObject([
      { repo: 'microsoft/LLMLingua', stars: { value: STARS['microsoft/LLMLingua'], source: 'github' } },
    ]);
    expect(problems).toEqual([]);
  });

  it('asks Hugging Face about at most three papers per card', async () => {
    const t = web();
    const papers = ['2501.00001', '2501.00002', '2501.00003', '2501.00004', '2501.00005'].map((id) => entry(id, id));
    await t.run(collectCode(papers, t.env, []));
    expect(t.requestsTo('huggingface.co')).toHaveLength(3);
  });

  it('uses Hugging Face counts, labelled, when GitHub is out of budget, and only for the same repository', async () => {
    const t = web();
    t.route(githubExhausted(t.clock.now));
    // The homepage links SeCom's code; Hugging Face knows no count for it.
    const papers = [
      entry('LLMLingua-2', '2403.12968', ['microsoft/LLMLingua']),
      entry('Secom', '2502.05589', ['microsoft/SeCom']),
    ];
    const problems: SourceProblem[] = [];
    const total = await t.run(collectCode(papers, t.env, problems));
    expect(papers[0]?.code[0]?.stars).toMatchObject({ value: 1234, source: 'hugging-face' });
    expect(papers[1]?.code[0]?.stars).toBeUndefined();
    expect(total).toMatchObject({ value: 1234, source: 'hugging-face' });
    expect(problems).toEqual([
      expect.objectContaining({ source: 'github', kind: 'rate-limited', retryAt: expect.any(Number) }),
    ]);
  });

  it('asks the core API one by one only for what the search refused, and remembers what does not exist', async () => {
    const t = web();
    const papers = [
      entry('LLMLingua-2', '2403.12968', ['microsoft/LLMLingua']),
      entry('Gone', undefined, ['gone/away']),
    ];
    const total = await t.run(collectCode(papers, t.env, []));
    expect(total).toMatchObject({ value: STARS['microsoft/LLMLingua'], source: 'github' });
    expect(t.requestsTo('api.github.com').map((r) => r.path.split('?')[0])).toEqual([
      '/search/repositories',
      '/repos/microsoft/LLMLingua',
      '/repos/gone/away',
    ]);
    // The next card finds both in the shared cache: stars and "no such repository".
    t.resetRequests();
    await t.run(
      collectCode([entry('Gone', undefined, ['gone/away']), entry('L', undefined, ['microsoft/LLMLingua'])], t.env, []),
    );
    expect(t.requestsTo('api.github.com')).toEqual([]);
  });

  it('shares one search across cards: a repository counted for one card costs the next nothing', async () => {
    const t = web();
    await t.run(collectCode([entry('LLMLingua-2', '2403.12968', ['microsoft/LLMLingua'])], t.env, []));
    t.resetRequests();
    const papers = [entry('L', undefined, ['microsoft/LLMLingua']), entry('LEMMA', undefined, ['pzs19/LEMMA'])];
    await t.run(collectCode(papers, t.env, []));
    expect(t.requestsTo('api.github.com').map((r) => r.path)).toEqual([
      '/search/repositories?q=repo%3Apzs19%2FLEMMA&per_page=100',
    ]);
    expect(papers[0]?.code[0]?.stars).toMatchObject({ value: STARS['microsoft/LLMLingua'], source: 'github' });
  });

  it('asks nobody when both code sources are switched off', async () => {
    const t = web();
    await t.env.user.updateSettings({ sources: { github: false, 'hugging-face': false } });
    const papers = [entry('LLMLingua-2', '2403.12968', ['microsoft/LLMLingua']), entry('TokenSelect', '2411.02886')];
    expect(await t.run(collectCode(papers, t.env, []))).toBeUndefined();
    expect(t.requests).toEqual([]);
  });
});
