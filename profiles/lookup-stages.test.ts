import { describe, expect, it } from 'vitest';
import { foundingRoutes, llmlingua2Query } from './test-support/founding-web';
import { type FoundCard, lookupResearcher } from './lookup-researcher';
import { createTestEnv, type TestEnv } from './test-support/test-env';

function founding(): TestEnv {
  const t = createTestEnv();
  t.route(...foundingRoutes(t.clock.now));
  return t;
}

describe('lookupResearcher in stages: Zhuoshi Pan on arXiv 2403.12968', () => {
  it('hands over who he is first, then his homepage and papers, then returns the card with code and stars', async () => {
    const t = founding();
    const stages: FoundCard[] = [];
    const result = await t.run(lookupResearcher(llmlingua2Query(0), t.env, (s) => stages.push(s)));
    expect(stages.map((s) => s.pending)).toEqual([['homepage', 'papers', 'code'], ['code']]);

    const [first, second] = stages;
    expect(first!.profile).toMatchObject({
      key: 's2:9000000001',
      name: { value: 'Zhuoshi Pan' },
      metrics: { value: { citations: 100, hIndex: 3, paperCount: 10 }, source: 'semantic-scholar' },
      papers: [],
    });
    expect(first!.match.reason).toBe('author 1 of arXiv 2403.12968 on Semantic Scholar');
    expect(first!.profile.advisors).toBeUndefined();

    expect(second!.profile.affiliation).toMatchObject({ value: 'Tsinghua University', source: 'homepage' });
    expect(second!.profile.advisors?.value[0]?.name).toBe('H. Vicky Zhao');
    expect(second!.profile.papers.length).toBeGreaterThan(0);
    expect(second!.profile.totalStars).toBeUndefined();
    expect(second!.profile.papers.flatMap((p) => p.code).every((c) => c.stars === undefined)).toBe(true);

    if (!result.ok) throw new Error(result.message);
    expect(result.pending).toBeUndefined();
    expect(result.profile.totalStars?.value).toBeGreaterThan(0);
    // Each stage is a copy: the stars found later never show up in a stage already handed over.
    expect(second!.profile.papers.flatMap((p) => p.code).every((c) => c.stars === undefined)).toBe(true);
  });

  it('costs no request more than the same card in one piece', async () => {
    const whole = founding();
    await whole.run(lookupResearcher(llmlingua2Query(0), whole.env));
    const staged = founding();
    await staged.run(lookupResearcher(llmlingua2Query(0), staged.env, () => undefined));
    expect(staged.countByHost()).toEqual(whole.countByHost());
  });

  it('a code stage that fails outright leaves code and stars out with a line; the parts before it stand', async () => {
    const t = founding();
    const stages: FoundCard[] = [];
    const result = await t.run(
      lookupResearcher(llmlingua2Query(0), t.env, (s) => {
        stages.push(s);
        // Storage that stops answering once the papers are in: the code stage reads the token.
        if (s.pending?.join() === 'code') t.env.user.getSecrets = () => Promise.reject(new Error('storage gone'));
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(stages.map((s) => s.pending)).toEqual([['homepage', 'papers', 'code'], ['code']]);
    expect(result.pending).toBeUndefined();
    expect(result.profile.affiliation).toMatchObject({ value: 'Tsinghua University', source: 'homepage' });
    expect(result.profile.advisors?.value[0]?.name).toBe('H. Vicky Zhao');
    expect(result.profile.papers.length).toBeGreaterThan(0);
    expect(result.profile.totalStars).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        source: 'github',
        kind: 'unavailable',
        message: expect.stringContaining('storage gone'),
      }),
    ]);
  });

  it('a person who cannot be found is one answer, with no early stage', async () => {
    const t = createTestEnv();
    const stages: FoundCard[] = [];
    const result = await t.run(lookupResearcher(llmlingua2Query(0), t.env, (s) => stages.push(s)));
    expect(result.ok).toBe(false);
    expect(stages).toEqual([]);
  });
});
