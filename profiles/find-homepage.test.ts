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

describe('reading a homepage safely', () => {
  const fixture = 'tests/fixtures/homepages/acad-homepage/pzs19/2026-01-28-c377e3a.html';

  it('sends no cookies and follows no redirect by itself: every request omits credentials', async () => {
    const t = withS2Homepage('https://pzs19.github.io/');
    okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(t.requests.length).toBeGreaterThan(3);
    expect(t.requests.filter((r) => r.credentials !== 'omit')).toEqual([]);
    expect(t.requestsTo('pzs19.github.io').map((r) => r.redirect)).toEqual(['manual']);
  });

  it('follows a redirect within the origin, checking the hop', async () => {
    const t = withS2Homepage('https://pzs19.github.io/');
    t.route({ host: 'pzs19.github.io', path: '/', answer: { status: 301, headers: { location: '/home/' } } });
    t.route({ host: 'pzs19.github.io', path: '/home/', answer: fileHtml(fixture) });
    const card = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env))).profile;
    expect(card.nativeName?.value).toBe('盘卓实');
    expect(t.requestsTo('pzs19.github.io').map((r) => r.path)).toEqual(['/', '/home/']);
  });

  it.each([
    ['http://localhost:8080/admin'],
    ['http://127.0.0.1/'],
    ['http://[::1]/'],
    ['http://192.168.1.1/'],
    ['http://[::ffff:7f00:1]/'],
    ['https://intranet.example.edu/'],
  ])('refuses a redirect to %s once, and remembers the refusal for a day', async (location) => {
    const t = withS2Homepage('https://pzs19.github.io/');
    t.route({ host: 'pzs19.github.io', path: '/', answer: { status: 302, headers: { location } } });
    const result = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    const problem = result.problems.find((p) => p.source === 'homepage');
    expect(problem).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/was not read/) });
    expect(problem?.origin).toBeUndefined();
    const hostOf = new URL(location).host;
    expect(t.requests.filter((r) => r.host === hostOf)).toEqual([]);
    // One attempt, no retries; the next look-up (a new page, a day's cache) does not ask again.
    expect(t.requestsTo('pzs19.github.io')).toHaveLength(1);
    t.resetRequests();
    await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(t.requestsTo('pzs19.github.io')).toHaveLength(0);
  });

  it.each([['http://localhost:3000/'], ['http://10.0.0.7/~ada/'], ['http://[fe80::1]/'], ['http://printer.local/']])(
    'never offers "Allow reading" for the private address %s',
    async (homepage) => {
      const t = withS2Homepage(homepage);
      const result = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
      const problem = result.problems.find((p) => p.source === 'homepage');
      expect(problem).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/private network/) });
      expect(problem?.origin).toBeUndefined();
      expect(t.requestsTo(new URL(homepage).host)).toEqual([]);
    },
  );

  it('asks for the origin with its port, so allowing one server does not allow the host', async () => {
    const t = withS2Homepage('https://lab.example.edu:8443/~ada/');
    const result = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(result.problems.find((p) => p.source === 'homepage')).toMatchObject({
      kind: 'permission-needed',
      origin: 'https://lab.example.edu:8443/*',
    });
  });

  it('does not retry a homepage after a server error, but asks again on the next look-up', async () => {
    const t = withS2Homepage('https://pzs19.github.io/');
    t.route({ host: 'pzs19.github.io', path: '/', answer: { status: 503 } });
    await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(t.requestsTo('pzs19.github.io')).toHaveLength(1);
    // An outage is not a refusal: it is not remembered (this is what the cached refusals above save).
    await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(t.requestsTo('pzs19.github.io')).toHaveLength(2);
  });

  it('reads a homepage too complex to parse once, then remembers that for a day', async () => {
    const t = withS2Homepage('https://pzs19.github.io/');
    const deep = `<html><body><h1>Zhuoshi Pan</h1>${'<div>'.repeat(5_000)}x</body></html>`;
    t.route({ host: 'pzs19.github.io', path: '/', answer: { status: 200, body: deep } });
    const first = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(first.problems.find((p) => p.source === 'homepage')?.message).toMatch(
      /could not be read: .*nested more than 256 deep/,
    );
    t.resetRequests();
    const again = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(again.problems.find((p) => p.source === 'homepage')?.message).toMatch(/nested more than 256 deep/);
    expect(t.requestsTo('pzs19.github.io')).toHaveLength(0);
  });
});
