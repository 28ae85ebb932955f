import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHomepage } from '../homepage/read-homepage';
import type { Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
import { createTestNet, jsonResponse, settle, textResponse } from '../net/test-support/fake-net';
import { fetchDblpPerson, searchDblpAuthors } from '../sources/dblp';
import { fetchGithubRepoStars } from '../sources/github';
import { fetchHfPaper } from '../sources/hugging-face';
import { fetchOpenAlexAuthor, fetchOpenAlexWorkByDoi } from '../sources/openalex';
import { fetchOrcidResearcherUrls } from '../sources/orcid';
import { fetchPwcPaper } from '../sources/paperswithcode';
import { fetchS2AuthorPapers, fetchS2Paper, searchS2Authors } from '../sources/semantic-scholar';
import { readApiFixture, readApiJson } from '../sources/test-support/fixture-file';
import {
  isDblpHits,
  isDblpPerson,
  isGithubRepoStars,
  isHfPaper,
  isHomepageCard,
  isOpenAlexAuthor,
  isOpenAlexWork,
  isOrcidUrls,
  isPwcPaper,
  isS2AuthorPage,
  isS2Paper,
  isS2PaperList,
  type Shape,
} from './cached-shapes';

/** What a client made of a recorded answer, as the cache stores it (JSON round trip). */
async function stored<T>(reply: Response, call: (net: NetClient) => Promise<Fetched<T>>): Promise<unknown> {
  const { net, clock } = createTestNet([reply]);
  const res = await settle(clock, call(net));
  if (!res.ok) throw new Error(`${res.kind}: ${res.message}`);
  return JSON.parse(JSON.stringify(res.data));
}

const json = (path: string) => jsonResponse(readApiJson(path));
const xml = (path: string) => textResponse(readApiFixture(path), 200, { 'content-type': 'application/xml' });

/*
 * The cache keeps what each client's parser returns, and reads it back through a check written
 * against the client's type. Both must agree on real answers: whatever a parser produces from a
 * recorded response passes its check, or every cached answer of that source would be refetched.
 */
const CASES: [string, () => Promise<unknown>, Shape<unknown>][] = [
  [
    'Semantic Scholar paper',
    () =>
      stored(json('semanticscholar/paper_arxiv_2403.12968_nested_authors_SYNTHESIZED.json'), (n) =>
        fetchS2Paper(n, 'ARXIV:2403.12968'),
      ),
    isS2Paper,
  ],
  [
    'Semantic Scholar author search',
    () => stored(json('semanticscholar/author_search_turing.json'), (n) => searchS2Authors(n, 'Turing')),
    isS2AuthorPage,
  ],
  [
    'Semantic Scholar author papers',
    async () => {
      const page = await stored(json('semanticscholar/author_papers_with_fields_SYNTHESIZED.json'), (n) =>
        fetchS2AuthorPapers(n, '1'),
      );
      return (page as { items: unknown }).items;
    },
    isS2PaperList,
  ],
  [
    'OpenAlex work',
    () => stored(json('openalex/work_W2741809807.json'), (n) => fetchOpenAlexWorkByDoi(n, '10.7717/peerj.4375')),
    isOpenAlexWork,
  ],
  [
    'OpenAlex author',
    () => stored(json('openalex/author_A5023888391.json'), (n) => fetchOpenAlexAuthor(n, 'A5023888391')),
    isOpenAlexAuthor,
  ],
  [
    'dblp author search',
    () => stored(json('dblp/author_search_zhuoshi_pan_SYNTHESIZED.json'), (n) => searchDblpAuthors(n, 'Zhuoshi Pan')),
    isDblpHits,
  ],
  [
    'dblp person',
    () => stored(xml('dblp/person_95-7448-1_Di_Xu_0001.xml'), (n) => fetchDblpPerson(n, '95/7448-1')),
    isDblpPerson,
  ],
  [
    'ORCID researcher URLs',
    () =>
      stored(json('orcid/researcher-urls_0000-0002-1825-0097.json'), (n) =>
        fetchOrcidResearcherUrls(n, '0000-0002-1825-0097'),
      ),
    isOrcidUrls,
  ],
  [
    'GitHub repository',
    () =>
      stored(json('github/repo_get_octokit-fixture-org_hello-world.json'), (n) =>
        fetchGithubRepoStars(n, { owner: 'octokit-fixture-org', repo: 'hello-world' }),
      ),
    isGithubRepoStars,
  ],
  [
    'Hugging Face paper',
    () => stored(json('hugging-face/paper_2403.12968_SYNTHESIZED.json'), (n) => fetchHfPaper(n, '2403.12968')),
    isHfPaper,
  ],
  [
    'paperswithcode.co paper',
    () => stored(json('paperswithcode/paper_2403.12968_SYNTHESIZED.json'), (n) => fetchPwcPaper(n, '2403.12968')),
    isPwcPaper,
  ],
  [
    'homepage card',
    async () => {
      const page = new URL('../tests/fixtures/homepages/acad-homepage/pzs19/2026-01-28-c377e3a.html', import.meta.url);
      const res = readHomepage(readFileSync(page, 'utf8'), 'https://pzs19.github.io/');
      if (!res.ok) throw new Error(res.message);
      return JSON.parse(JSON.stringify(res.card));
    },
    isHomepageCard,
  ],
];

describe('cache checks agree with the parsers', () => {
  it.each(CASES)('%s: a parsed recorded answer passes its check', async (_name, read, check) => {
    expect(check(await read())).toBe(true);
  });

  it.each(CASES)('%s: a damaged one does not', async (_name, read, check) => {
    const value = await read();
    expect(check(null)).toBe(false);
    expect(check('{"v":1')).toBe(false);
    // One field of the wrong type anywhere at the top is enough to refetch.
    const first = Array.isArray(value) ? value[0] : value;
    const [key] = Object.keys(first as object);
    const damaged = { ...(first as object), [key ?? 'x']: { wrong: true } };
    expect(check(Array.isArray(value) ? [damaged] : damaged)).toBe(false);
  });
});
