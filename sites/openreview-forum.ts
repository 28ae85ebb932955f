import { defineSiteAdapter } from './define-site-adapter';
import { titleText } from './element-text';
import { arxivIdOfLinks, authorLineMentions, forumIdOf } from './openreview-notes';
import { unitsAt } from './units-at';

const FIXTURE = 'openreview/forum-wS7PxDjy6m-synthesized.html';

const SELECTORS = {
  page: '.forum-container .forum-note',
  title: '.forum-title h2.citation_title',
  authorLine: '.forum-authors h3',
  // The title's "Open Website" link: the paper's arXiv copy when there is one.
  contentLinks: '.forum-title .forum-content-link a[href]',
} as const;

/** The forum's own note: replies below it are `.note`, never `.forum-note`. */
function forumNotes(root: ParentNode): Element[] {
  return unitsAt(root, '.forum-note', SELECTORS.page);
}

/**
 * OpenReview forum page `/forum?id=<forum id>` (docs/pages.md §6.1): the submission's title and
 * author line. Each linked author carries their profile id; the paper is the forum, or its
 * arXiv copy when the title links one (Semantic Scholar knows arXiv ids, not forum ids).
 */
export const openReviewForum = defineSiteAdapter({
  pageType: 'openreview-forum',
  paths: [/^\/forum\/?$/],
  selectors: SELECTORS,
  checkedOn: { page: FIXTURE, title: FIXTURE, authorLine: FIXTURE, contentLinks: FIXTURE },
  findUnits: forumNotes,
  findMentions(root, url) {
    return forumNotes(root).flatMap((note) => {
      const line = note.querySelector(SELECTORS.authorLine);
      if (!line) return [];
      const title = titleText(note.querySelector(SELECTORS.title));
      const arxiv = arxivIdOfLinks(note.querySelectorAll(SELECTORS.contentLinks));
      const forum = forumIdOf(url.href);
      const paper = arxiv
        ? { kind: 'arxiv' as const, id: arxiv, title }
        : forum
          ? { kind: 'openreview' as const, id: forum, title }
          : undefined;
      return authorLineMentions(line, 'openreview-forum', paper);
    });
  },
});

/* Test URLs:
   https://openreview.net/forum?id=wS7PxDjy6m
   https://openreview.net/forum?id=G8LaO1P0xv */
