import type { AuthorQuery } from '../messaging/types';
import { githubReposIn, repoName } from '../domain/github';
import { collectCode } from './collect-code';
import { findHomepage } from './find-homepage';
import type { LookupEnv } from './lookup-env';
import { mergePapers } from './merge-papers';
import { mergeProfile } from './merge-profile';
import type { LookupResult, PaperEntry, ResearcherProfile, SourceProblem, Sourced } from './profile';
import { fetchAuthorPapers, resolveIdentity } from './resolve-identity';

/** Papers on a card whose code and stars are looked up. */
const PAPERS_WITH_CODE = 8;
/** Data older than this is shown with its age and refreshed in the background. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * From a name on a page to a researcher card: resolve who it is, then read their homepage,
 * their papers and the code behind them. Every source answer is cached, so a second hover
 * makes no request; a source that fails leaves a line on the card, never a blank one.
 */
export async function lookupResearcher(query: AuthorQuery, env: LookupEnv): Promise<LookupResult> {
  try {
    return await lookup(query, env);
  } catch (error) {
    // Storage that cannot be read at all, or a bug: the card shows an error state, never a blank box.
    return {
      ok: false,
      reason: 'error',
      message: `Byline could not look up ${query.printed}: ${String(error).slice(0, 200)}`,
      problems: [],
    };
  }
}

async function lookup(query: AuthorQuery, env: LookupEnv): Promise<LookupResult> {
  const problems: SourceProblem[] = [];
  const resolved = await resolveIdentity(query, env, problems);
  if (!resolved.ok) {
    const retryAt = Math.min(...problems.map((p) => p.retryAt ?? Infinity));
    return {
      ok: false,
      reason: resolved.reason,
      message: resolved.message,
      problems: dedupe(problems),
      ...(Number.isFinite(retryAt) ? { retryAt } : {}),
    };
  }
  const { identity } = resolved;
  const settings = await env.user.getSettings();
  const s2Id = identity.s2Author?.authorId;
  const [homepage, s2Papers] = await Promise.all([
    findHomepage(identity, env, problems),
    s2Id && settings.sources['semantic-scholar'] ? fetchAuthorPapers(s2Id, env) : undefined,
  ]);
  if (s2Papers && !s2Papers.ok)
    problems.push({
      source: 'semantic-scholar',
      kind: s2Papers.kind === 'rate-limited' ? 'rate-limited' : 'unavailable',
      message: 'Semantic Scholar did not list the papers this time.',
      ...(s2Papers.retryAt ? { retryAt: s2Papers.retryAt } : {}),
    });
  const papers = withContextFirst(
    mergePapers(homepage.card?.value.papers ?? [], s2Papers?.ok ? (s2Papers.data ?? []) : [], s2Id),
    query,
  );
  const totalStars = await collectCode(papers.slice(0, PAPERS_WITH_CODE), env, problems);
  const now = env.now();
  const s2Author: Sourced<NonNullable<typeof identity.s2Author>> | undefined = identity.s2Author
    ? { value: identity.s2Author, source: 'semantic-scholar', fetchedAt: now }
    : undefined;
  const profile = mergeProfile(
    { identity, s2Author, homepage, papers, now, ...(totalStars ? { totalStars } : {}) },
    env.nameScore,
  );
  const asOf = oldestFact(profile, now);
  const following = Boolean((await env.user.getFollows())[profile.key]);
  return {
    ok: true,
    profile,
    match: identity.match,
    problems: dedupe(problems),
    asOf,
    stale: now - asOf > STALE_AFTER_MS,
    following,
  };
}

/** The paper the user is looking at leads the list: it is the one they came to ask about. */
function withContextFirst(papers: PaperEntry[], query: AuthorQuery): PaperEntry[] {
  const ctx = query.paper;
  if (!ctx) return papers;
  const here = papers.findIndex((p) => p.ids[ctx.kind] === ctx.id);
  if (here < 0) return papers;
  const paper = papers[here]!;
  // The repositories the page itself names for this paper (arXiv comments) are code too.
  if (!paper.code.length)
    for (const gh of githubReposIn((ctx.code ?? []).join(' ')).slice(0, 3))
      paper.code.push({ repo: repoName(gh), url: gh.url });
  return [paper, ...papers.slice(0, here), ...papers.slice(here + 1)];
}

/** One line per source and kind: three failed GitHub calls are one problem on the card. */
function dedupe(problems: SourceProblem[]): SourceProblem[] {
  const seen = new Map<string, SourceProblem>();
  for (const p of problems) if (!seen.has(`${p.source}:${p.kind}`)) seen.set(`${p.source}:${p.kind}`, p);
  return [...seen.values()];
}

function oldestFact(profile: ResearcherProfile, now: number): number {
  const times = [profile.affiliation, profile.position, profile.metrics, profile.news, profile.interests].flatMap(
    (s) => (s ? [s.fetchedAt] : []),
  );
  return times.length ? Math.min(...times) : now;
}
