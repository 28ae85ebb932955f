/**
 * Paper ids, in one place: how each kind is written, found in a URL or text, labelled for a
 * reader, and spelled for Semantic Scholar (`ARXIV:…`, `ACL:…`, `DOI:…`) and as a DOI.
 * The content scripts import this file: it stays small.
 */
import { unreachable } from './unreachable';

/** The kinds of paper id Byline reads. */
const PAPER_ID_KINDS = ['arxiv', 'acl', 'doi', 'openreview'] as const;
export type PaperIdKind = (typeof PAPER_ID_KINDS)[number];

/** One paper id of a known kind. arXiv ids carry no version; DOIs are lower-case. */
export interface PaperId {
  kind: PaperIdKind;
  id: string;
}

// arXiv: new style `2403.12968` / `0704.0001`, old style `hep-th/9901001`, `math.GT/0309136`.
const ARXIV = String.raw`(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?`;
const ARXIV_IN_TEXT = /* @__PURE__ */ new RegExp(ARXIV);
const ARXIV_EXACT = /* @__PURE__ */ new RegExp(`^${ARXIV}$`);
const ARXIV_URL = /* @__PURE__ */ new RegExp(String.raw`arxiv\.org\/(?:abs|pdf|html)\/${ARXIV}`, 'i');

// ACL Anthology: new style `2024.findings-acl.57`, old style `N04-1001`.
const ACL = String.raw`(\d{4}\.[a-z0-9-]+\.\d+|[A-Z]\d{2}-\d{4})`;
const ACL_EXACT = /* @__PURE__ */ new RegExp(`^${ACL}$`);
const ACL_IN_PATH = /* @__PURE__ */ new RegExp(String.raw`(?:^|\/)${ACL}(?:\/|\.pdf|$)`);
// Also the old aclweb.org mirror, with its letter/volume folders (`/anthology/P/P19/P19-1001`).
const ACL_URL = /* @__PURE__ */ new RegExp(
  String.raw`(?:aclanthology\.org|aclweb\.org\/anthology)\/(?:[A-Z]\/[A-Z]\d{2}\/)?${ACL}`,
  'i',
);

const DOI_URL = /(?:doi\.org\/|dl\.acm\.org\/doi\/(?:abs\/|pdf\/|full\/)?)(10\.\d{4,9}\/[^\s?#]+)/i;
const OPENREVIEW_URL = /openreview\.net\/(?:forum|pdf)\?(?:[^#]*&)?id=([\w-]+)/i;

/** arXiv registers DataCite DOIs for every paper: `10.48550/arXiv.<id>`. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
/** ACL Anthology papers since 2016 (new-style ids) have `10.18653/v1/<id>`; older ones have none. */
const ACL_DOI = /^10\.18653\/v1\/(.+)$/i;

/** The first arXiv id in a URL path, link or "arXiv:<id>" text, version dropped. */
export function arxivIdIn(text: string): string | undefined {
  return ARXIV_IN_TEXT.exec(text)?.[1];
}

/** `value` when it is exactly an arXiv id (a version suffix allowed and dropped). */
export function asArxivId(value: string): string | undefined {
  return ARXIV_EXACT.exec(value.trim())?.[1];
}

/** `value` when it is exactly an ACL Anthology id. */
export function asAclId(value: string): string | undefined {
  return ACL_EXACT.exec(value.trim())?.[1];
}

/** The Anthology id in a paper link (`/2024.findings-acl.57/` → `2024.findings-acl.57`, `/N04-1001.pdf`). */
export function aclIdInPath(href: string): string | undefined {
  return ACL_IN_PATH.exec(href)?.[1];
}

/** Path pattern of an ACL Anthology paper page (`/2024.findings-acl.57/`, `/N04-1001/`). */
export const ACL_PAPER_PATH = /* @__PURE__ */ new RegExp(String.raw`^\/${ACL}\/?$`);

/** Every paper id a link names (arXiv abs/pdf/html, ACL Anthology, doi.org or ACM, OpenReview). */
export function paperIdsInUrl(url: string): PaperId[] {
  const found: PaperId[] = [];
  const arxiv = ARXIV_URL.exec(url)?.[1];
  if (arxiv && ARXIV_EXACT.test(arxiv)) found.push({ kind: 'arxiv', id: arxiv });
  const acl = ACL_URL.exec(url)?.[1];
  if (acl && ACL_EXACT.test(acl)) found.push({ kind: 'acl', id: acl });
  const doi = decodeDoi(DOI_URL.exec(url)?.[1]);
  if (doi) found.push({ kind: 'doi', id: doi });
  const openreview = OPENREVIEW_URL.exec(url)?.[1];
  if (openreview) found.push({ kind: 'openreview', id: openreview });
  return found;
}

/** A DOI as links write it (percent-encoded, followed by punctuation) → lower-case DOI. */
function decodeDoi(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let doi = raw;
  try {
    doi = decodeURIComponent(raw);
  } catch {
    // keep the raw form
  }
  return doi.replace(/[.,;)]+$/, '').toLowerCase() || undefined;
}

/** "arXiv 2403.12968", "ACL 2024.findings-acl.57", "DOI 10.1145/…", "OpenReview abc": how a card names a paper. */
export function paperLabel(paper: PaperId): string {
  switch (paper.kind) {
    case 'arxiv':
      return `arXiv ${paper.id}`;
    case 'acl':
      return `ACL ${paper.id}`;
    case 'doi':
      return `DOI ${paper.id}`;
    case 'openreview':
      return `OpenReview ${paper.id}`;
    default:
      return unreachable(paper.kind);
  }
}

/** Semantic Scholar's id for the paper (`ARXIV:…`, `ACL:…`, `DOI:…`); S2 takes no OpenReview ids. */
export function s2PaperId(paper: PaperId): string | undefined {
  switch (paper.kind) {
    case 'arxiv':
      return `ARXIV:${paper.id.replace(/v\d+$/, '')}`;
    case 'acl':
      return `ACL:${paper.id}`;
    case 'doi':
      return `DOI:${paper.id}`;
    case 'openreview':
      return undefined;
    default:
      return unreachable(paper.kind);
  }
}

/** arXiv's DataCite DOI of a paper (`10.48550/arXiv.2403.12968`). */
export function arxivDoi(id: string): string {
  return `10.48550/arXiv.${id}`;
}

/** The paper's DOI: arXiv's DataCite DOI, an ACL paper's `10.18653/v1/…` (new-style ids only), a DOI itself. */
export function paperDoi(paper: PaperId): string | undefined {
  switch (paper.kind) {
    case 'arxiv':
      return arxivDoi(paper.id);
    case 'acl':
      return /^\d{4}\./.test(paper.id) ? `10.18653/v1/${paper.id}` : undefined;
    case 'doi':
      return paper.id;
    case 'openreview':
      return undefined;
    default:
      return unreachable(paper.kind);
  }
}

/** The arXiv or ACL id a DOI stands for (`10.48550/arXiv.2403.12968`, `10.18653/v1/2024.acl-long.1`), else the DOI. */
export function paperOfDoi(doi: string): PaperId {
  const arxiv = asArxivId(ARXIV_DOI.exec(doi)?.[1] ?? '');
  if (arxiv) return { kind: 'arxiv', id: arxiv };
  const acl = asAclId(ACL_DOI.exec(doi)?.[1] ?? '');
  if (acl) return { kind: 'acl', id: acl };
  return { kind: 'doi', id: doi.toLowerCase() };
}

/** `arxiv:2403.12968`: the key a paper is stored and compared under. */
export function paperKey(paper: PaperId): string {
  return `${paper.kind}:${paper.id}`;
}

/** A key written by `paperKey`, read back; undefined for any other string. */
export function parsePaperKey(key: string): PaperId | undefined {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  return colon > 0 && id && isPaperIdKind(kind) ? { kind, id } : undefined;
}

function isPaperIdKind(value: string): value is PaperIdKind {
  return (PAPER_ID_KINDS as readonly string[]).includes(value);
}
