import type { AuthorQuery } from '../messaging/types';
import { collectCode } from './collect-code';
import { contextPaperFirst } from './context-paper';
import { addOrcid, findHomepage, type HomepageContext } from './find-homepage';
import { discoverySteps } from './discovery-steps';
import type { KnownPaper } from './homepage-check';
import { authorshipAt, fetchContextWork } from './openalex-identity';
import type { OpenAlexAuthorship } from '../sources/openalex';
import type { S2Paper } from '../sources/semantic-scholar';
import type { LookupEnv } from './lookup-env';
import { mergePapers } from './merge-papers';
import { mergeProfile } from './merge-profile';
import { withPagePersonLink } from './page-person-link';
import type { LookupResult, ResearcherProfile, SourceProblem, Sourced } from './profile';
import { fetchAuthorPapers, resolveIdentity, type Identity } from './resolve-identity';

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
  // The page's paper on OpenAlex (one free singleton, cached): the person's institution at
  // that paper and their ORCID, whatever Semantic Scholar knows.
  const [s2Papers, work] = await Promise.all([
    s2Id && settings.sources['semantic-scholar'] ? fetchAuthorPapers(s2Id, env) : undefined,
    query.paper && settings.sources.openalex
      ? fetchContextWork(query.paper, env, problems, identity.paper?.ids.doi)
      : undefined,
  ]);
  if (s2Papers && !s2Papers.ok)
    problems.push({
      source: 'semantic-scholar',
      kind: s2Papers.kind === 'rate-limited' ? 'rate-limited' : 'unavailable',
      message: 'Semantic Scholar did not list the papers this time.',
      ...(s2Papers.retryAt ? { retryAt: s2Papers.retryAt } : {}),
    });
  const s2PaperList = s2Papers?.ok ? (s2Papers.data ?? []) : [];
  const slot =
    work && query.paper ? authorshipAt(work.value, query.paper.position, identity.name, env.nameScore) : undefined;
  const atPaper: Sourced<OpenAlexAuthorship> | undefined =
    slot && work
      ? {
          value: slot.authorship,
          source: 'openalex',
          fetchedAt: work.fetchedAt,
          ...(work.value.year ? { note: `at the ${work.value.year} paper` } : {}),
        }
      : undefined;
  const ctx: HomepageContext = {
    identity,
    settings,
    orcids: [],
    papers: knownPapers(query, identity, s2PaperList),
    pageCode: query.paper?.code ?? [],
    arxivPapers: ownArxivPapers(query, s2PaperList, s2Id),
  };
  if (atPaper?.value.orcid) addOrcid(ctx, atPaper.value.orcid);
  const homepage = await findHomepage(ctx, env, problems, discoverySteps());
  const papers = contextPaperFirst(mergePapers(homepage.card?.value.papers ?? [], s2PaperList, s2Id), query.paper, {
    ...identity.paper?.ids,
    ...(work?.value.doi ? { doi: identity.paper?.ids.doi ?? work.value.doi } : {}),
  });
  const totalStars = await collectCode(papers.slice(0, PAPERS_WITH_CODE), env, problems);
  const now = env.now();
  const s2Author: Sourced<NonNullable<typeof identity.s2Author>> | undefined = identity.s2Author
    ? { value: identity.s2Author, source: 'semantic-scholar', fetchedAt: now }
    : undefined;
  const merged = mergeProfile(
    {
      identity,
      s2Author,
      homepage,
      papers,
      now,
      ...(atPaper ? { atPaper } : {}),
      ...(totalStars ? { totalStars } : {}),
    },
    env.nameScore,
  );
  const profile = withPagePersonLink(merged, query, now);
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

/** The page's paper (by every id its records give) and the person's papers on Semantic Scholar. */
function knownPapers(query: AuthorQuery, identity: Identity, s2Papers: S2Paper[]): KnownPaper[] {
  const known: KnownPaper[] = s2Papers.map((p) => ({ ids: p.ids, ...(p.title ? { title: p.title } : {}) }));
  if (query.paper)
    known.unshift({ ids: { ...identity.paper?.ids, [query.paper.kind]: query.paper.id }, title: query.paper.title });
  return known;
}

/** The person's arXiv papers, first-authored ones first (their own repositories are likeliest there). */
function ownArxivPapers(query: AuthorQuery, s2Papers: S2Paper[], s2Id: string | undefined): string[] {
  const first = (p: S2Paper) => (s2Id && p.authors[0]?.authorId === s2Id ? 0 : 1);
  const ids = [...s2Papers].sort((a, b) => first(a) - first(b)).flatMap((p) => p.ids.arxiv ?? []);
  // The page's paper first, unless the page itself already names its code.
  if (query.paper?.kind === 'arxiv') ids.unshift(query.paper.id);
  const linked = query.paper?.code?.length ? query.paper.id : undefined;
  return [...new Set(ids)].filter((id) => id !== linked);
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
