import { fetchGithubRepoStars, type GithubRepoStars } from '../sources/github';
import { fetchHfPaper } from '../sources/hugging-face';
import { cachedFetch, problemFrom } from './cached-fetch';
import type { LookupEnv } from './lookup-env';
import type { CodeRepo, PaperEntry, SourceProblem, Sourced } from './profile';

/** Papers looked up on Hugging Face for code they have no link for (one request each, cached). */
const MAX_HF_LOOKUPS = 3;
/** Distinct repositories whose stars are fetched for one card (GitHub allows 60 an hour keyless). */
const MAX_STAR_LOOKUPS = 6;

/**
 * Code and stars for the papers a card shows. The repository is always the one a link points
 * to (homepage link, Hugging Face `githubRepo`), never the one a star badge names. Stars come
 * from GitHub's REST API with the stored ETag; when GitHub is limited, Hugging Face's count
 * stands in, labelled as such. A repository shared by several papers is fetched and counted once.
 */
export async function collectCode(papers: PaperEntry[], env: LookupEnv, problems: SourceProblem[]): Promise<Sourced<number> | undefined> {
  const settings = await env.user.getSettings();
  const hfStars = new Map<string, Sourced<number>>();
  if (settings.sources['hugging-face']) {
    const lacking = papers.filter((p) => p.ids.arxiv && p.code.length === 0).slice(0, MAX_HF_LOOKUPS);
    await Promise.all(
      lacking.map(async (paper) => {
        const arxiv = paper.ids.arxiv!;
        const res = await cachedFetch(env, 'hf-paper', arxiv, () => fetchHfPaper(env.net, arxiv));
        if (!res.ok) return problems.push(problemFrom('hugging-face', res, 'Hugging Face'));
        const repo = res.data?.githubRepo;
        if (!repo) return;
        const full = `${repo.owner}/${repo.repo}`;
        paper.code.push({ repo: full, url: repo.url });
        if (res.data?.githubStars !== undefined) hfStars.set(full.toLowerCase(), { value: res.data.githubStars, source: 'hugging-face', fetchedAt: res.storedAt });
      }),
    );
  }

  const repos = new Map<string, CodeRepo[]>();
  for (const paper of papers) for (const code of paper.code) {
    const key = code.repo.toLowerCase();
    repos.set(key, [...(repos.get(key) ?? []), code]);
  }
  const keys = [...repos.keys()].slice(0, MAX_STAR_LOOKUPS);
  const token = settings.sources.github ? (await env.user.getSecrets()).githubToken : undefined;
  let githubProblem: SourceProblem | undefined;
  const stars = new Map<string, Sourced<number>>();
  await Promise.all(
    keys.map(async (key) => {
      const [owner, name] = repos.get(key)![0]!.repo.split('/');
      if (settings.sources.github && owner && name) {
        const previous = await env.cache.peek<GithubRepoStars>('github-stars', key);
        const res = await cachedFetch(env, 'github-stars', key, () =>
          fetchGithubRepoStars(env.net, { owner, repo: name }, { ...(token ? { token } : {}), ...(previous ? { cached: previous.value } : {}) }),
        );
        if (res.ok && res.data) return void stars.set(key, { value: res.data.stars, source: 'github', fetchedAt: res.storedAt });
        if (!res.ok) githubProblem ??= problemFrom('github', res, 'GitHub');
      }
      const fallback = hfStars.get(key);
      if (fallback) stars.set(key, fallback);
    }),
  );
  if (githubProblem) {
    problems.push({ ...githubProblem, message: `${githubProblem.message} Star counts ${stars.size ? 'shown are from Hugging Face' : 'are missing'} until then.` });
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
