/**
 * RayeRen/acad-homepage.github.io (AcadHomepage, Jekyll): sidebar `div.profile_box`, flat
 * `section.page__content` with emoji `h1` headings, `div.paper-box` publications.
 * Selectors checked on tests/fixtures/homepages/acad-homepage/pzs19/*.html
 * (docs/homepages.md §6).
 */
import type { HomepageCard, HomepagePaper } from '../homepage-card';
import { buildCard } from '../build-card';
import { cleanLabel, cleanText } from '../clean-text';
import { nodesAfterBreak, readPaper, type PaperContext } from '../read-paper';
import { readImage, type ReaderContext } from '../reader-context';

const PROFILE = 'div.profile_box';
const CONTENT = 'section.page__content';
const PAPER_BOX = 'div.paper-box';
const MARKER_ICON = 'i.fa-map-marker';

/** The venue tag written after the title since 2025-09: `Title | [EMNLP’25 Main]`. */
function bracketVenue(line: Element): string | null {
  const text = Array.from(line.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join(' ')
    // The tag sits right after the title; a bounded line keeps the search linear.
    .slice(0, 2_000);
  return /\[([^\]]{2,60})\]/.exec(text)?.[1] ?? null;
}

function readPaperBox(box: Element, ctx: PaperContext): HomepagePaper | null {
  const textBox = box.querySelector('div.paper-box-text') ?? box;
  const first = textBox.querySelector('p') ?? textBox;
  const titleLink = first.querySelector('a[href]');
  const title = titleLink?.textContent ?? first.firstChild?.textContent ?? '';
  // kramdown keeps the badge div; it is blank ("  ") once the owner cleared a leftover venue.
  const badge = cleanLabel(box.querySelector('div.badge')?.textContent);
  return readPaper(
    {
      item: box,
      title,
      url: titleLink?.getAttribute('href') ?? null,
      authorNodes: nodesAfterBreak(first),
      venue: bracketVenue(first) ?? (badge || null),
      yearHint: cleanText(textBox.textContent, 2000),
    },
    ctx,
  );
}

function readLocation(profile: Element | null): { location: string | null; employer: string | null } {
  const items = Array.from(profile?.querySelectorAll('li') ?? []).filter(
    (li) => li.querySelector(MARKER_ICON) && !li.querySelector('a'),
  );
  return { location: cleanLabel(items[0]?.textContent) || null, employer: cleanLabel(items[1]?.textContent) || null };
}

function bioParagraphs(content: Element | null): Element[] {
  const paragraphs: Element[] = [];
  for (let el = content?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (/^H[1-3]$/i.test(el.tagName)) break;
    if (el.tagName.toUpperCase() === 'P' && cleanText(el.textContent)) paragraphs.push(el);
  }
  return paragraphs;
}

/** Read an acad-homepage page. */
export const readAcadHomepage = (ctx: ReaderContext): HomepageCard => {
  const { doc, base } = ctx;
  const profile = doc.querySelector(PROFILE) ?? doc.querySelector('div.sidebar');
  const content = doc.querySelector(CONTENT);
  const { location, employer } = readLocation(profile);
  // `p.author__bio` is one line, usually the institution (`_config.yml` author.bio).
  const bio = cleanLabel(profile?.querySelector('p.author__bio')?.textContent);
  const [position, affiliation] = / at | @ /.test(bio) ? bio.split(/ at | @ /, 2) : [null, bio || employer];
  return buildCard('acad-homepage', ctx, {
    name: profile?.querySelector('h3.author__name')?.textContent ?? null,
    photo: readImage(profile, 'img.author__avatar', base),
    position: position ?? null,
    affiliation: affiliation ?? null,
    location,
    profileRoots: [profile],
    bioParagraphs: bioParagraphs(content),
    sectionsRoot: content,
    readPapers: (paperCtx) => {
      const boxes = Array.from((content ?? doc).querySelectorAll(PAPER_BOX));
      return boxes.length
        ? boxes.map((b) => readPaperBox(b, paperCtx)).filter((p): p is HomepagePaper => p !== null)
        : null;
    },
  });
};
