/**
 * Jon Barron's hand-written template (jonbarron/jonbarron.github.io and its many forks):
 * `p.name` (older forks: a `<name>` element), a link row "Email / CV / Scholar / Github",
 * paper rows with `span.papertitle` (older: `<papertitle>`), authors with the owner in
 * `<strong>`, then `<em>Venue</em>, year`. Checked on tests/fixtures/homepages/jonbarron/*
 * (docs/homepages.md §1.5).
 */
import type { HomepageCard, HomepagePaper } from '../homepage-card';
import { boldOwnerMark } from '../author-list';
import { buildCard } from '../build-card';
import { cleanLabel } from '../clean-text';
import { closestTag, isTag } from '../dom-walk';
import { findAuthorLine, splitLines } from '../entry-lines';
import { readPaper, type PaperContext } from '../read-paper';
import { readImage, type ReaderContext } from '../reader-context';

const NAME = 'p.name, name';
const TITLE = 'span.papertitle, papertitle';

function readRow(titleEl: Element, ctx: PaperContext): HomepagePaper | null {
  const cell = closestTag(titleEl, 'TD') ?? titleEl.parentElement;
  if (!cell) return null;
  const lines = splitLines(cell, 30);
  const titleIndex = lines.findIndex((l) => l.nodes.some((n) => n === titleEl || n.contains(titleEl)));
  const authorLine = findAuthorLine(lines.slice(titleIndex + 1, titleIndex + 6), ctx.mark, ctx.ownerName, -1);
  // Authors may wrap over several `<br>` lines; the venue line starts with `<em>`.
  const authorStart = authorLine ? lines.indexOf(authorLine) : titleIndex + 1;
  const authorNodes: Node[] = [];
  let venue: string | null = null;
  for (let i = Math.min(authorStart, titleIndex + 1); i < lines.length && i < titleIndex + 8; i++) {
    const line = lines[i];
    if (!line) break;
    const first = line.nodes.find((n) => n.nodeType === 1 || (n.textContent ?? '').trim() !== '');
    if (first?.nodeType === 1 && /^(?:EM|I)$/i.test((first as Element).tagName)) {
      venue = cleanLabel(line.text);
      break;
    }
    if (i >= authorStart) authorNodes.push(...line.nodes, cell.ownerDocument.createTextNode(', '));
  }
  const anchor =
    closestTag(titleEl, 'A') ??
    lines[titleIndex]?.nodes.find((n): n is Element => n.nodeType === 1 && isTag(n as Element, 'A'));
  return readPaper(
    {
      item: cell,
      title: titleEl.textContent ?? '',
      url: anchor?.getAttribute('href') ?? null,
      authorNodes,
      venue,
      yearHint: venue,
    },
    ctx,
  );
}

/** Read a Jon Barron-style page. */
export const readJonBarron = (ctx: ReaderContext): HomepageCard => {
  const { doc, base } = ctx;
  const nameEl = doc.querySelector(NAME);
  const header = nameEl?.closest('td') ?? nameEl?.parentElement ?? null;
  const headerRow = header?.closest('tr') ?? header;
  return buildCard('jonbarron', ctx, {
    name: nameEl?.textContent ?? null,
    photo: readImage(headerRow, 'img', base),
    profileRoots: [header],
    bioParagraphs: Array.from(header?.querySelectorAll('p') ?? []).filter(
      (p) => p !== nameEl && !p.querySelector('a[href^="mailto:"]'),
    ),
    sectionsRoot: doc.body,
    mark: boldOwnerMark,
    readPapers: (paperCtx) => {
      const titles = Array.from(doc.querySelectorAll(TITLE));
      return titles.map((t) => readRow(t, paperCtx)).filter((p): p is HomepagePaper => p !== null);
    },
  });
};
