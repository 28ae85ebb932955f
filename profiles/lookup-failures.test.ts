import { describe, expect, it } from 'vitest';
import { createCacheEntry } from '../storage/cache-entry';
import type { CacheKind } from '../storage/cache';
import { foundingRoutes, githubExhausted, llmlingua2Query, S2_RATE_LIMITED, STARS } from './test-support/founding-web';
import { lookupResearcher } from './lookup-researcher';
import type { LookupResult, PaperEntry, ResearcherProfile } from './profile';
import { createTestEnv, json, repoFile, type TestEnv } from './test-support/test-env';

const T0 = Date.UTC(2026, 0, 1);
const HOUR = 60 * 60 * 1000;

function founding(options: Parameters<typeof createTestEnv>[0] = {}): TestEnv {
  const t = createTestEnv(options);
  t.route(...foundingRoutes(t.clock.now));
  return t;
}

function okResult(result: LookupResult): Extract<LookupResult, { ok: true }> {
  if (!result.ok) throw new Error(`lookup failed: ${result.message}`);
  return result;
}

function paper(profile: ResearcherProfile, title: string): PaperEntry {
  const found = profile.papers.find((p) => p.title.startsWith(title));
  if (!found) throw new Error(`no paper ${title} on the card`);
  return found;
}

describe('Semantic Scholar answers 429', () => {
  it('still shows the homepage card, found through OpenAlex and dblp, and says when to retry', async () => {
    const t = founding();
    t.route(S2_RATE_LIMITED);
    const result = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    const card = result.profile;
    expect(result.match.reason).toBe('author 1 of arXiv 2403.12968 on OpenAlex');
    expect(card.key).toBe('openalex:A5999999001');
    expect(card.name).toMatchObject({ value: 'Zhuoshi Pan', source: 'homepage' });
    expect(card.nativeName?.value).toBe('盘卓实');
    expect(card.affiliation).toMatchObject({ value: 'Tsinghua University', source: 'homepage' });
    expect(card.advisors?.value[0]?.name).toBe('H. Vicky Zhao');
    expect(card.links.homepage).toMatchObject({ value: 'https://pzs19.github.io/', source: 'dblp' });
    expect(card.metrics).toMatchObject({ value: { citations: 210, hIndex: 5, paperCount: 12 }, source: 'openalex' });
    expect(card.ids).toMatchObject({ openalex: 'A5999999001', dblp: '99/0001' });
    expect(paper(card, 'LLMLingua-2').code[0]).toMatchObject({
      repo: 'microsoft/LLMLingua',
      stars: { value: STARS['microsoft/LLMLingua'], source: 'github' },
    });
    expect(result.problems).toEqual([
      {
        source: 'semantic-scholar',
        kind: 'rate-limited',
        message: expect.stringContaining('rate limiting'),
        retryAt: T0 + 60_000,
      },
    ]);
    expect(t.countByHost()).toEqual({
      'api.semanticscholar.org': 1,
      'api.openalex.org': 2,
      // Before dblp, GitHub people: the owner of the paper's code (an organisation).
      'huggingface.co': 1,
      'dblp.org': 2,
      'pzs19.github.io': 1,
      // One star search for every repository and the owner's account; dblp gave the homepage, so
      // no search by name is spent (it comes last, after the stars).
      'api.github.com': 2,
    });
  });

  it('labels the name with OpenAlex when no homepage is found', async () => {
    const t = founding();
    t.route(S2_RATE_LIMITED);
    t.unroute('dblp.org');
    const card = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env))).profile;
    expect(card.name).toMatchObject({ value: 'Zhuoshi Pan', source: 'openalex' });
    expect(card.affiliation).toMatchObject({ value: 'Tsinghua University', source: 'openalex' });
    expect(card.interests?.source).toBe('openalex');
  });
});

describe('GitHub out of budget', () => {
  it('keeps the rest of the card, says when stars return, and shows Hugging Face counts meanwhile', async () => {
    const t = founding();
    t.route(githubExhausted(t.clock.now));
    const result = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    const card = result.profile;
    expect(card.affiliation?.value).toBe('Tsinghua University');
    expect(card.metrics?.source).toBe('semantic-scholar');
    expect(result.problems).toEqual([
      expect.objectContaining({ source: 'github', kind: 'rate-limited', retryAt: T0 + HOUR }),
    ]);
    expect(result.problems[0]?.message).toMatch(/Hugging Face/);
    expect(paper(card, 'LLMLingua-2').code[0]?.stars).toMatchObject({ value: 1234, source: 'hugging-face' });
    expect(paper(card, 'TokenSelect').code[0]?.stars).toMatchObject({ value: 58, source: 'hugging-face' });
    expect(card.totalStars).toMatchObject({ value: 1234 + 58, source: 'hugging-face' });
    // The search met the 403, then each repository once in the core API (whose budget was not
    // known yet); after that, GitHub stays closed until the reset.
    expect(t.requestsTo('api.github.com')).toHaveLength(9);

    t.resetRequests();
    await t.advance(10 * 60 * 1000);
    await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(t.requestsTo('api.github.com')).toHaveLength(0);
  });
});

describe('stars are kept for a day and then revalidated', () => {
  it('makes no GitHub request within the day; after 23 h renews every count with one search after the card', async () => {
    const t = founding();
    await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(t.requestsTo('api.github.com')).toHaveLength(1);

    t.resetRequests();
    await t.advance(HOUR);
    await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(t.requestsTo('api.github.com')).toHaveLength(0);

    t.resetRequests();
    await t.advance(22 * HOUR);
    const revalidatedAt = t.clock.now();
    const later = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    await t.drain();
    const github = t.requestsTo('api.github.com');
    expect(github.map((r) => r.path.split('?')[0])).toEqual(['/search/repositories']);
    expect(t.countByHost()).toEqual({ 'api.github.com': 1 });
    // The card answers at once with the day-old count, marked with its age, while the search comes in.
    const dayOld = paper(later.profile, 'LLMLingua-2').code[0]?.stars;
    expect(dayOld?.value).toBe(STARS['microsoft/LLMLingua']);
    expect(revalidatedAt - (dayOld?.fetchedAt ?? 0)).toBe(23 * HOUR);

    // The search renewed the stored copy: the next card shows the same count, as of now.
    t.resetRequests();
    const renewed = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(t.requestsTo('api.github.com')).toHaveLength(0);
    expect(paper(renewed.profile, 'LLMLingua-2').code[0]?.stars).toMatchObject({
      value: STARS['microsoft/LLMLingua'],
      fetchedAt: revalidatedAt,
    });
  });
});

describe('a homepage on an origin Byline may not read', () => {
  const EDU = 'https://people.example.edu/~zpan/';

  function withHomepage(url: string, allowed: boolean): TestEnv {
    const t = founding({ hasOrigin: () => allowed });
    const paperJson = JSON.parse(repoFile('tests/e2e/fake-web/data/s2-paper-arxiv-2403.12968.json')) as {
      authors: { homepage: string | null }[];
    };
    paperJson.authors[0]!.homepage = url;
    t.route({
      host: 'api.semanticscholar.org',
      path: /^\/graph\/v1\/paper\/ARXIV:2403\.12968\?/,
      answer: json(paperJson),
    });
    t.route({
      host: 'people.example.edu',
      path: '/~zpan/',
      answer: {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: repoFile('tests/fixtures/homepages/acad-homepage/pzs19/2026-01-28-c377e3a.html'),
      },
    });
    return t;
  }

  it('asks for permission on the card and never requests the page', async () => {
    const t = withHomepage(EDU, false);
    const result = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(result.problems).toContainEqual({
      source: 'homepage',
      kind: 'permission-needed',
      origin: 'https://people.example.edu/*',
      message: expect.stringContaining('people.example.edu'),
    });
    expect(t.requestsTo('people.example.edu')).toHaveLength(0);
    expect(result.profile.links.homepage?.value).toBe(EDU);
    expect(result.profile.nativeName).toBeUndefined();
    // The institution at the page's paper (OpenAlex) is trusted over Semantic Scholar's undated one.
    expect(result.profile.affiliation).toMatchObject({
      value: 'Tsinghua University',
      source: 'openalex',
      note: 'at the 2024 paper',
    });
  });

  it('reads the page once the permission is granted', async () => {
    const t = withHomepage(EDU, true);
    const result = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(t.requestsTo('people.example.edu')).toHaveLength(1);
    expect(result.profile.nativeName?.value).toBe('盘卓实');
    expect(result.problems).toEqual([]);
  });
});

describe('a damaged cache', () => {
  function damage(t: TestEnv, kind: CacheKind, id: string, value: unknown): string {
    const key = `cache:${kind}:${id}`;
    t.area.entries.set(key, createCacheEntry(key, kind, value, T0, false));
    return key;
  }

  it('drops damaged entries, fetches them again, and never throws', async () => {
    const t = founding();
    t.area.entries.set('cache:s2-paper:ARXIV:2403.12968', '{"v":1,"kind":"s2-pa');
    const damaged = [
      damage(t, 'homepage', 'https://pzs19.github.io/', { papers: 'none', news: null }),
      damage(t, 's2-author', 'papers:9000000001', [{ paperId: 7, authors: 'Zhuoshi Pan' }]),
      damage(t, 'github-stars', 'microsoft/llmlingua', { fullName: 'microsoft/LLMLingua', stars: 'many' }),
      damage(t, 'hf-paper', '2411.02886', { githubRepo: 'https://github.com/microsoft/SeCom' }),
    ];
    const result = okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(result.profile.nativeName?.value).toBe('盘卓实');
    expect(paper(result.profile, 'LLMLingua-2').code[0]?.stars?.value).toBe(STARS['microsoft/LLMLingua']);
    expect(t.countByHost()).toEqual({
      'api.semanticscholar.org': 2,
      'api.openalex.org': 1,
      'pzs19.github.io': 1,
      'api.github.com': 1,
    });
    const dropped = t.cacheProblems.filter((p) => p.kind === 'damaged-entry').map((p) => ('key' in p ? p.key : ''));
    expect(dropped).toEqual(expect.arrayContaining(['cache:s2-paper:ARXIV:2403.12968', ...damaged.slice(0, 3)]));

    // The refetched answers replaced the damage: a second card needs no request.
    t.resetRequests();
    okResult(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(t.requests).toEqual([]);
  });

  it('answers with an error state, not an exception, when storage cannot be read at all', async () => {
    const t = founding();
    t.area.get = async () => {
      throw new Error('storage is broken');
    };
    const result = await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(result).toMatchObject({ ok: false, reason: 'error', message: expect.stringContaining('storage is broken') });
  });
});
