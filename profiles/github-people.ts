import { githubReposIn } from '../domain/github';
import {
  fetchGithubUser,
  GITHUB_SEARCH_KEY,
  githubUserAgrees,
  searchGithubUsersByName,
  type GithubUser,
} from '../sources/github-users';
import { fetchHfPaper } from '../sources/hugging-face';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isGithubUser, isGithubUserHits, isHfPaper } from './cached-shapes';
import type { DiscoveryStep, HomepageCandidate } from './find-homepage';
import type { LookupEnv } from './lookup-env';
import type { SourceProblem } from './profile';

/** Accounts looked up per step: `/users` shares GitHub's 60-an-hour keyless budget with stars. */
const MAX_USERS = 3;
/** The person's own arXiv papers whose Hugging Face record is asked for its repository. */
const MAX_PAPERS = 3;

/**
 * GitHub people, first by code: the owner of a repository the person's papers link (`pzs19` for
 * `pzs19/TokenSelect`). An account counts only when it is a person whose profile name is the
 * author's (`githubUserAgrees`); its `blog` is then a homepage candidate, still checked against
 * the page itself before use. The accounts and the Hugging Face records are asked together.
 */
export const githubOwnersStep: DiscoveryStep = async (ctx, env, _found, problems) => {
  if (!ctx.settings.sources.github) return [];
  const options = await githubOptions(env);
  const owners = await repoOwners(ctx.pageCode, ctx.arxivPapers, env, problems, ctx.settings.sources['hugging-face']);
  const users = await Promise.all(owners.slice(0, MAX_USERS).map((login) => githubUser(login, env, problems, options)));
  return users.flatMap((user) =>
    user && githubUserAgrees(user.value, ctx.identity.name) && user.value.blog
      ? [candidate(user.value, user.at, 'the owner of code its papers link')]
      : [],
  );
};

/** Searches of GitHub's window (10 a minute keyless) kept for the star searches cards need. */
const SEARCHES_KEPT_FOR_STARS = 5;

/**
 * GitHub people, last: GitHub's user search by the person's full name. The search shares
 * GitHub's 10-a-minute keyless search budget with the star search every card with code needs,
 * so it is asked only while the window GitHub last reported has more than a few searches left
 * for stars, and never queues; a search not asked leaves no line on the card (nothing shown is
 * missing), and a later look asks again.
 */
export const githubNameStep: DiscoveryStep = async (ctx, env, _found, problems) => {
  if (!ctx.settings.sources.github) return [];
  const options = await githubOptions(env);
  if (!(await searchesToSpare(env, options.token !== undefined))) return [];
  const hits = await cachedFetch(
    env,
    'github-user',
    `search:${ctx.identity.name.toLowerCase()}`,
    () => searchGithubUsersByName(env.net, ctx.identity.name, { ...options, limit: 5, maxQueueMs: 0 }),
    isGithubUserHits,
  );
  if (!hits.ok) {
    if (hits.kind !== 'rate-limited') problems.push(problemFrom('github', hits, 'GitHub'));
    return [];
  }
  const logins = (hits.data ?? []).slice(0, MAX_USERS).map((hit) => hit.login);
  const users = await Promise.all(logins.map((login) => githubUser(login, env, problems, options)));
  return users.flatMap((user) =>
    user && githubUserAgrees(user.value, ctx.identity.name) && user.value.blog
      ? [candidate(user.value, user.at, 'found by name')]
      : [],
  );
};

/** Whether GitHub's current search window, as last reported, has searches to spare beyond the stars'. */
async function searchesToSpare(env: LookupEnv, withToken: boolean): Promise<boolean> {
  const budget = (await env.net.hostState(withToken ? `${GITHUB_SEARCH_KEY}#token` : GITHUB_SEARCH_KEY)).budget;
  const live = budget?.resetAt !== undefined && budget.resetAt > env.now() && budget.remaining !== undefined;
  return !live || budget.remaining! > SEARCHES_KEPT_FOR_STARS;
}

async function githubOptions(env: LookupEnv): Promise<{ token?: string }> {
  const token = (await env.user.getSecrets()).githubToken;
  return token ? { token } : {};
}

function candidate(user: GithubUser, at: number, how: string): HomepageCandidate {
  return {
    url: user.blog!,
    source: 'github',
    at,
    note: `GitHub profile of ${user.login}, ${how}`,
    extras: { github: { value: user.url, source: 'github', fetchedAt: at } },
  };
}

/**
 * Owners of the repositories the page links for its paper, then of those Hugging Face links for
 * the person's own papers (the same cached answers the card's code list uses), most named first.
 */
async function repoOwners(
  pageCode: string[],
  arxivPapers: string[],
  env: LookupEnv,
  problems: SourceProblem[],
  hfOn: boolean,
): Promise<string[]> {
  const urls = [...pageCode];
  if (hfOn) {
    const answers = await Promise.all(
      arxivPapers
        .slice(0, MAX_PAPERS)
        .map((arxiv) => cachedFetch(env, 'hf-paper', arxiv, () => fetchHfPaper(env.net, arxiv), isHfPaper)),
    );
    const failed = answers.find((res) => !res.ok);
    if (failed && !failed.ok) problems.push(problemFrom('hugging-face', failed, 'Hugging Face'));
    for (const res of answers) if (res.ok && res.data?.githubRepo) urls.push(res.data.githubRepo.url);
  }
  const owners = githubReposIn(urls.join(' ')).map((r) => r.owner.toLowerCase());
  const count = new Map<string, number>();
  for (const o of owners) count.set(o, (count.get(o) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}

async function githubUser(
  login: string,
  env: LookupEnv,
  problems: SourceProblem[],
  options: { token?: string },
): Promise<{ value: GithubUser; at: number } | undefined> {
  const res = await cachedFetch(
    env,
    'github-user',
    login.toLowerCase(),
    () => fetchGithubUser(env.net, login, options),
    isGithubUser,
  );
  if (!res.ok) {
    problems.push(problemFrom('github', res, 'GitHub'));
    return undefined;
  }
  return res.data ? { value: res.data, at: res.storedAt } : undefined;
}
