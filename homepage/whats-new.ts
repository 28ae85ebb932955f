/**
 * What changed on a followed researcher's homepage between two reads: papers matched by id
 * first (arXiv, ACL, DOI, OpenReview), then by normalised title; news items by date and text.
 */
import type { HomepageCard, HomepagePaper, NewsItem } from './homepage-card';

/** What appeared in the newer card that the older one did not have. */
export interface WhatsNew {
  papers: HomepagePaper[];
  news: NewsItem[];
}

/** Title key for matching: case, punctuation, quotes and spacing ignored. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function idKeys(paper: HomepagePaper): string[] {
  const { arxiv, acl, doi, openreview } = paper.ids;
  return [
    arxiv && `arxiv:${arxiv}`,
    acl && `acl:${acl.toLowerCase()}`,
    doi && `doi:${doi}`,
    openreview && `or:${openreview}`,
  ].filter((k): k is string => Boolean(k));
}

function newsKey(item: NewsItem): string {
  return `${item.date ?? ''}|${normaliseTitle(item.text)}`;
}

/** Papers and news items of `newer` that `older` does not list (same person, two reads). */
export function findWhatsNew(older: HomepageCard, newer: HomepageCard): WhatsNew {
  const oldIds = new Set(older.papers.flatMap(idKeys));
  const oldTitles = new Set(older.papers.map((p) => normaliseTitle(p.title)));
  // An id alone can be wrong (pzs19 linked REST to another paper's arXiv id, homepages.md §3.5),
  // so a paper is old when its id or its title was already listed.
  const papers = newer.papers.filter(
    (p) => !idKeys(p).some((k) => oldIds.has(k)) && !oldTitles.has(normaliseTitle(p.title)),
  );
  const oldNews = new Set(older.news.map(newsKey));
  const oldNewsText = new Set(older.news.map((n) => normaliseTitle(n.text)));
  const news = newer.news.filter((n) => !oldNews.has(newsKey(n)) && !oldNewsText.has(normaliseTitle(n.text)));
  return { papers, news };
}
