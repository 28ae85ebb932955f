/**
 * paperswithcode.co, Hugging Face's 2026 catalogue (docs/sources.md §6.2):
 * `GET https://paperswithcode.co/api/v1/papers/{arxiv_id}?include_resources=true` lists a
 * paper's repositories and marks the official one. Anonymous and read-only; no published limit
 * (its MCP front end allows 60 requests a minute per IP), so requests are paced like other
 * hosts. It carries no star counts: stars come from GitHub.
 */
import { parseGithubRepo } from '../domain/github';
import { asArxivId } from '../domain/paper-id';
import { readFetched, type Fetched } from '../net/http-result';
import type { NetClient } from '../net/net-client';
import { asArray, asRecord, asString } from './json-fields';

/** A paper's code as the catalogue lists it, official repositories first. */
export interface PwcPaper {
  arxivId: string;
  repositories: { owner: string; repo: string; url: string; official: boolean }[];
}

/** The repositories of an arXiv paper; only GitHub repositories are kept (stars come from there). */
export async function fetchPwcPaper(
  net: NetClient,
  arxivId: string,
  options: { signal?: AbortSignal } = {},
): Promise<Fetched<PwcPaper>> {
  const id = asArxivId(arxivId);
  if (!id) return { ok: false, kind: 'bad-request', message: `Not an arXiv id: ${arxivId}` };
  const url = `https://paperswithcode.co/api/v1/papers/${id}?include_resources=true`;
  const res = await net.fetchJson({ url, ...(options.signal ? { signal: options.signal } : {}) });
  return readFetched(res, (raw) => toPwcPaper(raw, id), 'paperswithcode.co paper');
}

function toPwcPaper(raw: unknown, id: string): PwcPaper | undefined {
  const r = asRecord(raw);
  if (!r || !Array.isArray(r.repositories)) return undefined;
  const repositories = asArray(r.repositories).flatMap((entry) => {
    const e = asRecord(entry);
    const gh = parseGithubRepo(asString(e?.url) ?? '');
    return gh ? [{ ...gh, official: e?.is_official === true }] : [];
  });
  repositories.sort((a, b) => Number(b.official) - Number(a.official));
  return { arxivId: asString(r.arxiv_id) ?? id, repositories };
}
