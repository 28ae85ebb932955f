/**
 * academicpages/academicpages.github.io (Jekyll, Minimal Mistakes fork): sidebar
 * `[itemtype=schema.org/Person]` with `h3.author__name` and `p.author__bio`, publications as
 * `article.archive__item` with `h2.archive__item-title`. Checked on
 * tests/fixtures/homepages/academicpages/* (docs/homepages.md §1.2).
 */
import type { HomepageCard, HomepagePaper } from '../homepage-card';
import { boldOwnerMark } from '../author-list';
import { buildCard } from '../build-card';
import { cleanLabel, cleanText } from '../clean-text';
import { findAuthorLine, splitLines } from '../entry-lines';
import { readPaper, type PaperContext } from '../read-paper';
import { readImage, type ReaderContext } from '../reader-context';

const SIDEBAR = 'div.sidebar [itemtype*="schema.org/Person"]';
const ENTRY = 'article.archive__item';

function readEntry(article: Element, ctx: PaperContext): HomepagePaper | null {
  const heading = article.querySelector('h2.archive__item-title, .archive__item-title');
  const lines = splitLines(article, 20).filter((l) => !heading?.contains(l.nodes[0] ?? null));
  const authorLine = findAuthorLine(lines, ctx.mark, ctx.ownerName, -1);
  // "Published in <i>Venue</i>, 2020" (template) or "📰 <b>ICLR 2025</b>" (HanseulJo's fork).
  const venueLine = lines.find((l) => /^\s*(?:published in|📰|venue:)/iu.test(l.text));
  const venue = cleanLabel(venueLine?.text.replace(/^\s*(?:published in|venue:)/i, '').split(/🗓|🔗|\s\(/u)[0]).replace(
    /,\s*\d{4}.*$/,
    '',
  );
  const time = article.querySelector('time[datetime]')?.getAttribute('datetime');
  return readPaper(
    {
      item: article,
      title: heading?.textContent ?? '',
      url: heading?.querySelector('a[href]')?.getAttribute('href') ?? null,
      authorNodes: authorLine?.nodes ?? [],
      venue: venue || null,
      yearHint: time ?? cleanText(venueLine?.text),
    },
    ctx,
  );
}

/** Read an academicpages page (home page or /publications/). */
export const readAcademicPages = (ctx: ReaderContext): HomepageCard => {
  const { doc, base } = ctx;
  const profile = doc.querySelector(SIDEBAR) ?? doc.querySelector('div.sidebar');
  const content = doc.querySelector('section.page__content') ?? doc.querySelector('div.archive') ?? doc.body;
  // `author.bio` is free text: "ML Research Scientist at Scale AI", "PhD candidate @ KAIST AI. Prev intern …".
  const bio = cleanLabel(profile?.querySelector('p.author__bio')?.textContent).split(/\.\s/)[0] ?? '';
  const [position, affiliation] = / at | @ /.test(bio) ? bio.split(/ at | @ /, 2) : [null, null];
  const locationItem = Array.from(profile?.querySelectorAll('li') ?? []).find(
    (li) => !li.querySelector('a') && (li.querySelector('i.fa-map-marker') || /📍/u.test(li.textContent ?? '')),
  );
  return buildCard('academicpages', ctx, {
    name: profile?.querySelector('h3.author__name')?.textContent ?? null,
    photo: readImage(profile, 'img.author__avatar', base),
    position: position ?? null,
    affiliation: affiliation ?? null,
    location: locationItem?.textContent ?? null,
    profileRoots: [profile],
    bioParagraphs: Array.from(content?.children ?? []).filter((el) => el.tagName.toUpperCase() === 'P'),
    sectionsRoot: content,
    mark: boldOwnerMark,
    readPapers: (paperCtx) => {
      const entries = Array.from(doc.querySelectorAll(ENTRY)).filter((a) => a.querySelector('.archive__item-title'));
      return entries.length
        ? entries.map((a) => readEntry(a, paperCtx)).filter((p): p is HomepagePaper => p !== null)
        : [];
    },
  });
};
