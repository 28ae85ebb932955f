import { githubReposIn } from '../domain/github';
import { fetchGithubUser, githubUserAgrees, searchGithubUsersByName, type GithubUser } from '../sources/github-users';
import { fetchHfPaper } from '../sources/hugging-face';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isGithubUser, isGithubUserHits, isHfPaper } from './cached-shapes';
import type { DiscoveryStep, HomepageCandidate } from './find-homepage';
import type { LookupEnv } from './lookup-env';
import type { SourceProblem } from './profile';

/** Accounts looked up per card: `/users` shares GitHub's 60-an-hour keyless budget with stars. */
const MAX_USERS = 3;
/** The person's own arXiv papers whose Hugging Face record is asked for its repository. */
const MAX_PAPERS = 3;

/**
 * GitHub people: the owner of a repository the person's papers link (`pzs19` for
 * `pzs19/TokenSelect`), else GitHub's user search by their full name. An account counts only
 * when it is a person whose profile name is the author's (`githubUserAgrees`); its `blog` is then
 * a homepage candidate, still checked against the page itself before use.
 */
export const githubPeopleStep: DiscoveryStep = async (ctx, env, _found, problems) => {
  if (!ctx.settings.sources.github) return [];
  const token = (await env.user.getSecrets()).githubToken;
  const options = token ? { token } : {};
  const owners = await repoOwners(ctx.pageCode, ctx.arxivPapers, env, problems, ctx.settings.sources['hugging-face']);
  let asked = 0;
  const fromOwners: HomepageCandidate[] = [];
  for (const login of owners) {
    if (asked >= MAX_USERS) break;
    asked++;
    const user = await githubUser(login, env, problems, options);
    if (user && githubUserAgrees(user.value, ctx.identity.name) && user.value.blog)
      fromOwners.push(candidate(user.value, user.at, 'the owner of code its papers link'));
  }
  if (fromOwners.length) return fromOwners;

  const hits = await cachedFetch(
    env,
    'github-user',
    `search:${ctx.identity.name.toLowerCase()}`,
    () => searchGithubUsersByName(env.net, ctx.identity.name, { ...options, limit: 5 }),
    isGithubUserHits,
  );
  if (!hits.ok) {
    problems.push(problemFrom('github', hits, 'GitHub'));
    return [];
  }
  const out: HomepageCandidate[] = [];
  for (const hit of hits.data ?? []) {
    if (asked >= MAX_USERS || owners.includes(hit.login.toLowerCase())) continue;
    asked++;
    const user = await githubUser(hit.login, env, problems, options);
    if (user && githubUserAgrees(user.value, ctx.identity.name) && user.value.blog)
      out.push(candidate(user.value, user.at, 'found by name'));
  }
  return out;
};

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
  if (hfOn)
    for (const arxiv of arxivPapers.slice(0, MAX_PAPERS)) {
      const res = await cachedFetch(env, 'hf-paper', arxiv, () => fetchHfPaper(env.net, arxiv), isHfPaper);
      if (!res.ok) {
        problems.push(problemFrom('hugging-face', res, 'Hugging Face'));
        break;
      }
      if (res.data?.githubRepo) urls.push(res.data.githubRepo.url);
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
