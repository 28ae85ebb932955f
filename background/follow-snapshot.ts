import { titleKey } from '../domain/paper-title';
import type { FollowNews } from '../messaging/ui-types';
import type { NewsItem, PaperEntry, ResearcherProfile } from '../profiles/profile';
import type { FollowSnapshot } from '../storage/user-data';

/** What a followed researcher's card shows now, kept to tell the user later what is new. */
export function takeFollowSnapshot(profile: ResearcherProfile, now: number): FollowSnapshot {
  const snapshot: FollowSnapshot = {
    takenAt: now,
    paperIds: [...new Set(profile.papers.flatMap(paperKeys))],
    newsKeys: (profile.news?.value ?? []).map(newsKey),
  };
  const citations = profile.metrics?.value.citations;
  if (citations !== undefined) snapshot.citations = citations;
  if (profile.totalStars) snapshot.totalStars = profile.totalStars.value;
  return snapshot;
}

/**
 * Papers, news and counts on the card now that the snapshot did not have. A paper is old when
 * any of its ids or its title was listed: homepages sometimes link a paper to the wrong arXiv
 * id, and the title still recognises it. A news item is old when its date and text, or its
 * text alone, were listed: owners re-date items they did not change.
 */
export function compareWithSnapshot(snapshot: FollowSnapshot, profile: ResearcherProfile): FollowNews {
  const known = new Set(snapshot.paperIds);
  const knownNews = new Set(snapshot.newsKeys);
  const knownNewsText = new Set(snapshot.newsKeys.map(newsTextOf));
  const news: FollowNews = {
    papers: profile.papers.filter((p) => !paperKeys(p).some((k) => known.has(k))).map((p) => p.title),
    news: (profile.news?.value ?? [])
      .filter((n) => !knownNews.has(newsKey(n)) && !knownNewsText.has(newsTextOf(newsKey(n))))
      .map((n) => (n.date ? `${n.date}: ${n.text}` : n.text)),
  };
  const citations = profile.metrics?.value.citations;
  if (citations !== undefined && snapshot.citations !== undefined && citations > snapshot.citations)
    news.citationsGained = citations - snapshot.citations;
  const stars = profile.totalStars?.value;
  if (stars !== undefined && snapshot.totalStars !== undefined && stars > snapshot.totalStars)
    news.starsGained = stars - snapshot.totalStars;
  return news;
}

/** Stored keys stay well under the 500 characters a stored snapshot item may have. */
const KEY_CHARS = 300;

function paperKeys(paper: PaperEntry): string[] {
  const { arxiv, acl, doi, s2 } = paper.ids;
  const ids = [
    arxiv && `arxiv:${arxiv}`,
    acl && `acl:${acl.toLowerCase()}`,
    doi && `doi:${doi.toLowerCase()}`,
    s2 && `s2:${s2}`,
  ];
  return [...ids.filter((k): k is string => Boolean(k)), `title:${titleKey(paper.title).slice(0, KEY_CHARS)}`];
}

/** `date|text key`: a title key never holds a `|`, so the text is whatever follows the last one. */
function newsKey(item: NewsItem): string {
  return `${item.date ?? ''}|${titleKey(item.text)}`.slice(0, KEY_CHARS);
}

function newsTextOf(key: string): string {
  return key.slice(key.lastIndexOf('|') + 1);
}
