import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { arxivIdIn } from '../domain/paper-id';
import { defineSiteAdapter } from './define-site-adapter';
import { nameText, titleText } from './element-text';
import type { AuthorMention } from './mention';
import { hfPersonId } from './person-links';

const FIXTURE = 'huggingface/paper-2403.12968-synthesized.html';

const SELECTORS = {
  page: 'main h1',
  // One `span.author` per author in byline order: a link to the Hugging Face account when the
  // author has claimed the paper, else a button that opens the "claim" popover.
  authors: 'span.author > :is(a, button), span.author > span.contents > a',
  title: 'main h1',
} as const;

/**
 * Hugging Face paper page `/papers/<arxiv id>`: the arXiv id in the path is the paper, so names
 * keep arXiv paper context (docs/pages.md §3.1).
 */
export const hfPaper = defineSiteAdapter({
  pageType: 'hf-paper',
  paths: [/^\/papers\/\d{4}\.\d{4,5}\/?$/],
  selectors: SELECTORS,
  checkedOn: { page: FIXTURE, authors: FIXTURE, title: FIXTURE },
  findMentions(root, url) {
    const elements = Array.from(root.querySelectorAll(SELECTORS.authors));
    if (elements.length === 0) return [];
    const id = arxivIdIn(url.pathname.replace(/^\/papers\//, ''));
    const title = titleText(root.querySelector(SELECTORS.title));
    const authors = elements.map(nameText);
    const mentions: AuthorMention[] = [];
    elements.forEach((element, position) => {
      const printed = authors[position] ?? '';
      if (!printed || isCollaboration(printed)) return;
      // A claimed author's name links to their account: the site's own word on who they are.
      const sitePersonId = element.tagName === 'A' ? hfPersonId(element.getAttribute('href')) : undefined;
      mentions.push({
        printed,
        normalized: normalizeName(printed),
        pageType: 'hf-paper',
        element,
        ...(id ? { paper: { kind: 'arxiv' as const, id, title, position, authors } } : {}),
        ...(sitePersonId ? { sitePersonId } : {}),
      });
    });
    return mentions;
  },
});

/* Test URLs:
   https://huggingface.co/papers/2403.12968
   https://huggingface.co/papers/2310.05736 */
