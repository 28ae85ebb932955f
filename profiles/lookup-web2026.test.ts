import { describe, expect, it } from 'vitest';
import { WEB_2026, WEB_2026_CHALLENGED, WEB_2026_S2_DOWN, type Web2026Mode } from '../tests/e2e/fake-web/web2026';
import { CARD_FIELDS, filledFields } from './card-fields';
import { llmlingua2Query, STARS } from './test-support/founding-web';
import { lookupResearcher } from './lookup-researcher';
import type { LookupResult } from './profile';
import { createTestEnv, type TestEnv } from './test-support/test-env';
import { founding2026Routes } from './test-support/web2026-web';

function web(mode: Web2026Mode): TestEnv {
  const t = createTestEnv();
  t.route(...founding2026Routes(t.clock.now, mode));
  return t;
}

function found(result: LookupResult) {
  if (!result.ok) throw new Error(`lookup failed: ${result.message}`);
  return result;
}

/** No card calls a bot wall unreadable data. */
function noWallCalledUnreadable(result: LookupResult): void {
  expect(result.problems.map((p) => p.message).join(' ')).not.toMatch(/could not read/);
}

describe('the founding card on the 2026 web (no homepages on Semantic Scholar, dblp walled)', () => {
  it('with OpenReview answering: every field, the homepage from the confirmed OpenReview profile', async () => {
    const t = web(WEB_2026);
    const result = found(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    const p = result.profile;
    expect(filledFields(p)).toEqual([...CARD_FIELDS]);
    expect(p.links.homepage).toMatchObject({
      value: 'https://pzs19.github.io/',
      source: 'openreview',
      note: 'OpenReview profile ~Zhuoshi_Pan1',
    });
    expect(p.affiliation).toMatchObject({ value: 'Tsinghua University', source: 'homepage' });
    expect(p.advisors?.value[0]?.name).toBe('H. Vicky Zhao');
    expect(p.nativeName?.value).toBe('盘卓实');
    expect(p.papers[0]?.code[0]).toMatchObject({
      repo: 'microsoft/LLMLingua',
      stars: { value: STARS['microsoft/LLMLingua'] },
    });
    expect(p.links.openreview?.value).toContain('~Zhuoshi_Pan1');
    // dblp is never asked: a homepage was found before it.
    expect(t.requestsTo('dblp.org')).toEqual([]);
    noWallCalledUnreadable(result);
  });

  it('with OpenReview challenging guests: GitHub people lead to the homepage, and the card says OpenReview asks for a sign-in', async () => {
    const t = web(WEB_2026_CHALLENGED);
    const result = found(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    const p = result.profile;
    expect(filledFields(p)).toEqual([...CARD_FIELDS]);
    expect(p.links.homepage).toMatchObject({ value: 'https://pzs19.github.io/', source: 'github' });
    expect(p.links.homepage?.note).toContain('GitHub profile of pzs19');
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        source: 'openreview',
        message: expect.stringContaining('OpenReview asks for a sign-in'),
      }),
    );
    noWallCalledUnreadable(result);
    // The guest wall is asked once; the next card does not ask again.
    const first = t.requestsTo('api2.openreview.net').length;
    found(await t.run(lookupResearcher(llmlingua2Query(1), t.env)));
    expect(t.requestsTo('api2.openreview.net').length).toBe(first);
  });

  it('Qianhui Wu: the institution at the paper on OpenAlex, labelled with its year', async () => {
    const t = web(WEB_2026_CHALLENGED);
    const result = found(await t.run(lookupResearcher(llmlingua2Query(1), t.env)));
    expect(result.profile.affiliation).toMatchObject({
      value: 'Microsoft (United States)',
      source: 'openalex',
      note: 'at the 2024 paper',
    });
    // No GitHub account of hers is found, so no homepage is taken from anyone else's.
    expect(result.profile.links.homepage).toBeUndefined();
    noWallCalledUnreadable(result);
  });

  it('Semantic Scholar down and OpenAlex without the paper: identified by name and co-authors on OpenAlex', async () => {
    const t = web(WEB_2026_S2_DOWN);
    const result = found(await t.run(lookupResearcher(llmlingua2Query(0), t.env)));
    expect(result.match).toMatchObject({ method: 'search', confidence: 'high' });
    expect(result.match.reason).toMatch(
      /^Zhuoshi Pan on OpenAlex, who has published with Qianhui Wu and Huiqiang Jiang/,
    );
    expect(result.profile.key).toBe('openalex:A5999999001');
    expect(result.profile.links.homepage).toMatchObject({ value: 'https://pzs19.github.io/', source: 'github' });
    expect(result.profile.affiliation?.value).toBe('Tsinghua University');
    expect(result.profile.advisors?.value[0]?.name).toBe('H. Vicky Zhao');
    noWallCalledUnreadable(result);
  });

  it('GitHub by name is asked beside the stars, in stages, and not at all while the search window has 5 or fewer left', async () => {
    // Hugging Face knows none of his papers' code here, so no repository owner leads to him.
    const t = web(WEB_2026_CHALLENGED);
    t.unroute('huggingface.co');
    const stages: (string[] | undefined)[] = [];
    const result = found(await t.run(lookupResearcher(llmlingua2Query(0), t.env, (s) => stages.push(s.pending))));
    // Nothing named a homepage before the name search: the homepage row stays open until it is read.
    expect(stages).toEqual([['homepage', 'papers', 'code'], ['homepage', 'code'], ['homepage']]);
    expect(result.profile.links.homepage?.note).toContain('found by name');

    const low = web(WEB_2026_CHALLENGED);
    low.unroute('huggingface.co');
    const net = low.env.net;
    low.env.net = {
      ...net,
      hostState: async (key) =>
        key.includes('#search')
          ? { nextAt: 0, strikes: 0, budget: { remaining: 5, resetAt: low.clock.now() + 60_000, observedAt: 0 } }
          : net.hostState(key),
    };
    const spared = found(await low.run(lookupResearcher(llmlingua2Query(0), low.env)));
    expect(low.requestsTo('api.github.com').filter((r) => r.path.startsWith('/search/users'))).toEqual([]);
    expect(spared.profile.links.homepage).toBeUndefined();
    // Nothing on the card is missing for it: no line says so.
    expect(spared.problems.filter((p) => p.source === 'github')).toEqual([]);
  });
});
