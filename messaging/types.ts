/**
 * The plain data that crosses the message boundary between content scripts, Byline's pages and
 * the background. Site adapters produce it; the background reads it; nothing here holds an element.
 */
import type { PageType, SitePaperKind } from '../domain/sites';

/** The paper a name belongs to, as the page prints it. */
export interface PaperContext {
  /**
   * `arxiv` ids carry no version (`2403.12968`, `hep-th/9901001`); `acl` ids look like
   * `2024.findings-acl.57`; `openreview` ids are forum ids (`wS7PxDjy6m`).
   */
  kind: SitePaperKind;
  id: string;
  title: string;
  /** 0-based position of this author in the byline. */
  position: number;
  /** Every author of the paper as printed, in byline order (this one included). */
  authors: string[];
  /**
   * Where the page itself names this paper's code: the links, then the text, of the arXiv
   * abstract's comments line, when they mention github.com. The background reads the
   * repositories from them (`domain/github.ts`), so the content script needs no GitHub parser.
   */
  code?: string[];
}

/** A person id the site itself gives (never a guess). */
export type SitePersonId =
  | { kind: 'acl'; id: string; verified: boolean }
  /** arXiv's `searchtype=author` query ("Pan, Z"): lossy, shared by many people, not an id. */
  | { kind: 'arxiv-query'; query: string }
  /** A Google Scholar profile's `user=` id (`kukA0LcAAAAJ`), from a linked name or the profile page's URL. */
  | { kind: 'scholar'; id: string }
  /** A dblp person id (`335/2379`, `61/3234-34`), from a person link or the person page's URL. */
  | { kind: 'dblp'; id: string }
  /** A Hugging Face account name (`qianhuiwu`) an author linked to the paper by claiming it. */
  | { kind: 'hf'; id: string }
  /** An OpenReview profile id (`~Jeffrey_Cheng2`) from an author link: one person exactly. */
  | { kind: 'openreview'; id: string };

/** The serialisable part of a name on a page: what the content script asks the background about. */
export interface AuthorQuery {
  /** The name exactly as printed on the page. */
  printed: string;
  /** `normalizeName(printed)`: lower-case, ASCII-folded, punctuation-free, for matching. */
  normalized: string;
  pageType: PageType;
  /** The site's canonical form of the name when it prints a variant (ACL `citation_author`: "Radu Florian" for "R. Florian"). */
  canonicalName?: string;
  /** The name in its native script when the site gives it apart from the Latin form (ACL `citation_author` "Feng Jiang (蒋峰)" → "蒋峰"). */
  nativeName?: string;
  paper?: PaperContext;
  sitePersonId?: SitePersonId;
}
