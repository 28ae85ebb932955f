/**
 * One publication entry → HomepagePaper. Template readers find the parts (title, author line,
 * venue); this file reads links, ids and code the same way for all of them.
 */
import type { CardWarning, CodeLink, HomepagePaper, LabelledLink } from './homepage-card';
import { CARD_LIMITS } from './homepage-card';
import { readAuthorList, type OwnerMark } from './author-list';
import { cleanLabel, cleanText } from './clean-text';
import { findDescendants, isTag, linksIn } from './dom-walk';
import { parseGithubRepo, repoName } from '../domain/github';
import { badgeRepoOf, isPaperUrl, isTemplateRepo, readPaperIds } from './paper-ids';
import { safeUrl } from '../domain/safe-url';

/** The parts of an entry a template reader located. */
export interface PaperParts {
  item: Element;
  title: string;
  url: string | null;
  authorNodes: readonly Node[];
  venue: string | null;
  /** Text to take the year from when the venue has none (a periodical line, a date). */
  yearHint?: string | null;
  /** Extra author names the page keeps outside the visible line (al-folio "N more authors"). */
  moreAuthors?: readonly string[];
}

/** Context shared by every paper of a page. */
export interface PaperContext {
  base: string | null;
  ownerName: string | null;
  mark: OwnerMark;
  warnings: CardWarning[];
}

/** Year from a venue or date text: "CVPR 2024", "Jun 2024", "EMNLP'25" → 2025. */
export function readYear(...texts: (string | null | undefined)[]): number | null {
  for (const text of texts) {
    if (!text) continue;
    const full = /\b(19[5-9]\d|20\d\d)\b/.exec(text);
    if (full?.[1]) return Number(full[1]);
    const short = /['’](\d{2})\b/.exec(text);
    if (short?.[1]) return 2000 + Number(short[1]);
  }
  return null;
}

function linkLabel(a: Element): string {
  const text = cleanLabel(a.textContent)
    .replace(/^\[|\]$/g, '')
    .trim();
  if (text) return cleanText(text, 60);
  const img = findDescendants(a, (el) => isTag(el, 'IMG'), 1)[0];
  const alt = cleanLabel(img?.getAttribute('alt'));
  if (alt) return cleanText(alt, 60);
  return badgeRepoOf(img?.getAttribute('src') ?? '') ? 'Code' : 'Link';
}

/** Links of an entry, code repositories from what a reader clicks, and badge/link mismatches. */
function readLinks(item: Element, ctx: PaperContext, title: string): { links: LabelledLink[]; code: CodeLink[] } {
  const links: LabelledLink[] = [];
  const code: CodeLink[] = [];
  for (const a of linksIn(item)) {
    const url = safeUrl(a.getAttribute('href'), ctx.base);
    if (!url) continue;
    const gh = parseGithubRepo(url);
    const repo = gh ? repoName(gh) : null;
    for (const img of findDescendants(a, (el) => isTag(el, 'IMG'))) {
      const badgeRepo = badgeRepoOf(img.getAttribute('src') ?? '');
      // The founding homepage wrapped QizhiPei/FABind and microsoft/SeCom star badges around links
      // to other repositories (docs/homepages.md §4): the link wins, the badge is reported.
      if (badgeRepo && badgeRepo.toLowerCase() !== repo?.toLowerCase()) {
        ctx.warnings.push({
          kind: 'badge-repo-mismatch',
          message: cleanText(`"${title}": star badge names ${badgeRepo} but its link goes to ${repo ?? url}`),
        });
      }
    }
    if (repo && !isTemplateRepo(repo) && !code.some((c) => c.repo.toLowerCase() === repo.toLowerCase())) {
      if (code.length < CARD_LIMITS.code) code.push({ repo, url: `https://github.com/${repo}` });
    }
    if (links.length < CARD_LIMITS.links && !links.some((l) => l.url === url)) links.push({ label: linkLabel(a), url });
  }
  return { links, code };
}

/** Build a paper from the parts a template reader found. */
export function readPaper(parts: PaperParts, ctx: PaperContext): HomepagePaper | null {
  const title = cleanText(parts.title);
  if (title.length < 3) return null;
  const url = safeUrl(parts.url, ctx.base);
  const { links, code } = readLinks(parts.item, ctx, title);
  const idUrls = [url, ...links.filter((l) => isPaperUrl(l.url)).map((l) => l.url)].filter(
    (u): u is string => u !== null,
  );
  const list = readAuthorList(parts.authorNodes, ctx.mark, ctx.ownerName);
  const extra = (parts.moreAuthors ?? []).map((n) => cleanText(n, 120)).filter(Boolean);
  const authors = [...list.authors, ...extra].slice(0, CARD_LIMITS.authors);
  let ownerIndex = list.ownerIndex;
  if (ownerIndex === null && ctx.ownerName) {
    const found = extra.indexOf(ctx.ownerName);
    ownerIndex = found >= 0 ? list.authors.length + found : null;
  }
  const venue = parts.venue
    ? cleanLabel(parts.venue)
        .replace(/^\[|\]$/g, '')
        .trim() || null
    : null;
  return {
    title,
    url,
    ids: readPaperIds(idUrls),
    authors,
    ownerIndex,
    coFirst: list.coFirst,
    venue: venue ? cleanText(venue, 200) : null,
    year: readYear(venue, parts.yearHint),
    code,
    links,
  };
}

/** Nodes of `parent` after its first `<br>` (acad-homepage and Barron put authors after it). */
export function nodesAfterBreak(parent: Element, stopAt?: (node: Node) => boolean): Node[] {
  const nodes: Node[] = [];
  let seen = false;
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (!seen) {
      seen = child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'BR';
      continue;
    }
    if (stopAt?.(child)) break;
    nodes.push(child);
  }
  return nodes;
}
