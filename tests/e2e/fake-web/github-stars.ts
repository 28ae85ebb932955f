import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The fake GitHub's repositories, shared by the e2e fake web and the unit tests' fake network,
 * so both answer a repository or a star search the same way. No server code: safe to import
 * from any test.
 */

const DATA = fileURLToPath(new URL('./data/', import.meta.url));

/** Star counts by repository (made up, see `data/SOURCES.md`). */
export const STARS: Readonly<Record<string, number>> = JSON.parse(readFileSync(`${DATA}github-stars.json`, 'utf8'));

/** The repository as the fake GitHub spells it, whatever the case it is asked in; undefined if unknown. */
export function knownRepo(name: string): string | undefined {
  return Object.keys(STARS).find((repo) => repo.toLowerCase() === name.toLowerCase());
}

/** One item of GitHub's repository search, in its recorded shape. */
export interface SearchItem {
  id: number;
  name: string;
  full_name: string;
  html_url: string;
  stargazers_count: number;
  score: number;
}

/**
 * The items of GitHub's repository search for every `repo:` qualifier of the query `q`, or
 * undefined when one of them is unknown: GitHub then refuses the whole query with 422.
 */
export function searchRepositoryItems(q: string): SearchItem[] | undefined {
  const found = [...q.matchAll(/repo:([\w.-]+\/[\w.-]+)/g)].map((m) => knownRepo(m[1] ?? ''));
  if (found.some((full) => full === undefined)) return undefined;
  return (found as string[]).map((full, i) => ({
    id: i + 1,
    name: full.split('/')[1] ?? '',
    full_name: full,
    html_url: `https://github.com/${full}`,
    stargazers_count: STARS[full] ?? 0,
    score: 1,
  }));
}
