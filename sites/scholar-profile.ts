import { normalizeName } from '../names/normalize-name';
import { defineSiteAdapter } from './define-site-adapter';
import { nameText, titleText } from './element-text';
import type { AuthorMention } from './mention';
import { scholarPersonId, scholarUserOfUrl } from './person-links';
import { scholarLineMentions, scholarPaperOf } from './scholar-mentions';
import { unitsAt } from './units-at';

const FIXTURE = 'scholar/profile-huiqiang-jiang-synthesized.html';

const SELECTORS = {
  page: '#gsc_prf_in',
  owner: '#gsc_prf_in',
  coauthor: '#gsc_rsb_co .gsc_rsb_aa',
  coauthorName: '.gsc_rsb_a_desc > a[href*="user="]',
  row: '#gsc_a_b > tr.gsc_a_tr',
  rowTitle: 'a.gsc_a_at',
  // The first grey line is the authors (cut with "..." after about ten), the second the venue.
  rowAuthors: 'a.gsc_a_at + .gs_gray',
  rowVenue: '.gs_gray + .gs_gray',
} as const;

const UNITS = `${SELECTORS.owner}, ${SELECTORS.coauthor}, ${SELECTORS.row}`;
const NAMES = [
  SELECTORS.owner,
  `${SELECTORS.coauthor} ${SELECTORS.coauthorName}`,
  `${SELECTORS.row} ${SELECTORS.rowAuthors} > [data-byline-name]`,
  `${SELECTORS.row} ${SELECTORS.rowAuthors}`,
].join(', ');

/** The name of a one-name unit (the profile's person, a co-author) with its Scholar id. */
function personMention(element: Element | null, id: ReturnType<typeof scholarPersonId>): AuthorMention[] {
  const printed = element ? nameText(element) : '';
  if (!element || !printed) return [];
  return [
    {
      printed,
      normalized: normalizeName(printed),
      pageType: 'scholar-profile',
      element,
      ...(id ? { sitePersonId: id } : {}),
    },
  ];
}

/**
 * Google Scholar profile `/citations?user=<id>` (docs/pages.md §7.2): the person (`#gsc_prf_in`,
 * their id from the URL), the co-authors list (profile links), and the publications table, whose
 * author lines are plain text Scholar cuts with "..." after about ten names: the names before the
 * cut are read, in order, and the paper context holds just those. A row names its arXiv id only in
 * the venue line ("arXiv preprint arXiv:2310.05736"). Read on interest, one unit per hover.
 */
export const scholarProfile = defineSiteAdapter({
  pageType: 'scholar-profile',
  paths: [/^\/citations$/],
  selectors: SELECTORS,
  checkedOn: Object.fromEntries(Object.keys(SELECTORS).map((k) => [k, FIXTURE])),
  findUnits: (root) => unitsAt(root, UNITS, UNITS, (el) => el.matches(UNITS)),
  names: NAMES,
  findMentions(root, url) {
    // Other views share the path (`view_op=view_citation`, `search_authors`): only a profile has a `user=`.
    const owner = scholarUserOfUrl(url);
    if (!owner || (url.searchParams.has('view_op') && url.searchParams.get('view_op') !== 'list_works')) return [];
    return unitsAt(root, UNITS, UNITS, (el) => el.matches(UNITS)).flatMap((unit) => {
      if (unit.matches(SELECTORS.owner)) return personMention(unit, owner);
      if (unit.matches(SELECTORS.coauthor)) {
        const link = unit.querySelector(SELECTORS.coauthorName);
        return personMention(link, scholarPersonId(link?.getAttribute('href')));
      }
      const line = unit.querySelector(SELECTORS.rowAuthors);
      if (!line) return [];
      const title = titleText(unit.querySelector(SELECTORS.rowTitle));
      const paper = scholarPaperOf([], unit.querySelector(SELECTORS.rowVenue)?.textContent ?? '');
      return scholarLineMentions(line, false, 'scholar-profile', paper, title);
    });
  },
});

/* Test URLs:
   https://scholar.google.com/citations?user=kukA0LcAAAAJ&hl=en
   https://scholar.google.com/citations?hl=en&user=JicYPdAAAAAJ&view_op=list_works&sortby=pubdate */
