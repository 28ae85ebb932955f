/**
 * Publications found by their shape on any page: an entry is the smallest container holding a
 * link to arXiv / ACL Anthology / DOI / OpenReview and an author line that marks or names the
 * owner (docs/homepages.md §2.5).
 */
import type { HomepagePaper } from './homepage-card';
import { CARD_LIMITS } from './homepage-card';
import { findAuthorLine, splitLines, type EntryLine } from './entry-lines';
import { cleanLabel } from './clean-text';
import { hasClass, isTag, linksIn } from './dom-walk';
import { isPaperUrl } from './paper-ids';
import { readPaper, type PaperContext } from './read-paper';
import { safeUrl } from '../domain/safe-url';

const TITLE_CLASSES = ['title', 'papertitle', 'paper-title', 'pub-title'];
const CONTAINERS = new Set(['LI', 'P', 'DIV', 'TR', 'TD', 'ARTICLE', 'DD', 'SECTION', 'BLOCKQUOTE']);
const GENERIC_LABELS =
  /^(?:\[?(?:paper|pdf|arxiv|code|github|project(?: page)?|website|bib(?:tex)?|slides|video|poster|abs(?:tract)?|html|doi|openreview|link|demo|blog|talk|data(?:set)?|model|supp(?:lementary)?)\]?)$/i;

function paperAnchors(root: ParentNode, base: string | null): Element[] {
  return linksIn(root as Node).filter((a) => {
    const url = safeUrl(a.getAttribute('href'), base);
    return url !== null && isPaperUrl(url);
  });
}

function distinctPaperLinks(el: Element, base: string | null): number {
  const urls = new Set(
    paperAnchors(el, base).map((a) => safeUrl(a.getAttribute('href'), base)?.replace(/v\d+$|\/$/, '')),
  );
  return urls.size;
}

/** The smallest ancestor of a paper link that looks like a whole entry. */
function entryOf(anchor: Element, ctx: PaperContext): Element | null {
  let best: Element | null = null;
  for (let el = anchor.parentElement, depth = 0; el && depth < 6; el = el.parentElement, depth++) {
    if (el.tagName.toUpperCase() === 'BODY' || distinctPaperLinks(el, ctx.base) > 2) break;
    if (!CONTAINERS.has(el.tagName.toUpperCase())) continue;
    const lines = splitLines(el, 12);
    if (lines.length >= 1 && findAuthorLine(lines, ctx.mark, ctx.ownerName, -1)) {
      best = el;
      break;
    }
  }
  return best;
}

function titleLine(lines: readonly EntryLine[]): number {
  const byClass = lines.findIndex((l) =>
    l.nodes.some(
      (n) =>
        n.nodeType === 1 && (isTag(n as Element, 'PAPERTITLE') || TITLE_CLASSES.some((c) => hasClass(n as Element, c))),
    ),
  );
  if (byClass >= 0) return byClass;
  return lines.findIndex((l) => {
    const text = cleanLabel(l.text);
    return text.length >= 12 && !GENERIC_LABELS.test(text) && !/^\d{4}$/.test(text);
  });
}

/** Read the entry around one container into a paper. */
export function readGenericEntry(item: Element, ctx: PaperContext): HomepagePaper | null {
  const lines = splitLines(item, 12);
  const authorLine = findAuthorLine(lines, ctx.mark, ctx.ownerName, -1);
  const titleIndex = titleLine(lines.filter((l) => l !== authorLine));
  const titleLineEntry = lines.filter((l) => l !== authorLine)[titleIndex];
  if (!titleLineEntry) return null;
  const titleAnchor = titleLineEntry.nodes
    .flatMap((n) => (n.nodeType === 1 ? [n as Element, ...linksIn(n)] : []))
    .find((el) => isTag(el, 'A') && el.hasAttribute('href'));
  const titleText = cleanLabel(titleLineEntry.text).replace(/\s*\|\s*\[[^\]]*\]\s*$/, '');
  const afterAuthors = authorLine ? lines[lines.indexOf(authorLine) + 1] : undefined;
  const venue =
    afterAuthors &&
    afterAuthors !== titleLineEntry &&
    afterAuthors.text.length < 200 &&
    !GENERIC_LABELS.test(afterAuthors.text.split(/\s*[/|]\s*/)[0] ?? '')
      ? afterAuthors.text
      : null;
  const firstPaperLink = paperAnchors(item, ctx.base)[0]?.getAttribute('href') ?? null;
  return readPaper(
    {
      item,
      title: titleText,
      url: titleAnchor?.getAttribute('href') ?? firstPaperLink,
      authorNodes: authorLine?.nodes ?? [],
      venue,
      yearHint: item.textContent,
    },
    ctx,
  );
}

/** Find and read publication entries anywhere under `root` by their shape. */
export function findPapersByShape(root: ParentNode, ctx: PaperContext): HomepagePaper[] {
  const entries: Element[] = [];
  for (const anchor of paperAnchors(root, ctx.base)) {
    if (entries.some((e) => e.contains(anchor))) continue;
    const entry = entryOf(anchor, ctx);
    if (entry && !entries.some((e) => e.contains(entry) || entry.contains(e))) entries.push(entry);
    if (entries.length >= CARD_LIMITS.papers) break;
  }
  return entries.map((e) => readGenericEntry(e, ctx)).filter((p): p is HomepagePaper => p !== null);
}
