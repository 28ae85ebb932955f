/**
 * Any other homepage: name from the page's own markup (schema.org Person, meta author, og,
 * title, h1), profile links from the block around the name, papers by their shape.
 */
import type { HomepageCard } from '../homepage-card';
import { isSameName } from '../author-list';
import { buildCard } from '../build-card';
import { cleanText } from '../clean-text';
import { readPageName, type ReaderContext } from '../reader-context';
import { safeUrl } from '../../domain/safe-url';

const PROFILE_BLOCKS =
  '[itemtype*="schema.org/Person"], #profile, .profile, .sidebar, header, .author-info, .bio, .contact, .social, .social-links';
const PHOTO_ALT = /profile|photo|portrait|avatar|headshot|^me$/i;

/** The block around the owner's name heading, where the Email / Scholar / GitHub row usually sits. */
function nameBlock(doc: Document, name: string | null): Element | null {
  const heading = Array.from(doc.querySelectorAll('h1, h2, p.name, name, .name')).find(
    (h) => name !== null && isSameName(cleanText(h.textContent), name),
  );
  return heading?.closest('td, section, header, div') ?? null;
}

function readPhoto(doc: Document, roots: readonly Element[], name: string | null, base: string | null): string | null {
  for (const root of roots) {
    const img = root.querySelector('img[src]');
    if (img) return safeUrl(img.getAttribute('src'), base);
  }
  const img = Array.from(doc.querySelectorAll('img[src][alt]')).find((i) => {
    const alt = i.getAttribute('alt') ?? '';
    return PHOTO_ALT.test(alt) || (name !== null && isSameName(alt, name));
  });
  return img ? safeUrl(img.getAttribute('src'), base) : null;
}

/** Read a page of no known template. */
export const readGenericPage = (ctx: ReaderContext): HomepageCard => {
  const { doc, base } = ctx;
  const name = readPageName(doc, ctx.jsonLdNames);
  const block = nameBlock(doc, name);
  const blocks = [...(block ? [block] : []), ...Array.from(doc.querySelectorAll(PROFILE_BLOCKS)).slice(0, 10)];
  const hasLinks = blocks.some((b) => b.querySelector('a[href]'));
  const paragraphs = Array.from(doc.querySelectorAll('p'))
    .filter((p) => cleanText(p.textContent, 2000).length > 60)
    .slice(0, 5);
  return buildCard('generic', ctx, {
    name,
    photo: readPhoto(doc, blocks, name, base),
    // Without a recognisable profile block the whole page is scanned, first link of each kind winning.
    profileRoots: hasLinks ? blocks : [doc.body],
    bioParagraphs: paragraphs,
    sectionsRoot: doc.body,
  });
};
