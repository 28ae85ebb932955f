/**
 * OpenReview's author lines, the same on forum pages, venue listings and profiles
 * (docs/pages.md §6): one `span` holding the authors in byline order, separated by ", ".
 * An author with a profile is `a[href="/profile?id=~First_Last1"]`, one known only by e-mail
 * `a[href="/profile?email=…"]`, a dblp-imported one a link to dblp.org, one with no id a bare
 * `span`; with institutions shown, each sits in `span.note-author-with-institutions` next to a
 * `sup`. Beyond 20 authors the rest are rendered only after "et al." (`a.show-all`) is clicked.
 */
import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { arxivIdIn } from '../domain/paper-id';
import type { PaperContext, SitePersonId } from '../messaging/types';
import { nameText } from './element-text';
import type { AuthorMention, PageType } from './mention';

/** A profile id as OpenReview writes it: `~`, the name's parts joined by `_`, a number. */
const PROFILE_ID = /^~[^\s~/?#&]+\d+$/u;

/** Where an author line's names sit, below the line's holder (`.note-authors`, `.forum-authors h3`). */
const IN_LINE =
  ':scope > span > :is(a:not(.show-all), span:not([class])), :scope > span > span.note-author-with-institutions > :is(a, span)';

/** Every name element of a listing's author lines: what a hover on a big page is tested against. */
export const NOTE_AUTHOR_NAMES =
  '.note .note-authors > span > a:not(.show-all), .note .note-authors > span > span:not([class]), .note .note-authors > span > span.note-author-with-institutions > :is(a, span)';

/** The name elements of one author line, in byline order. */
export function authorLineNames(holder: Element): Element[] {
  return Array.from(holder.querySelectorAll(IN_LINE));
}

/** The profile id an author link names (`/profile?id=~Jeffrey_Cheng2`), when it names one. */
export function openReviewPersonId(el: Element): Extract<SitePersonId, { kind: 'openreview' }> | undefined {
  const href = el.getAttribute('href');
  if (!href || el.localName !== 'a') return undefined;
  let id: string | null = null;
  try {
    const url = new URL(href, 'https://openreview.net');
    if (url.hostname !== 'openreview.net' || url.pathname !== '/profile') return undefined;
    id = url.searchParams.get('id');
  } catch {
    return undefined;
  }
  return id && id.length <= 200 && PROFILE_ID.test(id) ? { kind: 'openreview', id } : undefined;
}

/** The forum id of a `/forum?id=…` link or address, when it is one. */
export function forumIdOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://openreview.net');
    if (url.hostname !== 'openreview.net' || url.pathname !== '/forum') return undefined;
    const id = url.searchParams.get('id') ?? '';
    return /^[\w-]{1,64}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The arXiv id of the first `arxiv.org/abs|pdf/…` link among `links`. */
export function arxivIdOfLinks(links: Iterable<Element>): string | undefined {
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    const found = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+)$/i.exec(href);
    const id = found ? arxivIdIn(found[1] ?? '') : undefined;
    if (id) return id;
  }
  return undefined;
}

/**
 * Mentions of one author line. With a paper (`kind`/`id`), each carries it with its position;
 * every linked author carries their profile id.
 */
export function authorLineMentions(
  holder: Element,
  pageType: PageType,
  paper?: { kind: PaperContext['kind']; id: string; title: string },
): AuthorMention[] {
  const names = authorLineNames(holder);
  const authors = names.map(nameText);
  const mentions: AuthorMention[] = [];
  names.forEach((element, position) => {
    const printed = authors[position] ?? '';
    if (!printed || isCollaboration(printed)) return;
    const sitePersonId = openReviewPersonId(element);
    mentions.push({
      printed,
      normalized: normalizeName(printed),
      pageType,
      element,
      ...(paper ? { paper: { ...paper, position, authors } } : {}),
      ...(sitePersonId ? { sitePersonId } : {}),
    });
  });
  return mentions;
}
