/**
 * The sites where Byline marks author names. Everything site-specific outside the page adapters
 * derives from this table: the content scripts' `matches`, the options page's site switches and
 * their stored ids, the page types a mention can come from, and which of them are listings.
 * A new site is one entry here, its adapters in `sites/`, its content script in `entrypoints/`.
 * The content scripts import this file: it stays small.
 */

/**
 * How a page type is read. `paper`: one paper's byline, marked in idle time. `listing`: many
 * papers, marked in idle time; the popup lists the names looked at first. `listing-on-interest`:
 * big listings where nothing is done per name at load, and hovering a name reads its entry.
 */
export type PageKind = 'paper' | 'listing' | 'listing-on-interest';

interface SiteSpec {
  /** The name the options page shows. */
  label: string;
  /** Hosts the content script runs on (https only); its `matches` are derived from them. */
  hosts: readonly string[];
  /** The kind of paper id the site's pages carry. */
  paperKind: 'arxiv' | 'acl' | 'openreview';
  /** Every page type with an adapter in `sites/`, and how it is read. */
  pageTypes: Readonly<Record<string, PageKind>>;
  /**
   * Off until the user turns it on in the options page, which then asks for the site's hosts
   * and registers its content script at run time: the install asks for nothing on its behalf.
   */
  optIn?: true;
  /**
   * Pages are rendered and navigated client-side (a single-page app): marks follow late
   * rendering and in-page navigation (`sites/spa-marker.ts`), and the script starts on any
   * page of the site, since the user may reach a page it reads without a load.
   */
  spa?: true;
}

export const SITES = {
  arxiv: {
    label: 'arXiv',
    // ar5iv serves the same LaTeXML full text as arXiv HTML, at `/html/<id>` on both hosts.
    // `www.arxiv.org` and `www.aclanthology.org` only redirect to the bare hosts: not listed.
    hosts: ['arxiv.org', 'export.arxiv.org', 'ar5iv.labs.arxiv.org', 'ar5iv.org'],
    paperKind: 'arxiv',
    pageTypes: {
      'arxiv-abs': 'paper',
      'arxiv-listing': 'listing-on-interest',
      'arxiv-catchup': 'listing-on-interest',
      'arxiv-search': 'listing-on-interest',
      'arxiv-html': 'paper',
    },
  },
  'acl-anthology': {
    label: 'ACL Anthology',
    hosts: ['aclanthology.org'],
    paperKind: 'acl',
    pageTypes: {
      'acl-paper': 'paper',
      'acl-volume': 'listing',
      'acl-event': 'listing',
      'acl-people': 'listing',
    },
  },
  'huggingface-papers': {
    label: 'Hugging Face Papers',
    hosts: ['huggingface.co'],
    paperKind: 'arxiv',
    pageTypes: {
      'hf-paper': 'paper',
      'hf-daily': 'listing-on-interest',
    },
    optIn: true,
  },
  dblp: {
    label: 'dblp',
    hosts: ['dblp.org'],
    // Entries link arXiv (CoRR) or the ACL Anthology where they can; both kinds occur.
    paperKind: 'arxiv',
    pageTypes: {
      'dblp-person': 'listing-on-interest',
      'dblp-toc': 'listing-on-interest',
    },
    optIn: true,
  },
  openreview: {
    label: 'OpenReview',
    hosts: ['openreview.net'],
    // A forum id (`/forum?id=…`); an arXiv id instead when the page links the paper's arXiv copy.
    paperKind: 'openreview',
    pageTypes: {
      'openreview-forum': 'paper',
      'openreview-group': 'listing-on-interest',
      'openreview-profile': 'listing',
    },
    optIn: true,
    spa: true,
  },
  'google-scholar': {
    label: 'Google Scholar',
    // Only the .com host: the country hosts (scholar.google.de, .co.uk, …, over a hundred) serve
    // the same pages, but each would be one more host in the permission prompt (docs/pages.md §7).
    hosts: ['scholar.google.com'],
    // A result's own links give its arXiv (or ACL) id when it has one; most results have none.
    paperKind: 'arxiv',
    pageTypes: {
      'scholar-results': 'listing-on-interest',
      'scholar-profile': 'listing-on-interest',
    },
    optIn: true,
  },
} as const satisfies Record<string, SiteSpec>;

/** A site where cards appear. */
export type SiteId = keyof typeof SITES;

/** Every site, in the order the options page lists them. */
export const SITE_IDS = Object.keys(SITES) as SiteId[];

/** Page types Byline understands; each has one adapter in `sites/`. */
export type PageType = { [S in SiteId]: keyof (typeof SITES)[S]['pageTypes'] }[SiteId];

/** The kind of paper id a page of some site carries. */
export type SitePaperKind = (typeof SITES)[SiteId]['paperKind'];

const PAGE_SITES = new Map<string, SiteId>(
  SITE_IDS.flatMap((site) => Object.keys(SITES[site].pageTypes).map((type) => [type, site] as const)),
);

/** The site a page type belongs to (and whose switch in the options page governs it). */
export function siteOfPageType(pageType: PageType): SiteId {
  return PAGE_SITES.get(pageType) as SiteId;
}

/** How a page type is read. */
export function pageKindOf(pageType: PageType): PageKind {
  return (SITES[siteOfPageType(pageType)].pageTypes as Record<string, PageKind>)[pageType] as PageKind;
}

/** The host a URL must have for a site's pages to be read there. */
export function isSiteHost(site: SiteId, host: string): boolean {
  return (SITES[site].hosts as readonly string[]).includes(host.toLowerCase());
}

/** A site's content-script match patterns, one per host. */
export function contentScriptMatches(site: SiteId): string[] {
  return SITES[site].hosts.map((host) => `https://${host}/*`);
}

/** Whether a site is off until the user turns it on (and grants its hosts). */
export function isOptInSite(site: SiteId): boolean {
  return (SITES[site] as SiteSpec).optIn === true;
}

/** Whether a site's pages are rendered and navigated client-side. */
export function isSpaSite(site: SiteId): boolean {
  return (SITES[site] as SiteSpec).spa === true;
}

/** Sites that are off by default and run only through a content script registered at run time. */
export const OPT_IN_SITE_IDS: readonly SiteId[] = /* @__PURE__ */ SITE_IDS.filter(isOptInSite);

/** Host permissions the opt-in sites may ask for (Firefox MV2 must list them as optional). */
export const OPT_IN_SITE_ORIGINS: readonly string[] = /* @__PURE__ */ OPT_IN_SITE_IDS.flatMap(contentScriptMatches);

/** Whether a stored or imported string names a site. */
export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && Object.hasOwn(SITES, value);
}
