import { defineSiteAdapter } from './define-site-adapter';
import { titleText } from './element-text';
import { arxivIdOfLinks, authorLineMentions, forumIdOf, NOTE_AUTHOR_NAMES } from './openreview-notes';
import { unitsAt } from './units-at';

const FIXTURE = 'openreview/group-colm-2024-synthesized.html';

const SELECTORS = {
  page: '#notes .tab-content',
  note: '.submissions-list .note',
  title: 'h4 > a[href^="/forum?"]',
  authorLine: '.note-authors',
} as const;

/** The notes `root` is in or holds. */
function groupNotes(root: ParentNode): Element[] {
  return unitsAt(root, '.note', SELECTORS.note, (el) => el.closest('.submissions-list') !== null);
}

/**
 * OpenReview venue page `/group?id=<venue>` (docs/pages.md §6.2): tabs of submissions, each a
 * paginated list of notes (title linking the forum, author line). Tabs and pages are rendered
 * client-side as they are opened; names are read on interest, so none of that costs anything.
 */
export const openReviewGroup = defineSiteAdapter({
  pageType: 'openreview-group',
  paths: [/^\/group\/?$/],
  selectors: SELECTORS,
  checkedOn: Object.fromEntries(Object.keys(SELECTORS).map((k) => [k, FIXTURE])),
  findUnits: groupNotes,
  names: NOTE_AUTHOR_NAMES,
  findMentions(root) {
    return groupNotes(root).flatMap((note) => {
      const line = note.querySelector(SELECTORS.authorLine);
      if (!line) return [];
      const link = note.querySelector(SELECTORS.title);
      const title = titleText(link);
      const arxiv = arxivIdOfLinks(note.querySelectorAll('h4 > a.html-link[href]'));
      const forum = forumIdOf(link?.getAttribute('href'));
      const paper = arxiv
        ? { kind: 'arxiv' as const, id: arxiv, title }
        : forum
          ? { kind: 'openreview' as const, id: forum, title }
          : undefined;
      return authorLineMentions(line, 'openreview-group', paper);
    });
  },
});

/* Test URLs:
   https://openreview.net/group?id=colmweb.org/COLM/2024/Conference
   https://openreview.net/group?id=ICLR.cc/2025/Conference#tab-accept-oral */
