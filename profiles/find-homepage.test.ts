import { describe, expect, it } from 'vitest';
import { foundingRoutes, llmlingua2Query } from './test-support/founding-web';
import { lookupResearcher } from './lookup-researcher';
import type { LookupResult } from './profile';
import { createTestEnv, fileHtml, json, repoFile, type TestEnv } from './test-support/test-env';

function okResult(result: LookupResult): Extract<LookupResult, { ok: true }> {
  if (!result.ok) throw new Error(`lookup failed: ${result.message}`);
  return result;
}

/** The founding web with author 1's Semantic Scholar homepage replaced. */
function withS2Homepage(homepage: string | null, authorIndex = 0): TestEnv {
  const t = createTestEnv();
  t.route(...foundingRoutes(t.clock.now));
  const paper = JSON.parse(repoFile('tests/e2e/fake-web/data/s2-paper-arxiv-2403.12968.json')) as {
    authors: { homepage: string | null }[];
  };
  paper.authors[0]!.homepage = null;
  paper.authors[authorIndex]!.homepage = homepage;
  t.route({ host: 'api.semanticscholar.org', path: /^\/graph\/v1\/paper\/ARXIV:2403\.12968\?/, answer: json(paper) });
  return t;
}

describe('finding the homepage', () => {
  it('reads the homepage the user set by hand before any discovered one', async () => {
    const t = withS2Homepage('https://pzs19.github.io/');
    t.route({
      host: 'zpan.github.io',
      path: '/',
      answer: fileHtml('tests/fixtures/homepages/acad-homepage/pzs19/2024-03-23-c882580.html'),
    });
    await t.env.user.setHomepage('s2:9000000001', 'https://zpan.github.io/');
    const card = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env))).profile;
    expect(card.links.homepage).toMatchObject({ value: 'https://zpan.github.io/', source: 'user' });
    expect(t.requestsTo('zpan.github.io')).toHaveLength(1);
    expect(t.requestsTo('pzs19.github.io')).toHaveLength(0);
  });

  it('asks dblp when Semantic Scholar lists only a profile page, not a homepage', async () => {
    const t = withS2Homepage('https://github.com/pzs19');
    const card = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env))).profile;
    expect(card.links.homepage).toMatchObject({ value: 'https://pzs19.github.io/', source: 'dblp' });
    expect(card.nativeName?.value).toBe('盘卓实');
    expect(t.requestsTo('github.com')).toHaveLength(0);
  });

  it('ignores a homepage whose owner is not the person matched', async () => {
    // Semantic Scholar wrongly gives the advisor's profile her student's homepage.
    const t = withS2Homepage('https://pzs19.github.io/', 10);
    const card = okResult(await t.run(lookupResearcher(llmlingua2Query(10), t.env))).profile;
    expect(card.name).toMatchObject({ value: 'H. Vicky Zhao', source: 'semantic-scholar' });
    expect(card.nativeName).toBeUndefined();
    expect(card.advisors).toBeUndefined();
    expect(card.papers.map((p) => p.title)).not.toContainEqual(expect.stringMatching(/^ScaleDiff/));
    expect(card.links.homepage).toBeUndefined();
    expect(card.links.scholar).toBeUndefined();
  });
});
