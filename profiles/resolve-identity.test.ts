import { describe, expect, it } from 'vitest';
import { mentionContextKey } from '../storage/user-data';
import type { AuthorQuery } from '../messaging/types';
import { foundingRoutes, llmlingua2Query, S2_RATE_LIMITED } from './test-support/founding-web';
import { lookupResearcher } from './lookup-researcher';
import type { SourceProblem } from './profile';
import { resolveIdentity } from './resolve-identity';
import {
  arxivQuery,
  authorPapersRoute,
  authorRoute,
  authorSearchRoute,
  paperRoute,
  s2Paper,
  type TestAuthor,
} from './test-support/s2-test-data';
import { createTestEnv, fileJson, json, type TestEnv } from './test-support/test-env';

const T0 = Date.UTC(2026, 0, 1);

function founding(): TestEnv {
  const t = createTestEnv();
  t.route(...foundingRoutes(t.clock.now));
  return t;
}

async function resolve(t: TestEnv, query: AuthorQuery) {
  const problems: SourceProblem[] = [];
  const result = await t.run(resolveIdentity(query, t.env, problems));
  return { result, problems, identity: result.ok ? result.identity : undefined };
}

describe("the user's correction comes first", () => {
  it('uses the researcher the user chose for this mention, without asking about the paper', async () => {
    const t = founding();
    const query = llmlingua2Query(0);
    await t.env.user.correctMention(mentionContextKey(query), { researcherKey: 's2:777' });
    t.route(authorRoute({ id: '777', name: 'Zhuoshi Pan', paperCount: 3 }));
    const { identity } = await resolve(t, query);
    expect(identity).toMatchObject({
      key: 's2:777',
      name: 'Zhuoshi Pan',
      match: { method: 'correction', confidence: 'high' },
      s2Author: { authorId: '777' },
    });
    expect(t.requests.map((r) => r.path)).toEqual([expect.stringMatching(/^\/graph\/v1\/author\/777\?/)]);
  });

  it('shows the printed name for a chosen researcher known by a key other than Semantic Scholar', async () => {
    const t = founding();
    const query = llmlingua2Query(0);
    await t.env.user.correctMention(mentionContextKey(query), { researcherKey: 'acl:zhuoshi-pan' });
    const { identity } = await resolve(t, query);
    expect(identity).toMatchObject({
      key: 'acl:zhuoshi-pan',
      name: 'Zhuoshi Pan',
      match: { method: 'correction', reason: 'your own choice' },
    });
    expect(t.requests).toEqual([]);
  });

  it("answers 'not found' with a clear message when the user said the match was wrong, and asks nobody", async () => {
    const t = founding();
    const query = llmlingua2Query(0);
    await t.env.user.correctMention(mentionContextKey(query), 'not-this-person');
    const result = await t.run(lookupResearcher(query, t.env));
    expect(result).toMatchObject({ ok: false, reason: 'not-found' });
    expect(!result.ok && result.message).toMatch(/You marked Byline's match for Zhuoshi Pan here as wrong/);
    expect(t.requests).toEqual([]);
  });
});

describe('the paper context', () => {
  it('takes the author at this position on this paper when the printed name agrees', async () => {
    const t = founding();
    const { identity } = await resolve(t, llmlingua2Query(0));
    expect(identity?.key).toBe('s2:9000000001');
    expect(identity?.match).toEqual({
      method: 'paper-context',
      confidence: 'high',
      reason: 'author 1 of arXiv 2403.12968 on Semantic Scholar',
    });
    expect(identity?.s2Author?.homepage).toBe('https://pzs19.github.io/');
  });

  it('accepts initials in the printed name for the same slot', async () => {
    const t = founding();
    const { identity } = await resolve(t, llmlingua2Query(10, 'H. Zhao'));
    expect(identity).toMatchObject({
      key: 's2:9000000011',
      match: { confidence: 'high', reason: 'author 11 of arXiv 2403.12968 on Semantic Scholar' },
    });
  });

  it('finds the name elsewhere in the byline, with medium confidence, when the order differs', async () => {
    const t = founding();
    // arXiv prints Qianhui Wu first, Semantic Scholar lists her second.
    const { identity } = await resolve(t, llmlingua2Query(0, 'Qianhui Wu'));
    expect(identity?.key).toBe('s2:9000000002');
    expect(identity?.match).toEqual({
      method: 'paper-context',
      confidence: 'medium',
      reason: 'author 2 of arXiv 2403.12968 on Semantic Scholar (byline order differs)',
    });
  });

  it('falls through to the next step when the printed name matches neither the slot nor anyone else', async () => {
    const t = founding();
    t.route(authorSearchRoute('Ada Lovelace', []));
    const { result, identity } = await resolve(t, llmlingua2Query(0, 'Ada Lovelace'));
    expect(identity).toBeUndefined();
    expect(result).toMatchObject({ ok: false, reason: 'not-found' });
    expect(t.requests.map((r) => r.path.split('?')[0])).toEqual([
      '/graph/v1/paper/ARXIV:2403.12968',
      '/graph/v1/author/search',
    ]);
  });
});

const ACL_QUERY: AuthorQuery = {
  printed: 'Zhuoshi Pan',
  normalized: 'zhuoshi pan',
  pageType: 'acl-paper',
  paper: {
    kind: 'acl',
    id: '2024.findings-acl.99',
    title: 'A paper',
    position: 0,
    authors: ['Zhuoshi Pan', 'Someone Else'],
  },
};

describe('the site person id', () => {
  it('uses the ACL Anthology verified person id when Semantic Scholar does not know the paper', async () => {
    const t = createTestEnv();
    t.route({
      host: 'api.semanticscholar.org',
      path: /^\/graph\/v1\/paper\/ACL:/,
      answer: json({ error: 'Paper with id ACL:2024.findings-acl.99 not found' }, 404),
    });
    const { identity } = await resolve(t, {
      ...ACL_QUERY,
      sitePersonId: { kind: 'acl', id: 'zhuoshi-pan', verified: true },
    });
    expect(identity).toMatchObject({
      key: 'acl:zhuoshi-pan',
      name: 'Zhuoshi Pan',
      match: { method: 'site-id', confidence: 'high', reason: 'ACL Anthology verified person zhuoshi-pan' },
    });
  });

  it('does not trust an unverified ACL person id', async () => {
    const t = createTestEnv();
    t.route(
      { host: 'api.semanticscholar.org', path: /^\/graph\/v1\/paper\/ACL:/, answer: json({ error: 'not found' }, 404) },
      authorSearchRoute('Zhuoshi Pan', []),
    );
    const { identity } = await resolve(t, {
      ...ACL_QUERY,
      sitePersonId: { kind: 'acl', id: 'zhuoshi-pan', verified: false },
    });
    expect(identity).toBeUndefined();
  });
});

describe('a dblp person id from the page', () => {
  const DBLP_QUERY: AuthorQuery = {
    printed: 'Zhuoshi Pan',
    normalized: 'zhuoshi pan',
    pageType: 'dblp-person',
    sitePersonId: { kind: 'dblp', id: '335/2379' },
  };

  it('is the person when no source knows the name, without asking dblp', async () => {
    const t = createTestEnv();
    t.route(authorSearchRoute('Zhuoshi Pan', []));
    const { identity } = await resolve(t, DBLP_QUERY);
    expect(identity).toMatchObject({
      key: 'dblp:335/2379',
      name: 'Zhuoshi Pan',
      match: { method: 'site-id', confidence: 'high', reason: 'dblp person 335/2379, as the page links it' },
    });
    expect(t.requests.map((r) => r.host)).toEqual(['api.semanticscholar.org']);
  });

  it('waits for Semantic Scholar when it could not answer, rather than showing a card with the name only', async () => {
    const t = createTestEnv();
    t.route({ host: 'api.semanticscholar.org', path: /./, answer: json({ message: 'down' }, 503) });
    const { result } = await resolve(t, DBLP_QUERY);
    expect(result.ok).toBe(false);
  });
});

const FORUM_QUERY: AuthorQuery = {
  printed: 'Zhuoshi Pan',
  normalized: 'zhuoshi pan',
  pageType: 'openreview-forum',
  paper: {
    kind: 'openreview',
    id: 'wS7PxDjy6m',
    title: 'A paper',
    position: 0,
    authors: ['Zhuoshi Pan', 'Someone Else'],
  },
  sitePersonId: { kind: 'openreview', id: '~Zhuoshi_Pan1' },
};
const OPENREVIEW_PROFILE = {
  host: 'api2.openreview.net',
  path: /^\/profiles\?id=~Zhuoshi_Pan1$/,
  answer: fileJson('tests/fixtures/api/openreview/profiles_id_~Zhuoshi_Pan1_SYNTHESIZED.json'),
};

describe('an OpenReview profile id', () => {
  it('is that profile, and the Semantic Scholar author it links, with no name search', async () => {
    const t = createTestEnv();
    t.route(OPENREVIEW_PROFILE, authorRoute({ id: '9000000001', name: 'Zhuoshi Pan' }));
    const { identity } = await resolve(t, FORUM_QUERY);
    expect(identity).toMatchObject({
      key: 's2:9000000001',
      name: 'Zhuoshi Pan',
      openReviewId: '~Zhuoshi_Pan1',
      match: {
        method: 'site-id',
        confidence: 'high',
        reason: 'OpenReview profile ~Zhuoshi_Pan1, which links Semantic Scholar author 9000000001',
      },
    });
    expect(t.requests.map((r) => r.path)).not.toContainEqual(expect.stringContaining('/author/search'));
    expect(t.requestsTo('api2.openreview.net')).toHaveLength(1);
  });

  it('is the profile itself when OpenReview challenges a guest: still no name search', async () => {
    const t = createTestEnv();
    t.route({
      host: 'api2.openreview.net',
      path: /^\/profiles\?/,
      answer: fileJson('tests/fixtures/api/openreview/error_403_challenge_required_SYNTHESIZED.json', 403),
    });
    const { identity, problems } = await resolve(t, FORUM_QUERY);
    expect(identity).toMatchObject({
      key: 'openreview:~Zhuoshi_Pan1',
      name: 'Zhuoshi Pan',
      match: { method: 'site-id', reason: 'OpenReview profile ~Zhuoshi_Pan1' },
    });
    expect(problems.map((p) => p.source)).toContain('openreview');
    expect(t.requestsTo('api.semanticscholar.org')).toHaveLength(0);
  });

  it('gives the card the profile it names, with its homepage, without confirming it', async () => {
    const t = createTestEnv();
    t.route(OPENREVIEW_PROFILE);
    const result = await t.run(lookupResearcher(FORUM_QUERY, t.env));
    expect(result.ok).toBe(true);
    // One profile request for identity and homepage together; never a profile search.
    expect(t.requestsTo('api2.openreview.net').map((r) => r.path)).toEqual(['/profiles?id=~Zhuoshi_Pan1']);
    if (result.ok) {
      expect(result.profile.key).toBe('openreview:~Zhuoshi_Pan1');
      expect(JSON.stringify(result.profile)).toContain('Tsinghua University');
    }
  });
});

// Two people who share a name; papers not yet on Semantic Scholar, so only the name search helps.
const WEI_A: TestAuthor = { id: '100', name: 'Wei Wu', paperCount: 50, citationCount: 900 };
const WEI_B: TestAuthor = { id: '200', name: 'Wei Wu', paperCount: 80, citationCount: 3000 };
const ALICE: TestAuthor = { id: '301', name: 'Alice Smith' };
const BOB: TestAuthor = { id: '302', name: 'Bob Jones' };
const CAROL: TestAuthor = { id: '303', name: 'Carol Li' };
const DAN: TestAuthor = { id: '304', name: 'Dan Brown' };

function sameNameWeb(t: TestEnv): void {
  t.route(
    paperRoute('2501.00001', null),
    paperRoute('2501.00002', null),
    paperRoute('2501.00003', null),
    authorSearchRoute('Wei Wu', [WEI_A, WEI_B]),
    authorPapersRoute('100', [
      s2Paper({ id: 'pa1', arxiv: '2401.10001', title: 'Graph things', authors: [WEI_A, ALICE, BOB] }),
      s2Paper({ id: 'pa2', arxiv: '2401.10002', title: 'More graph things', authors: [ALICE, WEI_A] }),
    ]),
    authorPapersRoute('200', [
      s2Paper({ id: 'pb1', arxiv: '2402.20001', title: 'Protein folding', authors: [CAROL, DAN, WEI_B] }),
    ]),
  );
}

describe('the name search, checked by co-author overlap', () => {
  it('picks the namesake who has published with two co-authors of this paper, with high confidence', async () => {
    const t = createTestEnv();
    sameNameWeb(t);
    const { identity } = await resolve(t, arxivQuery('2501.00001', ['Wei Wu', 'Alice Smith', 'Bob Jones'], 0));
    expect(identity?.key).toBe('s2:100');
    expect(identity?.match).toEqual({
      method: 'search',
      confidence: 'high',
      reason: 'Wei Wu on Semantic Scholar, who has published with Alice Smith and Bob Jones',
    });
  });

  it('gives medium confidence for one shared co-author', async () => {
    const t = createTestEnv();
    sameNameWeb(t);
    const { identity } = await resolve(t, arxivQuery('2501.00002', ['Dan Brown', 'Wei Wu', 'Eve Stone'], 1));
    expect(identity).toMatchObject({
      key: 's2:200',
      match: { method: 'search', confidence: 'medium', reason: expect.stringContaining('Dan Brown') },
    });
  });

  it('falls back to the most published namesake with low confidence, and says no co-author was shared', async () => {
    const t = createTestEnv();
    sameNameWeb(t);
    const { identity } = await resolve(t, arxivQuery('2501.00003', ['Wei Wu', 'Frank Moss'], 0));
    expect(identity?.key).toBe('s2:200');
    expect(identity?.match).toEqual({
      method: 'search',
      confidence: 'low',
      reason:
        'the most published of 2 people named Wei Wu on Semantic Scholar, none sharing a co-author with this paper',
    });
  });

  it('calls a single namesake the only one, with medium confidence', async () => {
    const t = createTestEnv();
    t.route(
      paperRoute('2501.00009', null),
      authorSearchRoute('Zhuoshi Pan', [{ id: '9000000001', name: 'Zhuoshi Pan' }]),
      authorPapersRoute('9000000001', []),
    );
    const { identity } = await resolve(t, arxivQuery('2501.00009', ['Zhuoshi Pan', 'Frank Moss'], 0));
    expect(identity?.match).toEqual({
      method: 'search',
      confidence: 'medium',
      reason: 'the only person named Zhuoshi Pan on Semantic Scholar',
    });
  });
});

describe('Semantic Scholar rate limited', () => {
  it('takes the paper context from OpenAlex instead, and reports the limit with its retry time', async () => {
    const t = founding();
    t.route(S2_RATE_LIMITED);
    const { identity, problems } = await resolve(t, llmlingua2Query(0));
    expect(identity).toMatchObject({
      key: 'openalex:A5999999001',
      name: 'Zhuoshi Pan',
      openAlexAuthor: { source: 'openalex', value: { id: 'A5999999001' } },
    });
    expect(identity?.match).toEqual({
      method: 'paper-context',
      confidence: 'high',
      reason: 'author 1 of arXiv 2403.12968 on OpenAlex',
    });
    expect(problems).toEqual([
      expect.objectContaining({ source: 'semantic-scholar', kind: 'rate-limited', retryAt: T0 + 60_000 }),
    ]);
    // The 60 s Retry-After is longer than the client waits, so there is no retry.
    expect(t.requestsTo('api.semanticscholar.org')).toHaveLength(1);
  });

  it('says "rate limited" rather than "not found" when no source could answer', async () => {
    const t = createTestEnv();
    t.route(S2_RATE_LIMITED, { host: 'api.openalex.org', path: /^\//, answer: json({ error: 'Not found' }, 404) });
    const result = await t.run(lookupResearcher(llmlingua2Query(0), t.env));
    expect(result).toMatchObject({ ok: false, reason: 'rate-limited', retryAt: T0 + 60_000 });
  });
});

describe('two people with one name are never merged', () => {
  const PAPER_1 = s2Paper({
    id: 'p1',
    arxiv: '2401.00001',
    title: 'Sparse attention at scale',
    authors: [WEI_A, ALICE],
  });
  const PAPER_2 = s2Paper({
    id: 'p2',
    arxiv: '2402.00002',
    title: 'Protein language models',
    authors: [CAROL, DAN, WEI_B],
  });

  function twoPapers(): TestEnv {
    const t = createTestEnv();
    t.route(
      paperRoute('2401.00001', PAPER_1),
      paperRoute('2402.00002', PAPER_2),
      authorPapersRoute('100', [PAPER_1]),
      authorPapersRoute('200', [PAPER_2]),
    );
    return t;
  }

  it('resolves "Wei Wu" on two papers to two researcher keys by the paper context', async () => {
    const t = twoPapers();
    const first = await resolve(t, arxivQuery('2401.00001', ['Wei Wu', 'Alice Smith'], 0));
    const second = await resolve(t, arxivQuery('2402.00002', ['Carol Li', 'Dan Brown', 'Wei Wu'], 2));
    expect(first.identity?.key).toBe('s2:100');
    expect(second.identity?.key).toBe('s2:200');
  });

  it('builds two separate cards, each with its own metrics and papers, even with a warm cache', async () => {
    const t = twoPapers();
    const a = await t.run(lookupResearcher(arxivQuery('2401.00001', ['Wei Wu', 'Alice Smith'], 0), t.env));
    const b = await t.run(lookupResearcher(arxivQuery('2402.00002', ['Carol Li', 'Dan Brown', 'Wei Wu'], 2), t.env));
    if (!a.ok || !b.ok) throw new Error('both lookups should succeed');
    expect(a.profile.key).toBe('s2:100');
    expect(b.profile.key).toBe('s2:200');
    expect(a.profile.metrics?.value.citations).toBe(900);
    expect(b.profile.metrics?.value.citations).toBe(3000);
    expect(a.profile.papers.map((p) => p.title)).toEqual(['Sparse attention at scale']);
    expect(b.profile.papers.map((p) => p.title)).toEqual(['Protein language models']);
    expect(b.profile.papers[0]?.role).toBe('last');
  });

  it('tells the namesakes apart by co-authors when searching by name, from one cached search', async () => {
    const t = createTestEnv();
    sameNameWeb(t);
    t.route(paperRoute('2501.00004', null));
    const withAlice = await resolve(t, arxivQuery('2501.00001', ['Wei Wu', 'Alice Smith', 'Bob Jones'], 0));
    const withCarol = await resolve(t, arxivQuery('2501.00004', ['Carol Li', 'Wei Wu', 'Dan Brown'], 1));
    expect(withAlice.identity?.key).toBe('s2:100');
    expect(withCarol.identity?.key).toBe('s2:200');
    expect(withCarol.identity?.match.confidence).toBe('high');
    expect(t.requests.filter((r) => r.path.startsWith('/graph/v1/author/search'))).toHaveLength(1);
  });
});
