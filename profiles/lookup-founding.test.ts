import { describe, expect, it } from 'vitest';
import { foundingRoutes, HOMEPAGE_VERSIONS, llmlingua2Query, STARS } from './test-support/founding-web';
import { lookupResearcher } from './lookup-researcher';
import type { LookupResult, PaperEntry, ResearcherProfile } from './profile';
import { createTestEnv, type TestEnv } from './test-support/test-env';

function founding(homepage?: string): TestEnv {
  const t = createTestEnv();
  t.route(...foundingRoutes(t.clock.now, homepage));
  return t;
}

function profileOf(result: LookupResult): ResearcherProfile & { match: string } {
  if (!result.ok) throw new Error(`lookup failed: ${result.message}`);
  return { ...result.profile, match: result.match.reason };
}

function paper(profile: ResearcherProfile, title: string): PaperEntry {
  const found = profile.papers.find((p) => p.title.startsWith(title));
  if (!found) throw new Error(`no paper ${title} on the card`);
  return found;
}

/** Stars over the distinct repositories on the card, each counted once. */
function distinctStars(profile: ResearcherProfile): number {
  const repos = new Map(profile.papers.flatMap((p) => p.code).map((c) => [c.repo.toLowerCase(), c.stars?.value ?? 0]));
  return [...repos.values()].reduce((a, b) => a + b, 0);
}

describe('lookupResearcher: Zhuoshi Pan on arXiv 2403.12968', () => {
  it('builds his card from Semantic Scholar, his homepage and GitHub', async () => {
    const t = founding();
    const result = await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    const card = profileOf(result);
    expect(card.key).toBe('s2:9000000001');
    expect(card.match).toBe('author 1 of arXiv 2403.12968 on Semantic Scholar');
    expect(card.name).toMatchObject({ value: 'Zhuoshi Pan', source: 'homepage' });
    expect(card.nativeName).toMatchObject({ value: '盘卓实', source: 'homepage' });
    expect(card.affiliation).toMatchObject({ value: 'Tsinghua University', source: 'homepage' });
    expect(card.position?.value).toBe('graduate student');
    expect(card.advisors).toMatchObject({ value: [{ name: 'H. Vicky Zhao' }], source: 'homepage' });
    expect(card.interests).toMatchObject({ value: ['LLM data synthesis'], source: 'homepage' });
    expect(card.metrics).toMatchObject({
      value: { citations: 100, hIndex: 3, paperCount: 10 },
      source: 'semantic-scholar',
    });
    expect(card.links.homepage).toMatchObject({ value: 'https://pzs19.github.io/', source: 'semantic-scholar' });
    expect(card.links.scholar?.value).toBe('https://scholar.google.com/citations?user=RuASc_IAAAAJ');
    expect(card.ids).toEqual({ s2: '9000000001' });
    expect(result).toMatchObject({ problems: [], stale: false });

    const llmlingua = paper(card, 'LLMLingua-2');
    expect(llmlingua).toMatchObject({
      ids: { arxiv: '2403.12968', acl: '2024.findings-acl.57' },
      role: 'first',
      citations: 150,
    });
    expect(llmlingua.code).toEqual([
      {
        repo: 'microsoft/LLMLingua',
        url: 'https://github.com/microsoft/LLMLingua',
        stars: { value: STARS['microsoft/LLMLingua'], source: 'github', fetchedAt: expect.any(Number) },
      },
    ]);
    // The paper being looked at leads the list.
    expect(card.papers[0]).toBe(llmlingua);
    expect(paper(card, 'TokenSelect').code.map((c) => c.repo)).toEqual(['pzs19/TokenSelect']);
    expect(card.totalStars).toMatchObject({ value: distinctStars(card), source: 'github' });
    expect(card.totalStars?.value).toBe(
      [
        'QizhiPei/ScaleDiff',
        'Leey21/A-Data-Centric-Study',
        'opendatalab/REST',
        'pzs19/LEMMA',
        'microsoft/SeCom',
        'microsoft/LLMLingua',
        'pzs19/TokenSelect',
        'OPTML-Group/BiBadDiff',
      ]
        .map((r) => STARS[r]!)
        .reduce((a, b) => a + b, 0),
    );
  });

  it.each(HOMEPAGE_VERSIONS)(
    'links TokenSelect to pzs19/TokenSelect, never the SeCom badge, with homepage version %s',
    async (version) => {
      const t = founding(version);
      const card = profileOf(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
      expect(card.nativeName?.value).toBe('盘卓实');
      expect(card.advisors?.value[0]?.name).toBe('H. Vicky Zhao');
      const tokenSelect = paper(card, 'TokenSelect');
      expect(tokenSelect.code.map((c) => c.repo)).toEqual(['pzs19/TokenSelect']);
      expect(tokenSelect.code[0]?.stars?.value).toBe(STARS['pzs19/TokenSelect']);
      expect(paper(card, 'LLMLingua-2').code.map((c) => c.repo)).toEqual(['microsoft/LLMLingua']);
      // Every repository on the card has its stars, so the total is the sum over distinct repositories.
      expect(card.papers.flatMap((p) => p.code).every((c) => c.stars)).toBe(true);
      expect(card.totalStars?.value).toBe(distinctStars(card));
    },
  );

  it('makes one request per source on a cold hover and none on a warm one', async () => {
    const t = founding();
    await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    // S2: the paper (all authors at once) + the author's papers; OpenAlex: the paper (institutions at
    // it); the homepage; one GitHub search naming all eight distinct repositories (its own budget:
    // no core request).
    expect(t.countByHost()).toEqual({
      'api.semanticscholar.org': 2,
      'api.openalex.org': 1,
      'pzs19.github.io': 1,
      'api.github.com': 1,
    });
    const [search] = t.requestsTo('api.github.com');
    expect(new URL(`https://api.github.com${search?.path}`).searchParams.get('q')?.split(' ')).toHaveLength(8);
    t.resetRequests();
    const warm = await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(t.countByHost()).toEqual({});
    expect(profileOf(warm).totalStars?.value).toBe(distinctStars(profileOf(warm)));
  });

  it('asks Hugging Face only for papers the homepage gives no code for (the oldest homepage)', async () => {
    const t = founding(HOMEPAGE_VERSIONS[0]);
    await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    // TokenSelect, SeCom and LEMMA are on Semantic Scholar only in March 2024.
    expect(
      t
        .requestsTo('huggingface.co')
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/api/papers/2411.02886', '/api/papers/2502.05589', '/api/papers/2503.17439']);
    // The two Hugging Face does not know are asked of paperswithcode.co next.
    expect(t.countByHost()).toEqual({
      'api.semanticscholar.org': 2,
      'api.openalex.org': 1,
      'pzs19.github.io': 1,
      'huggingface.co': 3,
      'paperswithcode.co': 2,
      'api.github.com': 1,
    });
  });

  it('shows a co-author of the same paper as a different person', async () => {
    const t = founding();
    const card = profileOf(await t.run(lookupResearcher(llmlingua2Query(10), t.env)));
    expect(card).toMatchObject({
      key: 's2:9000000011',
      name: { value: 'H. Vicky Zhao', source: 'semantic-scholar' },
      metrics: { value: { citations: 2600 } },
    });
    expect(card.nativeName).toBeUndefined();
  });
});

describe('code the page itself links', () => {
  it('takes the repository from the arXiv comments line when no other source links one', async () => {
    const t = founding();
    // No homepage and no Hugging Face record: only the abstract page names the code.
    t.route({
      host: 'pzs19.github.io',
      path: '/',
      answer: { status: 404, headers: { 'content-type': 'text/html' }, body: 'Not Found' },
    });
    t.route({
      host: 'huggingface.co',
      path: '/api/papers/2403.12968',
      answer: { status: 404, headers: { 'content-type': 'application/json' }, body: '{"error":"Paper not found"}' },
    });
    const base = llmlingua2Query(0);
    const query = { ...base, paper: { ...base.paper!, code: ['https://github.com/microsoft/LLMLingua'] } };
    const card = profileOf(await t.run(lookupResearcher(query, t.env)));
    expect(card.papers[0]?.title).toMatch(/^LLMLingua-2/);
    expect(card.papers[0]?.code).toMatchObject([
      { repo: 'microsoft/LLMLingua', stars: { value: STARS['microsoft/LLMLingua'], source: 'github' } },
    ]);
    expect(t.requestsTo('huggingface.co').map((r) => r.path)).not.toContain('/api/papers/2403.12968');
  });
});
