/**
 * alshedivat/al-folio (Jekyll): `h1.post-title`, `p.desc`, social icons in the navbar,
 * `ol.bibliography > li` entries with `div.title`, `div.author` (owner in `<em>`),
 * `div.periodical`, `abbr.badge`. Checked on tests/fixtures/homepages/al-folio/*
 * (docs/homepages.md §1.3).
 */
import type { HomepageCard, HomepagePaper } from '../homepage-card';
import { buildCard } from '../build-card';
import { cleanLabel, cleanText } from '../clean-text';
import { readPaper, type PaperContext } from '../read-paper';
import { readImage, type ReaderContext } from '../reader-context';

const ENTRY = 'ol.bibliography > li';
const SOCIAL = 'div.navbar-brand.social, div.social, div.contact-icons, div.profile';
const MORE_AUTHORS = 'span.more-authors';

/**
 * al-folio folds long author lists into "N more authors"; the names exist only as a string
 * literal in the span's onclick attribute (docs/homepages.md §3.7). It is read as text, never run.
 */
function moreAuthors(author: Element | null): string[] {
  const onclick = author?.querySelector(MORE_AUTHORS)?.getAttribute('onclick') ?? '';
  const names = /\?\s*'([^']{1,2000})'\s*:/.exec(onclick)?.[1] ?? '';
  return names
    .replace(/\s+/g, ' ')
    .split(/, ?| and /)
    .map((n) => cleanText(n, 120))
    .filter(Boolean);
}

function readEntry(li: Element, ctx: PaperContext): HomepagePaper | null {
  const author = li.querySelector('div.author');
  const periodical = Array.from(li.querySelectorAll('div.periodical'))
    .map((p) => cleanText(p.textContent))
    .join(' ');
  const venue =
    cleanLabel(li.querySelector('abbr.badge')?.textContent) ||
    cleanLabel(li.querySelector('div.periodical em')?.textContent);
  const titleEl = li.querySelector('div.title');
  return readPaper(
    {
      item: li,
      title: titleEl?.textContent ?? '',
      url:
        titleEl?.querySelector('a[href]')?.getAttribute('href') ??
        li.querySelector('div.links a[href*="arxiv.org"]')?.getAttribute('href') ??
        null,
      authorNodes: Array.from(author?.childNodes ?? []).filter(
        (n) => !(n.nodeType === 1 && (n as Element).matches(MORE_AUTHORS)),
      ),
      venue: venue || null,
      yearHint: periodical,
      moreAuthors: moreAuthors(author),
    },
    ctx,
  );
}

/** Read an al-folio page (about page or /publications/). */
export const readAlFolio = (ctx: ReaderContext): HomepageCard => {
  const { doc, base } = ctx;
  const article = doc.querySelector('div.post article') ?? doc.querySelector('article') ?? doc.body;
  // `p.desc` is the subtitle: "PhD Candidate, McGill University" or "Ph.D. Candidate ⎟ UMich CSE ⎟ …".
  const desc = cleanLabel(doc.querySelector('p.desc')?.textContent)
    .split(/\s*[⎟|·•,]\s*/)
    .filter(Boolean);
  return buildCard('al-folio', ctx, {
    // On /publications/ the post title is the page name; `meta[name=author]` is the owner on every page.
    name:
      doc.querySelector('meta[name="author"]')?.getAttribute('content') ??
      doc.querySelector('h1.post-title')?.textContent ??
      null,
    photo: readImage(doc.querySelector('div.profile'), 'img', base),
    position: desc.length >= 2 ? (desc[0] ?? null) : null,
    affiliation: desc.length >= 2 ? (desc[1] ?? null) : null,
    profileRoots: Array.from(doc.querySelectorAll(SOCIAL)),
    bioParagraphs: Array.from(article?.querySelectorAll('div.clearfix p') ?? []),
    sectionsRoot: article,
    mark: (el) => el.tagName.toUpperCase() === 'EM',
    readPapers: (paperCtx) => {
      const entries = Array.from(doc.querySelectorAll(ENTRY));
      return entries.length
        ? entries.map((li) => readEntry(li, paperCtx)).filter((p): p is HomepagePaper => p !== null)
        : null;
    },
  });
};
