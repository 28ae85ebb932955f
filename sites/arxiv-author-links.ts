import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { MAX_NAME_CHARS, nameText, titleText } from './element-text';
import type { AuthorMention, PageType } from './mention';

/** Matches arXiv's author-search links on every page type (docs/pages.md §1.1). */
export const ARXIV_AUTHOR_LINK = 'a[href*="searchtype=author"]';

/** The paper an arXiv author list belongs to. */
export interface ArxivPaperRef {
  id: string;
  title: string;
  code?: string[];
}

function authorQuery(link: Element): string | undefined {
  const href = link.getAttribute('href');
  if (!href) return undefined;
  const query = href.slice(href.indexOf('?') + 1);
  const value = new URLSearchParams(query).get('query');
  // The page writes this link: keep it only when it reads like arXiv's "Surname, I" query.
  return value && value.length <= MAX_NAME_CHARS && !/[<>\u0000-\u001f]/.test(value) ? value : undefined;
}

/**
 * One mention per author link of one paper, in byline order. Group entries ("ATLAS
 * Collaboration") keep their place in `authors` but get no mention.
 */
export function mentionsFromArxivLinks(
  links: readonly Element[],
  paper: ArxivPaperRef | undefined,
  pageType: PageType,
): AuthorMention[] {
  const authors = links.map(nameText);
  const mentions: AuthorMention[] = [];
  links.forEach((element, position) => {
    const printed = authors[position] ?? '';
    if (!printed || isCollaboration(printed)) return;
    const query = authorQuery(element);
    mentions.push({
      printed,
      normalized: normalizeName(printed),
      pageType,
      element,
      ...(paper
        ? {
            paper: {
              kind: 'arxiv' as const,
              id: paper.id,
              title: paper.title,
              position,
              authors,
              ...(paper.code?.length ? { code: paper.code } : {}),
            },
          }
        : {}),
      ...(query ? { sitePersonId: { kind: 'arxiv-query' as const, query } } : {}),
    });
  });
  return mentions;
}

/** Text of a title element without its "Title:" descriptor, whitespace collapsed. */
export function readTitle(el: Element | null | undefined): string {
  return titleText(el, (child) => child.classList.contains('descriptor'));
}
