/**
 * Hugo Blox / Wowchemy / Source Themes Academic (Hugo): `div#profile` with
 * `.portrait-title` (name, role, organisation), `ul.network-icon`, `ul.ul-interests`,
 * `ul.ul-edu`; publications as `div.pub-list-item` (citation view) or `div.media.stream-item`.
 * Checked on tests/fixtures/homepages/hugo-blox/* (docs/homepages.md §1.4).
 */
import type { DatedEntry, HomepageCard, HomepagePaper } from '../homepage-card';
import { buildCard } from '../build-card';
import { cleanLabel, cleanText } from '../clean-text';
import { readPaper, readYear, type PaperContext } from '../read-paper';
import { readImage, type ReaderContext } from '../reader-context';

const PROFILE = 'div#profile';
const CITATION_ITEM = 'div.pub-list-item';
const STREAM_ITEM = 'div.media.stream-item';
const OWNER = /\b(?:author-highlighted|font-weight-bold)\b/;

function childAnchor(el: Element): Element | null {
  return Array.from(el.children).find((c) => c.tagName.toUpperCase() === 'A' && c.hasAttribute('href')) ?? null;
}

/** "(2024). <a>Title</a>. In <em>CVPR 2024</em>." or "<a>Title</a>. ICLR." (Academic 4). */
function citationVenue(item: Element, title: Element | null): string | null {
  const em = Array.from(item.children).find((c) => /^(?:EM|I)$/i.test(c.tagName) && cleanLabel(c.textContent) !== '');
  if (em) return cleanLabel(em.textContent) || null;
  const after = title?.nextSibling?.textContent ?? '';
  return cleanLabel(after.replace(/^\s*\.\s*/, '').split(/\.\s*$|\.\s+/)[0]) || null;
}

function readCitationItem(item: Element, ctx: PaperContext): HomepagePaper | null {
  const title = childAnchor(item);
  return readPaper(
    {
      item,
      title: title?.textContent ?? '',
      url: title?.getAttribute('href') ?? null,
      authorNodes: Array.from(item.querySelector('.li-cite-author, .article-metadata')?.childNodes ?? []),
      venue: citationVenue(item, title),
      yearHint: /\((\d{4})\)/.exec(item.textContent ?? '')?.[1] ?? null,
    },
    ctx,
  );
}

function readStreamItem(item: Element, ctx: PaperContext): HomepagePaper | null {
  const title = item.querySelector('.article-title a[href]') ?? item.querySelector('.article-title');
  return readPaper(
    {
      item,
      title: title?.textContent ?? '',
      url: title?.getAttribute('href') ?? null,
      authorNodes: Array.from(item.querySelector('.article-metadata > div, .article-metadata')?.childNodes ?? []),
      venue: cleanLabel(item.querySelector('.pub-publication, .article-metadata em')?.textContent) || null,
      yearHint: item.querySelector('.article-date')?.textContent ?? null,
    },
    ctx,
  );
}

function readEducation(profileSection: ParentNode | null): DatedEntry[] {
  return Array.from(profileSection?.querySelectorAll('ul.ul-edu li') ?? []).map((li) => {
    const course = cleanText(li.querySelector('.course')?.textContent);
    const institution = cleanText(li.querySelector('.institution')?.textContent);
    const year = readYear(course);
    return { date: year ? String(year) : null, text: [course, institution].filter(Boolean).join(', ') };
  });
}

/** Read a Hugo Blox / Wowchemy / Academic page. */
export const readHugoBlox = (ctx: ReaderContext): HomepageCard => {
  const { doc, base } = ctx;
  const profile = doc.querySelector(PROFILE);
  const about = doc.querySelector('section#about') ?? profile?.closest('section') ?? null;
  const portrait = profile?.querySelector('.portrait-title');
  const roles = Array.from(portrait?.querySelectorAll('h3') ?? []);
  return buildCard('hugo-blox', ctx, {
    name: portrait?.querySelector('h2')?.textContent ?? null,
    photo: readImage(profile, 'img.avatar', base),
    position: cleanLabel(roles.find((h) => !h.querySelector('a'))?.textContent) || null,
    affiliation: cleanLabel(roles.find((h) => h.querySelector('a, span'))?.textContent) || null,
    interests: Array.from(about?.querySelectorAll('ul.ul-interests li') ?? []).map((li) => cleanLabel(li.textContent)),
    education: readEducation(about),
    profileRoots: [profile?.querySelector('ul.network-icon') ?? profile],
    bioParagraphs: Array.from(about?.querySelectorAll('p') ?? []).filter((p) => !p.closest('#profile, ul')),
    sectionsRoot: doc.body,
    mark: (el) => OWNER.test(el.getAttribute('class') ?? ''),
    readPapers: (paperCtx) => {
      const citations = Array.from(doc.querySelectorAll(CITATION_ITEM));
      if (citations.length)
        return citations.map((i) => readCitationItem(i, paperCtx)).filter((p): p is HomepagePaper => p !== null);
      const stream = Array.from(doc.querySelectorAll(STREAM_ITEM));
      return stream.length
        ? stream.map((i) => readStreamItem(i, paperCtx)).filter((p): p is HomepagePaper => p !== null)
        : null;
    },
  });
};
