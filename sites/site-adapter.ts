import type { AuthorMention, PageType } from './mention';

/**
 * One site and page type: when it applies (data, not code paths), the selectors it relies on,
 * and a pure function from a document to the author mentions on it.
 */
export interface SiteAdapter {
  /** Its site (and so the hosts it serves) is the one whose table entry lists this page type. */
  pageType: PageType;
  /** Path patterns of the pages it reads, tested against `URL.pathname`. */
  paths: readonly RegExp[];
  /**
   * Named selectors, each checked against a saved page in `tests/fixtures/pages/`.
   * `page` must match on every page of this layout: when it does not, the layout is unknown.
   */
  selectors: Readonly<Record<string, string>> & { readonly page: string };
  /** For each selector name, the fixture file (under `tests/fixtures/pages/`) it was checked on. */
  checkedOn: Readonly<Record<string, string>>;
  /**
   * Independent pieces of the page (one paper entry each) that `findMentions` can read alone,
   * so a big listing can be handled in small batches. Absent: the page is one piece.
   */
  findUnits?(root: ParentNode): Element[];
  /**
   * A selector matching every name element on big pages (listings, search results). With it
   * (and `findUnits`), names are read on interest: nothing is done per name when the page
   * loads, and hovering one reads the entry it belongs to. Without it, names are marked in idle time.
   */
  names?: string;
  /** Finds every author mention under `root`; must not throw on unexpected markup. */
  findMentions(root: ParentNode, url: URL): AuthorMention[];
}
