import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { arxivIdIn } from '../domain/paper-id';
import { defineSiteAdapter } from './define-site-adapter';
import { MAX_NAME_CHARS, titleText } from './element-text';
import type { AuthorMention } from './mention';
import { unitsAt } from './units-at';

const FIXTURE = 'huggingface/daily-2024-03-20-synthesized.html';

const SELECTORS = {
  page: 'main h1',
  entry: 'article',
  paperLink: 'h3 a[href^="/papers/"]',
  // The first few authors as avatars, each `li` titled with the author's name; the rest are a count.
  authors: 'ul > li[title]',
} as const;

const NAMES = `${SELECTORS.entry} ${SELECTORS.authors}`;

const isEntry = (el: Element): boolean => el.querySelector(SELECTORS.paperLink) !== null;

/** The author's name an avatar carries, whitespace collapsed; '' when it is no name. */
function avatarName(li: Element): string {
  const name = (li.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
  return name.length <= MAX_NAME_CHARS ? name : '';
}

/**
 * Hugging Face daily papers `/papers`, `/papers/date/YYYY-MM-DD`, `/papers/week/YYYY-Www`,
 * `/papers/month/YYYY-MM` (docs/pages.md §3.2): one `article` per paper, its arXiv id in the
 * title link `/papers/<id>`, its first authors as avatars (`li[title]`). Only those are on the
 * page, so the paper context lists just them. Read on interest: a hover reads one entry.
 */
export const hfDaily = defineSiteAdapter({
  pageType: 'hf-daily',
  paths: [/^\/papers\/?$/, /^\/papers\/(?:date\/\d{4}-\d{2}-\d{2}|week\/\d{4}-W\d{2}|month\/\d{4}-\d{2})\/?$/],
  selectors: SELECTORS,
  checkedOn: Object.fromEntries(Object.keys(SELECTORS).map((k) => [k, FIXTURE])),
  findUnits: (root) => unitsAt(root, SELECTORS.entry, SELECTORS.entry, isEntry).filter(isEntry),
  names: NAMES,
  findMentions(root) {
    return unitsAt(root, SELECTORS.entry, SELECTORS.entry, isEntry)
      .filter(isEntry)
      .flatMap((article) => {
        const link = article.querySelector(SELECTORS.paperLink) as Element;
        const id = arxivIdIn((link.getAttribute('href') ?? '').replace(/^\/papers\//, ''));
        const title = titleText(link);
        const elements = Array.from(article.querySelectorAll(SELECTORS.authors));
        const authors = elements.map(avatarName);
        const mentions: AuthorMention[] = [];
        elements.forEach((element, position) => {
          const printed = authors[position] ?? '';
          if (!printed || isCollaboration(printed)) return;
          mentions.push({
            printed,
            normalized: normalizeName(printed),
            pageType: 'hf-daily',
            element,
            ...(id ? { paper: { kind: 'arxiv' as const, id, title, position, authors } } : {}),
          });
        });
        return mentions;
      });
  },
});

/* Test URLs:
   https://huggingface.co/papers
   https://huggingface.co/papers/date/2024-03-20
   https://huggingface.co/papers/week/2024-W12
   https://huggingface.co/papers/month/2024-03 */
