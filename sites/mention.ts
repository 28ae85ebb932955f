/** What a site adapter reports for one author name on a page: plain data plus the element. */
import type { AuthorQuery } from '../messaging/types';

/** Page types Byline understands; each has one adapter in `sites/`. */
export type PageType =
  | 'arxiv-abs'
  | 'arxiv-listing'
  | 'arxiv-catchup'
  | 'arxiv-search'
  | 'arxiv-html'
  | 'acl-paper'
  | 'acl-volume'
  | 'acl-event'
  | 'acl-people';

/** One author name found on a page. */
export interface AuthorMention extends AuthorQuery {
  element: Element;
}
