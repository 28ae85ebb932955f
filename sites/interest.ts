import type { SiteId } from '../domain/sites';

/**
 * Where a pointer or a keyboard focus shows interest in a name, per site: every element a page
 * adapter may mark, or one of its ancestors. Byline's start-up script (hover-card/bootstrap.ts)
 * loads the cards only when the user's pointer or Tab reaches one of these; a wider selector
 * loads them a little sooner, a narrower one would leave names without a card, so
 * `interest.test.ts` checks every name every adapter finds on the saved pages against it.
 * Plain strings: the start-up script must not pull in the adapters' modules (the link selectors
 * repeat arxiv-author-links.ts's ARXIV_AUTHOR_LINK and acl-mentions.ts's ACL_PERSON_LINK).
 */
export const INTEREST_SELECTORS: Readonly<Record<SiteId, string>> = {
  // Author-search links on every arXiv page type; the LaTeXML byline of the HTML full text,
  // whose names are text (Byline wraps them in spans of its own once loaded).
  arxiv: 'a[href*="searchtype=author"], .ltx_authors .ltx_personname',
  // People links everywhere; a people page's own name is its heading.
  'acl-anthology': 'a[href*="/people/"], #main h2#title',
  // Claimed (link) and unclaimed (button) authors alike sit in `span.author`; a daily list's
  // authors are avatars, each `li` titled with the name.
  'huggingface-papers': 'span.author, article ul > li[title]',
  // Co-authors' person links and the page owner's own name.
  dblp: 'span[itemprop="author"]',
  // Author lines on forums, venue and profile notes; a profile's co-author list.
  openreview: '.forum-authors, .note-authors, section > .section-content > ul.list-unstyled > li',
  // A result's green author line (profile links and plain names); a profile's own name, its
  // co-authors and its publications' author lines.
  'google-scholar': 'div.gs_a, #gsc_prf_in, #gsc_rsb_co .gsc_rsb_aa, #gsc_a_b .gs_gray',
};
