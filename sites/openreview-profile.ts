import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { defineSiteAdapter } from './define-site-adapter';
import { nameText, titleText } from './element-text';
import type { AuthorMention } from './mention';
import { authorLineMentions, forumIdOf, openReviewPersonId } from './openreview-notes';

const FIXTURE = 'openreview/profile-alisa-liu-synthesized.html';

const SELECTORS = {
  page: 'main#content h1',
  section: 'main#content section',
  note: 'section .submissions-list .note',
  title: 'h4 > a',
  authorLine: '.note-authors',
  coAuthors: 'section > .section-content > ul.list-unstyled > li > :is(a, span)',
} as const;

/** The sections of a profile are told apart only by their headings' text. */
function isSection(section: Element, title: string): boolean {
  return section.querySelector(':scope > h4')?.textContent?.trim() === title;
}

function publicationMentions(note: Element): AuthorMention[] {
  const line = note.querySelector(SELECTORS.authorLine);
  if (!line) return [];
  const link = note.querySelector(SELECTORS.title);
  const forum = forumIdOf(link?.getAttribute('href'));
  const paper = forum ? { kind: 'openreview' as const, id: forum, title: titleText(link) } : undefined;
  return authorLineMentions(line, 'openreview-profile', paper);
}

function coAuthorMentions(section: Element): AuthorMention[] {
  return Array.from(section.querySelectorAll(SELECTORS.coAuthors.replace(/^section /, ':scope '))).flatMap(
    (element) => {
      const printed = nameText(element);
      if (!printed || isCollaboration(printed)) return [];
      const sitePersonId = openReviewPersonId(element);
      return [
        {
          printed,
          normalized: normalizeName(printed),
          pageType: 'openreview-profile' as const,
          element,
          ...(sitePersonId ? { sitePersonId } : {}),
        },
      ];
    },
  );
}

/** The units of a profile at or under `root`: each publication, and the co-author list. */
function profileUnits(root: ParentNode): Element[] {
  const own = (root as Partial<Element>).closest?.call(root, '.note, section');
  if (own?.matches('.note') && own.closest('.submissions-list')) return [own];
  const scope = own ?? root;
  const sections = own ? [own] : Array.from(root.querySelectorAll(SELECTORS.section));
  return [
    ...Array.from(scope.querySelectorAll(SELECTORS.note.replace(/^section /, ''))),
    ...sections.filter((s) => isSection(s, 'Co-Authors')),
  ];
}

/**
 * OpenReview profile page `/profile?id=~First_Last1` (docs/pages.md §6.3): the person's latest
 * publications (author lines as on listings) and their co-authors, both rendered client-side.
 * Every linked name carries its profile id.
 */
export const openReviewProfile = defineSiteAdapter({
  pageType: 'openreview-profile',
  paths: [/^\/profile\/?$/],
  selectors: SELECTORS,
  checkedOn: Object.fromEntries(Object.keys(SELECTORS).map((k) => [k, FIXTURE])),
  findUnits: profileUnits,
  findMentions(root) {
    return profileUnits(root).flatMap((unit) =>
      unit.matches('section') ? coAuthorMentions(unit) : publicationMentions(unit),
    );
  },
});

/* Test URLs:
   https://openreview.net/profile?id=~Alisa_Liu1 */
