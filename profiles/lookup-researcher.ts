import type { AuthorQuery } from '../messaging/types';
import { askCodeAhead, collectCode } from './collect-code';
import { contextPaperFirst } from './context-paper';
import { addOrcid, findHomepage, type HomepageContext, type HomepageFinding } from './find-homepage';
import { discoverySteps, lateDiscoverySteps } from './discovery-steps';
import type { KnownPaper } from './homepage-check';
import { authorshipAt, fetchContextWork } from './openalex-identity';
import type { OpenAlexAuthorship } from '../sources/openalex';
import type { S2Paper } from '../sources/semantic-scholar';
import type { LookupEnv } from './lookup-env';
import { mergePapers } from './merge-papers';
import { mergeProfile } from './merge-profile';
import { withPagePersonLink } from './page-person-link';
import type { CardPart, LookupResult, PaperEntry, ResearcherProfile, SourceProblem, Sourced } from './profile';
import { fetchAuthorPapers, resolveIdentity, type Identity } from './resolve-identity';

/** Papers on a card whose code and stars are looked up. */
const PAPERS_WITH_CODE = 8;
/** Data older than this is shown with its age and refreshed in the background. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** A found card: the answer's successful shape, complete or an early stage of it. */
export type FoundCard = Extract<LookupResult, { ok: true }>;

/** Receives each early stage of a cold card as soon as it is known (see `CardPart`). */
export type StageListener = (stage: FoundCard) => void;

/**
 * From a name on a page to a researcher card: resolve who it is, then read their homepage,
 * their papers and the code behind them. Every source answer is cached, so a second hover
 * makes no request; a source that fails leaves a line on the card, never a blank one.
 *
 * A cold card is built in stages, each handed to `onStage` as it is known, so the card can
 * draw what is there while the rest arrives: who the person is, their affiliation and metrics
 * (one or two answers after the hover); then the homepage's facts and the paper list; then code
 * and stars. The returned result is the last stage, the complete card. A stage that fails
 * leaves its own part empty with a line saying so; the stages before it stand.
 */
export async function lookupResearcher(
  query: AuthorQuery,
  env: LookupEnv,
  onStage?: StageListener,
): Promise<LookupResult> {
  try {
    return await lookup(query, env, onStage);
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

async function lookup(query: AuthorQuery, env: LookupEnv, onStage: StageListener | undefined): Promise<LookupResult> {
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
  const [s2Papers, work, follows] = await Promise.all([
    s2Id && settings.sources['semantic-scholar'] ? fetchAuthorPapers(s2Id, env) : undefined,
    query.paper && settings.sources.openalex
      ? fetchContextWork(query.paper, env, problems, identity.paper?.ids.doi)
      : undefined,
    env.user.getFollows(),
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
  const paperIds = {
    ...identity.paper?.ids,
    ...(work?.value.doi ? { doi: identity.paper?.ids.doi ?? work.value.doi } : {}),
  };
  const mergedPapers = (homepage: HomepageFinding) =>
    contextPaperFirst(mergePapers(homepage.card?.value.papers ?? [], s2PaperList, s2Id), query.paper, paperIds);

  const card = (
    homepage: HomepageFinding,
    papers: PaperEntry[],
    totalStars: Sourced<number> | undefined,
    pending: CardPart[],
  ): FoundCard => {
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
    return {
      ok: true,
      profile,
      match: identity.match,
      problems: dedupe(problems),
      asOf,
      stale: now - asOf > STALE_AFTER_MS,
      following: Boolean(follows[profile.key]),
      ...(pending.length ? { pending } : {}),
    };
  };
  // Built only when someone listens, and copied: the code stage adds to the papers in place.
  const emit = (stage: () => FoundCard) => onStage?.(structuredClone(stage()));

  // Stage 1: who, where, how cited.
  const none: HomepageFinding = { extras: {} };
  emit(() => card(none, [], undefined, ['homepage', 'papers', 'code']));

  // Code for the papers Semantic Scholar lists is asked for while the homepage is looked for,
  // unless a homepage is already named: its own code links would make some of those answers moot.
  if (!identity.s2Author?.homepage && !(await env.user.getCorrections()).homepages[identity.key])
    askCodeAhead(mergedPapers(none).slice(0, PAPERS_WITH_CODE), env, settings.sources['hugging-face']);

  // Stage 2: the homepage's facts and the paper list.
  let homepage = await partOf('homepage', problems, none, () => findHomepage(ctx, env, problems, discoverySteps()));
  let papers = mergedPapers(homepage);
  // Stage 3: code and stars; beside them, when nothing gave a homepage, a GitHub account found
  // by name (its homepage still to be read), so the card keeps its homepage row open meanwhile.
  const late = homepage.url
    ? undefined
    : partOf('github', problems, none, () => findHomepage(ctx, env, problems, lateDiscoverySteps(), { direct: false }));
  const stillLooking: CardPart[] = late ? ['homepage'] : [];
  emit(() => card(homepage, papers, undefined, [...stillLooking, 'code']));
  const codeOf = (list: PaperEntry[]) =>
    partOf('github', problems, undefined, () => collectCode(list.slice(0, PAPERS_WITH_CODE), env, problems));
  let totalStars = await codeOf(papers);
  if (late) {
    emit(() => card(homepage, papers, totalStars, stillLooking));
    const found = await late;
    if (found.url) {
      homepage = { ...found, extras: { ...homepage.extras, ...found.extras } };
      if (found.card?.value.papers.length) {
        // The homepage's own papers join the list; code already asked for is in the cache.
        papers = mergedPapers(homepage);
        totalStars = await codeOf(papers);
      }
    }
  }
  return card(homepage, papers, totalStars, []);
}

/**
 * Runs one part of a card; when it fails outright (a bug, storage that cannot be read), the
 * part is left empty with a line on the card, and the parts already found stand.
 */
async function partOf<T>(
  source: SourceProblem['source'],
  problems: SourceProblem[],
  fallback: T,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    problems.push({
      source,
      kind: 'unavailable',
      message: `Byline could not finish this part of the card: ${String(error).slice(0, 200)}`,
    });
    return fallback;
  }
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
