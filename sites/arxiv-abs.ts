import { ARXIV_AUTHOR_LINK, mentionsFromArxivLinks, readTitle } from './arxiv-author-links';
import { arxivIdIn } from '../domain/paper-id';
import { defineSiteAdapter } from './define-site-adapter';

const FIXTURE_2021 = 'arxiv/abs-2106.09608-2021-12.html';
const FIXTURE_2024 = 'arxiv/abs-2403.12968-synthesized.html';

const SELECTORS = {
  page: '#abs',
  // Links after the 100th sit in #long-author-list (display:none) inside the same div;
  // they are real authors. The "et al." toggle is a javascript: link, not an author link.
  authors: `#abs div.authors ${ARXIV_AUTHOR_LINK}`,
  title: '#abs h1.title',
  arxivId: 'meta[name="citation_arxiv_id"]',
  // The submitter's comments often say "Code: https://github.com/…" (docs/pages.md §1.3 metatable).
  comments: '#abs td.comments',
} as const;

/** arXiv abstract page `/abs/<id>[vN]`, 2021 and 2024–2026 layouts (docs/pages.md §1.3). */
export const arxivAbs = defineSiteAdapter({
  pageType: 'arxiv-abs',
  paths: [/^\/abs\/.+/],
  selectors: SELECTORS,
  checkedOn: {
    page: FIXTURE_2024,
    authors: FIXTURE_2024,
    title: FIXTURE_2021,
    arxivId: FIXTURE_2021,
    comments: FIXTURE_2024,
  },
  findMentions(root, url) {
    const links = Array.from(root.querySelectorAll(SELECTORS.authors));
    if (links.length === 0) return [];
    const meta = root.querySelector(SELECTORS.arxivId)?.getAttribute('content');
    const id = arxivIdIn(meta ?? '') ?? arxivIdIn(url.pathname.replace(/^\/abs\//, ''));
    const title = readTitle(root.querySelector(SELECTORS.title));
    const code = commentCodeText(root.querySelector(SELECTORS.comments));
    return mentionsFromArxivLinks(links, id ? { id, title, code } : undefined, 'arxiv-abs');
  },
});

/**
 * The comments line's links, then its text, where they mention github.com ("Code:
 * https://github.com/…"): the background reads the repositories from them. Bounded, since they
 * cross the message boundary.
 */
export function commentCodeText(comments: Element | null): string[] {
  if (!comments) return [];
  const hrefs = Array.from(comments.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '');
  return [...hrefs, comments.textContent ?? '']
    .filter((text) => /github\.com/i.test(text))
    .slice(0, 8)
    .map((text) => text.slice(0, 1000));
}

/* Test URLs:
   https://arxiv.org/abs/2403.12968
   https://arxiv.org/abs/hep-th/9901001
   https://export.arxiv.org/abs/2106.09608v2
   https://arxiv.org/abs/1207.7214 (ATLAS Higgs, >100 authors in #long-author-list) */
