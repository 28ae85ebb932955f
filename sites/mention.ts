/** What a site adapter reports for one author name on a page: plain data plus the element. */
import type { AuthorQuery } from '../messaging/types';
import type { PageType } from '../domain/sites';

export type { PageType };

/** One author name found on a page. */
export interface AuthorMention extends AuthorQuery {
  element: Element;
}
