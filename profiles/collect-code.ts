import { fetchGithubRepoStars, type GithubRepoStars } from '../sources/github';
import { searchGithubStars, starQueries } from '../sources/github-search';
import { fetchHfPaper } from '../sources/hugging-face';
import { fetchPwcPaper } from '../sources/paperswithcode';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isGithubRepoStars, isHfPaper, isPwcPaper } from './cached-shapes';
import type { HttpFailure } from '../net/http-result';
import type { LookupEnv } from './lookup-env';
import type { CodeRepo, PaperEntry, SourceProblem, Sourced } from './profile';

/** Papers looked up on Hugging Face for code they have no link for (one request each, cached). */
const MAX_HF_LOOKUPS = 3;
/**
 * Distinct repositories whose stars are fetched for one card. A total over only some of a
 * card's repositories would be wrong, so this covers the papers the card gets code for (about
 * one repository each); GitHub allows 60 keyless requests an hour and answers are kept 22 h.
 */
const MAX_STAR_LOOKUPS = 10;

/**
 * Code and stars for the papers a card shows. The repository is always the one a link points
 * to (homepage link, Hugging Face `githubRepo`), never the one a star badge names. Stars come
 * from GitHub's REST API with the stored ETag; when GitHub cannot answer, Hugging Face's count
 * stands in, labelled as such. A repository shared by several papers is fetched and counted once.
 */
export async function collectCode(
  papers: PaperEntry[],
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Sourced<number> | undefined> {
  const settings = await env.user.getSettings();
  const hfOn = settings.sources['hugging-face'];
  const hfStars = new Map<string, Sourced<number>>();
  const askedHf = new Set<string>();

  /** The HF paper of an arXiv id, once per card; its star count is kept for its repository. */
  const askHf = async (arxiv: string) => {
    askedHf.add(arxiv);
    const res = await cachedFetch(env, 'hf-paper', arxiv, () => fetchHfPaper(env.net, arxiv), isHfPaper);
    if (!res.ok) {
      problems.push(problemFrom('hugging-face', res));
      return undefined;
    }
    const repo = res.data?.githubRepo;
    if (repo && res.data?.githubStars !== undefined) {
      hfStars.set(`${repo.owner}/${repo.repo}`.toLowerCase(), {
        value: res.data.githubStars,
        source: 'hugging-face',
        fetchedAt: res.storedAt,
      });
    }
    return repo;
  };

  if (hfOn) {
    const lacking = lackingCode(papers);
    await Promise.all(
      lacking.map(async (paper) => {
        const repo = (await askHf(paper.ids.arxiv!)) ?? (await askPwc(paper.ids.arxiv!, env, problems));
        if (repo) paper.code.push({ repo: `${repo.owner}/${repo.repo}`, url: repo.url });
      }),
    );
  }

  const repos = new Map<string, CodeRepo[]>();
  for (const paper of papers)
    for (const code of paper.code) {
      const key = code.repo.toLowerCase();
      repos.set(key, [...(repos.get(key) ?? []), code]);
    }
  const keys = [...repos.keys()].slice(0, MAX_STAR_LOOKUPS);
  const token = settings.sources.github ? (await env.user.getSecrets()).githubToken : undefined;
  let githubProblem: SourceProblem | undefined;
  let fellBack = false;
  const stars = new Map<string, Sourced<number>>();
  const absent = new Set<string>();
  if (settings.sources.github) {
    const searched = await searchStars(keys, repos, env, token, stars, absent);
    if (searched) githubProblem = problemFrom('github', searched, 'GitHub');
  }
  await Promise.all(
    keys.map(async (key) => {
      if (stars.has(key) || absent.has(key)) return;
      const [owner, name] = repos.get(key)![0]!.repo.split('/');
      if (settings.sources.github && owner && name) {
        // What the search did not answer (a renamed repository, a search refused): one core
        // request, sent only while the hourly budget can pay for it (net/host-gate.ts).
        const previous = await env.cache.peek('github-stars', key, isGithubRepoStars);
        const res = await cachedFetch(
          env,
          'github-stars',
          key,
          () =>
            fetchGithubRepoStars(
              env.net,
              { owner, repo: name },
              { ...(token ? { token } : {}), ...(previous ? { cached: previous.value } : {}) },
            ),
          isGithubRepoStars,
        );
        if (res.ok && res.data)
          return void stars.set(key, { value: res.data.stars, source: 'github', fetchedAt: res.storedAt });
        if (!res.ok) githubProblem ??= problemFrom('github', res);
      }
      // GitHub could not count this one: ask HF about a paper that links it, if not asked yet.
      if (!hfStars.has(key) && hfOn) {
        const arxiv = papers.find(
          (p) => p.ids.arxiv && !askedHf.has(p.ids.arxiv) && p.code.some((c) => c.repo.toLowerCase() === key),
        )?.ids.arxiv;
        if (arxiv) await askHf(arxiv);
      }
      const fallback = hfStars.get(key);
      if (fallback) {
        stars.set(key, fallback);
        fellBack = true;
      }
    }),
  );
  if (githubProblem) {
    problems.push({
      ...githubProblem,
      message: `${githubProblem.message} ${fellBack ? 'Star counts marked Hugging Face stand in' : 'Some star counts are missing'} until then.`,
    });
  }

  for (const [key, list] of repos) {
    const s = stars.get(key);
    if (s) for (const code of list) code.stars = s;
  }
  if (!stars.size) return undefined;
  const all = [...stars.values()];
  return {
    value: all.reduce((sum, s) => sum + s.value, 0),
    source: all.every((s) => s.source === 'hugging-face') ? 'hugging-face' : 'github',
    fetchedAt: Math.min(...all.map((s) => s.fetchedAt)),
  };
}

/** The papers Hugging Face is asked about: those without a code link, the first few. */
const lackingCode = (papers: PaperEntry[]) =>
  papers.filter((p) => p.ids.arxiv && p.code.length === 0).slice(0, MAX_HF_LOOKUPS);

/**
 * Asks Hugging Face (then paperswithcode.co, when Hugging Face knows no code) about the papers
 * the code stage will look up, while the homepage is still being looked for. The answers land in
 * the cache, which shares a request in flight, so the code stage mostly waits for the stars
 * only. Failures are left for the code stage to report. Only when a homepage then gives one of
 * these papers its own code link does an answer go unused.
 */
export function askCodeAhead(papers: PaperEntry[], env: LookupEnv, hfOn: boolean): void {
  if (!hfOn) return;
  for (const paper of lackingCode(papers)) {
    const arxiv = paper.ids.arxiv!;
    void (async () => {
      const hf = await cachedFetch(env, 'hf-paper', arxiv, () => fetchHfPaper(env.net, arxiv), isHfPaper);
      if (hf.ok && !hf.data?.githubRepo)
        await cachedFetch(env, 'pwc-paper', arxiv, () => fetchPwcPaper(env.net, arxiv), isPwcPaper);
    })().catch(() => undefined);
  }
}

/** A stored star count, or a stored "no such repository" (`null`). */
const isStoredStars = (v: unknown): v is GithubRepoStars | null => v === null || isGithubRepoStars(v);

/**
 * Stars from the shared cache, then one search for every repository it lacks fresh (GitHub's
 * search budget, 10 a minute keyless, is apart from the 60-an-hour core budget, and one query
 * carries many repositories). Fills `stars`; `absent` gets the repositories known not to exist.
 * Returns the search's failure when it had one worth telling (a rate limit, an outage).
 */
async function searchStars(
  keys: readonly string[],
  repos: Map<string, CodeRepo[]>,
  env: LookupEnv,
  token: string | undefined,
  stars: Map<string, Sourced<number>>,
  absent: Set<string>,
): Promise<HttpFailure | undefined> {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const key of keys) {
    const hit = await env.cache.peek('github-stars', key, isStoredStars);
    const name = repos.get(key)![0]!.repo;
    if (hit?.value === null && !hit.stale) absent.add(key);
    else if (hit?.value) {
      stars.set(key, { value: hit.value.stars, source: 'github', fetchedAt: hit.storedAt });
      if (hit.stale) stale.push(name);
    } else missing.push(name);
  }
  const search = async (names: string[]) => {
    let failure: HttpFailure | undefined;
    for (const query of starQueries(names)) {
      const res = await searchGithubStars(env.net, query, token ? { token } : {});
      if (!res.ok) {
        // 422: one of the names does not exist; the core API tells which, one by one.
        if (res.kind !== 'bad-request' && res.kind !== 'not-found') failure ??= res;
        continue;
      }
      const at = env.now();
      for (const [key, found] of res.data) {
        stars.set(key, { value: found.stars, source: 'github', fetchedAt: at });
        await env.cache.set('github-stars', key, found);
      }
    }
    return failure;
  };
  // Counts older than a day are shown with their age at once; the search that renews them rides
  // along with the missing ones, or runs after the card when nothing is missing.
  if (!missing.length) {
    if (stale.length) void search(stale).catch(() => undefined);
    return undefined;
  }
  return search([...missing, ...stale]);
}

/**
 * The official repository paperswithcode.co lists for a paper Hugging Face has no code for.
 * The catalogue is Hugging Face's, so it follows the same switch in the options.
 */
async function askPwc(
  arxiv: string,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<{ owner: string; repo: string; url: string } | undefined> {
  const res = await cachedFetch(env, 'pwc-paper', arxiv, () => fetchPwcPaper(env.net, arxiv), isPwcPaper);
  if (!res.ok) {
    problems.push(problemFrom('paperswithcode', res));
    return undefined;
  }
  const official = res.data?.repositories.find((r) => r.official);
  return official ? { owner: official.owner, repo: official.repo, url: official.url } : undefined;
}
