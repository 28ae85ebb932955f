import { paperLabel, s2PaperId } from '../domain/paper-id';
import {
  fetchS2Author,
  fetchS2AuthorPapers,
  fetchS2Paper,
  searchS2Authors,
  type S2Author,
  type S2Paper,
} from '../sources/semantic-scholar';
import { mentionContextKey } from '../storage/user-data';
import type { AuthorQuery } from '../messaging/types';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isS2Author, isS2AuthorPage, isS2Paper, isS2PaperList } from './cached-shapes';
import type { LookupEnv } from './lookup-env';
import type { MatchReason, SourceProblem, Sourced } from './profile';
import { openAlexPaperAuthor } from './openalex-identity';
import { openAlexNameSearch } from './openalex-name-search';
import { openReviewIdentity } from './openreview-identity';
import type { OpenAlexAuthor } from '../sources/openalex';

/** Who a mention is, before any profile data is gathered. */
export interface Identity {
  key: string;
  /** The name to show until a better one is known. */
  name: string;
  match: MatchReason;
  s2Author?: S2Author;
  /** The paper the mention belongs to, as Semantic Scholar knows it. */
  paper?: S2Paper;
  /** The person on OpenAlex, when Semantic Scholar could not answer. */
  openAlexAuthor?: Sourced<OpenAlexAuthor>;
  /** The OpenReview profile id the page gave for this person (`~Jeffrey_Cheng2`): theirs exactly. */
  openReviewId?: string;
}

export type IdentityResult =
  | { ok: true; identity: Identity }
  | { ok: false; reason: 'not-found' | 'rate-limited' | 'offline'; message: string };

/** A printed name and an S2 name agree well enough for the author slot to be trusted. */
const SLOT_AGREES = 0.55;
/** Elsewhere in the byline a name must agree more closely, since position no longer vouches. */
const NAME_AGREES = 0.8;

/**
 * Resolves a mention in Byline's order of trust: the user's own correction, the paper context
 * (the author at this position on this paper, checked against the printed name), the site's own
 * person id, then a name search checked by co-author overlap. Two people are never merged: every
 * step yields one person or nothing.
 */
export async function resolveIdentity(
  query: AuthorQuery,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<IdentityResult> {
  const corrections = await env.user.getCorrections();
  const correction = corrections.mentions[mentionContextKey(query)];
  if (correction?.choice === 'researcher') {
    const byUser = await fromCorrection(correction.researcherKey, query.printed, env, problems);
    if (byUser) return { ok: true, identity: byUser };
  }
  const rejected = correction?.choice === 'not-this-person';
  if (rejected) {
    return {
      ok: false,
      reason: 'not-found',
      message: `You marked Byline's match for ${query.printed} here as wrong. Set their homepage, or search for them from Byline's toolbar button.`,
    };
  }

  const settings = await env.user.getSettings();
  const s2On = settings.sources['semantic-scholar'];
  const openReviewId = query.sitePersonId?.kind === 'openreview' ? { openReviewId: query.sitePersonId.id } : {};
  if (query.paper && s2On) {
    const fromPaper = await fromPaperContext(query, env, problems);
    if (fromPaper) return { ok: true, identity: { ...fromPaper, ...openReviewId } };
  }
  if (query.paper && settings.sources.openalex && (!s2On || problems.some((p) => p.source === 'semantic-scholar'))) {
    const found = await openAlexPaperAuthor(query, env, problems);
    if (found) {
      const match: MatchReason = {
        method: 'paper-context',
        confidence: 'high',
        reason: `author ${found.position + 1} of ${paperLabel(query.paper)} on OpenAlex`,
      };
      return {
        ok: true,
        identity: {
          key: `openalex:${found.author.value.id}`,
          name: found.author.value.name,
          match,
          openAlexAuthor: found.author,
          ...openReviewId,
        },
      };
    }
  }
  if (query.sitePersonId?.kind === 'acl' && query.sitePersonId.verified) {
    const id = query.sitePersonId.id;
    return {
      ok: true,
      identity: {
        key: `acl:${id}`,
        name: query.printed,
        match: { method: 'site-id', confidence: 'high', reason: `ACL Anthology verified person ${id}` },
      },
    };
  }
  if (query.sitePersonId?.kind === 'openreview')
    return { ok: true, identity: await openReviewIdentity(query.sitePersonId.id, query.printed, env, problems) };
  if (s2On) {
    const fromSearch = await fromNameSearch(query, env, problems);
    if (fromSearch) return { ok: true, identity: fromSearch };
  }
  // No source knows the name well enough, but the page says which dblp person it is: dblp
  // curates its person ids, so the card can at least be that person (and link their page).
  if (query.sitePersonId?.kind === 'dblp' && !problems.some((p) => p.source === 'semantic-scholar')) {
    const id = query.sitePersonId.id;
    return {
      ok: true,
      identity: {
        key: `dblp:${id}`,
        name: query.printed,
        match: { method: 'site-id', confidence: 'high', reason: `dblp person ${id}, as the page links it` },
      },
    };
  }
  // Semantic Scholar down or limited, and no paper record knows the paper: the name, checked
  // against this paper's co-authors on OpenAlex, still identifies the person.
  if (
    settings.sources.openalex &&
    query.paper &&
    (!s2On || problems.some((p) => p.source === 'semantic-scholar' && p.kind !== 'invalid'))
  ) {
    const byName = await openAlexNameSearch(query, env, problems);
    if (byName) return { ok: true, identity: byName };
  }
  const limited = problems.find((p) => p.kind === 'rate-limited');
  if (limited)
    return {
      ok: false,
      reason: 'rate-limited',
      message: `Byline could not identify ${query.printed} yet: ${limited.message}`,
    };
  if (problems.some((p) => p.kind === 'unavailable'))
    return {
      ok: false,
      reason: 'offline',
      message: `Byline could not reach the sources that identify ${query.printed}.`,
    };
  return { ok: false, reason: 'not-found', message: `No source knows ${query.printed} with enough certainty.` };
}

async function fromCorrection(
  key: string,
  printed: string,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Identity | undefined> {
  const match: MatchReason = { method: 'correction', confidence: 'high', reason: 'your own choice' };
  // Only S2 keys can be looked up by id here; for the others the printed name is the best name.
  if (!key.startsWith('s2:')) return { key, name: printed, match };
  const id = key.slice(3);
  const options = await s2Options(env);
  const res = await cachedFetch(env, 's2-author', id, () => fetchS2Author(env.net, id, options), isS2Author);
  if (!res.ok) problems.push(problemFrom('semantic-scholar', res));
  const author = res.ok ? (res.data ?? undefined) : undefined;
  return { key, name: author?.name ?? printed, match, ...(author ? { s2Author: author } : {}) };
}

async function fromPaperContext(
  query: AuthorQuery,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Identity | undefined> {
  const paperRef = query.paper!;
  const paperId = s2PaperId(paperRef);
  if (!paperId) return undefined;
  const s2 = await s2Options(env);
  const res = await cachedFetch(env, 's2-paper', paperId, async () => fetchS2Paper(env.net, paperId, s2), isS2Paper);
  if (!res.ok) {
    problems.push(problemFrom('semantic-scholar', res));
    return undefined;
  }
  const paper = res.data;
  if (!paper) return undefined;
  const label = paperLabel(paperRef);
  const slot = paper.authors[paperRef.position];
  let author: S2Author | undefined;
  let match: MatchReason | undefined;
  if (slot?.authorId && env.nameScore(query.printed, slot.name) >= SLOT_AGREES) {
    author = slot;
    match = {
      method: 'paper-context',
      confidence: 'high',
      reason: `author ${paperRef.position + 1} of ${label} on Semantic Scholar`,
    };
  } else {
    // Bylines differ between arXiv and S2 now and then (added or reordered authors): find the name.
    const scored = paper.authors
      .map((a, i) => ({ a, i, score: a.authorId ? env.nameScore(query.printed, a.name) : 0 }))
      .filter((c) => c.score >= NAME_AGREES)
      .sort((x, y) => y.score - x.score);
    const best = scored[0];
    if (best && !(scored[1] && scored[1].score === best.score)) {
      author = best.a;
      match = {
        method: 'paper-context',
        confidence: 'medium',
        reason: `author ${best.i + 1} of ${label} on Semantic Scholar (byline order differs)`,
      };
    }
  }
  if (!author?.authorId || !match) return undefined;
  return { key: `s2:${author.authorId}`, name: author.name, match, s2Author: author, paper };
}

async function fromNameSearch(
  query: AuthorQuery,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Identity | undefined> {
  const res = await searchS2ByName(query.printed, query.normalized, env);
  if (!res.ok) {
    problems.push(problemFrom('semantic-scholar', res));
    return undefined;
  }
  const candidates = (res.data?.items ?? []).filter(
    (a) => a.authorId && env.nameScore(query.printed, a.name) >= NAME_AGREES,
  );
  if (candidates.length === 0) return undefined;
  const coAuthors = (query.paper?.authors ?? []).filter((_, i) => i !== query.paper?.position);
  const ranked = candidates.sort((a, b) => (b.paperCount ?? 0) - (a.paperCount ?? 0)).slice(0, MAX_CHECKED);
  if (coAuthors.length) {
    // Co-author overlap is what tells two people of one name apart: check the few likeliest.
    for (const candidate of ranked) {
      const shared = await sharedCoAuthors(candidate.authorId!, coAuthors, env, problems);
      if (shared.length) {
        const confidence = shared.length >= 2 ? 'high' : 'medium';
        const reason = `${candidate.name} on Semantic Scholar, who has published with ${shared.slice(0, 2).join(' and ')}`;
        return {
          key: `s2:${candidate.authorId}`,
          name: candidate.name,
          s2Author: candidate,
          match: { method: 'search', confidence, reason },
        };
      }
    }
  }
  const top = ranked[0]!;
  const only = candidates.length === 1;
  const reason = only
    ? `the only person named ${top.name} on Semantic Scholar`
    : `the most published of ${candidates.length} people named ${query.printed} on Semantic Scholar${coAuthors.length ? ', none sharing a co-author with this paper' : ''}`;
  return {
    key: `s2:${top.authorId}`,
    name: top.name,
    s2Author: top,
    match: { method: 'search', confidence: only ? 'medium' : 'low', reason },
  };
}

/** Candidates whose paper lists are checked for co-authors (each check is one request, cached). */
const MAX_CHECKED = 3;

/** Co-authors of this paper who also appear on the candidate's own papers. */
async function sharedCoAuthors(
  authorId: string,
  coAuthors: string[],
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<string[]> {
  const papers = await fetchAuthorPapers(authorId, env);
  if (!papers.ok) {
    problems.push(problemFrom('semantic-scholar', papers));
    return [];
  }
  const theirs = (papers.data ?? []).flatMap((p) => p.authors.map((a) => a.name));
  return coAuthors.filter((name) => theirs.some((other) => env.nameScore(name, other) >= NAME_AGREES));
}

/** An author's papers (the first 100), cached with the author's data. */
export async function fetchAuthorPapers(authorId: string, env: LookupEnv) {
  const options = await s2Options(env);
  return cachedFetch(
    env,
    's2-author',
    `papers:${authorId}`,
    async () => {
      const res = await fetchS2AuthorPapers(env.net, authorId, { ...options, limit: 100 });
      return res.ok ? { ok: true as const, data: res.data.items } : res;
    },
    isS2PaperList,
  );
}

/** The user's Semantic Scholar key, when they gave one. */
/** People Semantic Scholar finds for a name searched by the card or the popup. */
const NAME_SEARCH_LIMIT = 10;

/**
 * Semantic Scholar's people for a printed name, cached under its matching key: the card's name
 * search and the popup's search share one entry, so either costs nothing after the other.
 */
export async function searchS2ByName(printed: string, normalized: string, env: LookupEnv) {
  const name = printed.replace(/-/g, ' '); // S2: "hyphenated query terms yield no matches"
  const s2 = await s2Options(env);
  return cachedFetch(
    env,
    's2-author',
    `search:${normalized}`,
    () => searchS2Authors(env.net, name, { ...s2, limit: NAME_SEARCH_LIMIT }),
    isS2AuthorPage,
  );
}

export async function s2Options(env: LookupEnv): Promise<{ apiKey?: string }> {
  const secrets = await env.user.getSecrets();
  return secrets.semanticScholarApiKey ? { apiKey: secrets.semanticScholarApiKey } : {};
}
