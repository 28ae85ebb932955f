/**
 * arXiv API, `GET https://export.arxiv.org/api/query?id_list=…` (docs/sources.md §7): Atom entries
 * with author names in order, the comment (where code links often are), journal ref and DOI.
 * No author ids. Terms of Use: one request every three seconds, one connection (paced in
 * `net/host-policy.ts`). No CORS since Nov 2025: background only, with host permission for
 * `https://export.arxiv.org/*`. Since 2025-11-11 links carry no `rel`/`title`, so everything is
 * read by element name. Unknown ids are silently left out; bad ids give one entry titled "Error".
 */
import { malformed, type Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
import { parseGithubRepoUrl } from './github';
import { elementTexts, textOf } from './xml-text';

/** One arXiv paper as the API describes it. */
export interface ArxivEntry {
  /** Without version, e.g. `2403.12968`. */
  arxivId: string;
  version?: number;
  title: string;
  authors: { name: string; affiliations: string[] }[];
  comment?: string;
  journalRef?: string;
  doi?: string;
  published?: string;
  /** GitHub repositories linked from the comment or the abstract. */
  codeLinks: string[];
}

const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

/** Entries for up to 100 arXiv ids in one request; missing ids are simply absent. */
export async function fetchArxivEntries(
  net: NetClient,
  ids: string[],
  options: { signal?: AbortSignal } = {},
): Promise<Fetched<ArxivEntry[]>> {
  const valid = ids.filter((id) => ARXIV_ID.test(id)).slice(0, 100);
  if (valid.length === 0) return { ok: false, kind: 'bad-request', message: 'No arXiv id to ask for' };
  const url = `https://export.arxiv.org/api/query?id_list=${valid.join(',')}&max_results=${valid.length}`;
  const res = await net.fetchText({ url, ...(options.signal ? { signal: options.signal } : {}) });
  if (!res.ok) return res;
  return parseArxivFeed(res.data);
}

/** The entries of an Atom feed, an error entry as `bad-request`, anything else as malformed. */
export function parseArxivFeed(xml: string): Fetched<ArxivEntry[]> {
  if (!/<feed\b/.test(xml)) return malformed('arXiv answer is not an Atom feed');
  const entries = [...xml.matchAll(/<entry\b[^>]*>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '');
  const data: ArxivEntry[] = [];
  for (const entry of entries) {
    const title = elementTexts(entry, 'title')[0] ?? '';
    const id = elementTexts(entry, 'id')[0] ?? '';
    if (title === 'Error' && id.includes('/api/errors')) {
      return { ok: false, kind: 'bad-request', message: `arXiv: ${elementTexts(entry, 'summary')[0] ?? 'error'}` };
    }
    const parsed = /arxiv\.org\/abs\/(.+?)(?:v(\d+))?$/.exec(id);
    if (!parsed?.[1] || !title) continue;
    const comment = elementTexts(entry, 'arxiv:comment')[0];
    const summary = elementTexts(entry, 'summary')[0] ?? '';
    const result: ArxivEntry = {
      arxivId: parsed[1],
      title,
      authors: [...entry.matchAll(/<author\b[^>]*>([\s\S]*?)<\/author>/g)].flatMap((a) => {
        const name = elementTexts(a[1] ?? '', 'name')[0];
        return name ? [{ name, affiliations: elementTexts(a[1] ?? '', 'arxiv:affiliation') }] : [];
      }),
      codeLinks: findGithubLinks(`${comment ?? ''} ${summary}`),
    };
    if (parsed[2]) result.version = Number(parsed[2]);
    if (comment) result.comment = comment;
    const journalRef = elementTexts(entry, 'arxiv:journal_ref')[0];
    if (journalRef) result.journalRef = journalRef;
    const doi = elementTexts(entry, 'arxiv:doi')[0];
    if (doi) result.doi = doi;
    const published = elementTexts(entry, 'published')[0];
    if (published) result.published = textOf(published);
    data.push(result);
  }
  return { ok: true, data };
}

/** Distinct `https://github.com/owner/repo` links in free text, trailing punctuation dropped. */
function findGithubLinks(text: string): string[] {
  const found = [...text.matchAll(/https?:\/\/(?:www\.)?github\.com\/[^\s,;)<>"']+/gi)].flatMap((m) => {
    const repo = parseGithubRepoUrl(m[0].replace(/[.:]+$/, ''));
    return repo ? [repo.url] : [];
  });
  return [...new Set(found)];
}
