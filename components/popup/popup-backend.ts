import { browser } from '#imports';
import { type PageResearcher, sendMessage } from '../../messaging/protocol';
import type { FollowSummary, SearchResult } from '../../messaging/ui-types';
import type { LookupResult, ResearcherProfile } from '../../profiles/profile';
import type { AuthorQuery } from '../../messaging/types';

/** Whom a card in the popup is about: a name on the page, or a researcher known by key. */
export type PopupTarget = { kind: 'page'; query: AuthorQuery } | { kind: 'key'; key: string; name: string };

/** The researchers of the active tab, or why there are none to show. */
export type PageAnswer = { ok: true; researchers: PageResearcher[] } | { ok: false };

/** What the popup asks of the browser and the background; tests stand in for it. */
export interface PopupBackend {
  pageResearchers(): Promise<PageAnswer>;
  search(name: string): Promise<SearchResult>;
  listFollows(): Promise<FollowSummary[]>;
  lookup(target: PopupTarget): Promise<LookupResult>;
  setFollow(profile: ResearcherProfile, following: boolean): Promise<boolean>;
  markSeen(profile: ResearcherProfile): Promise<void>;
  rejectMatch(query: AuthorQuery, profileKey: string): Promise<void>;
  setHomepage(query: AuthorQuery, profileKey: string, url: string): Promise<void>;
  grantOrigin(origin: string): Promise<void>;
  openOptions(): Promise<void>;
}

/**
 * The popup's backend over the message protocol and the tabs API. `tabId` pins the popup to
 * one tab (`popup.html?tab=<id>`, for the popup opened as a page of its own); otherwise it
 * reads the active tab.
 */
export function createPopupBackend(tabId?: number): PopupBackend {
  return {
    async pageResearchers() {
      const [tab] =
        tabId !== undefined ? [{ id: tabId }] : await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return { ok: false };
      try {
        return { ok: true, researchers: await sendMessage('pageResearchers', undefined, tab.id) };
      } catch {
        // No Byline content script in this tab: not arXiv or the ACL Anthology (or opened before install).
        return { ok: false };
      }
    },
    search: (name) => sendMessage('searchResearchers', { name }),
    listFollows: () => sendMessage('listFollows', undefined),
    lookup: (target) =>
      target.kind === 'page'
        ? sendMessage('lookupResearcher', { query: target.query })
        : sendMessage('lookupByKey', { key: target.key, name: target.name }),
    setFollow: async (profile, following) => (await sendMessage('setFollow', { profile, following })).following,
    markSeen: async (profile) => void (await sendMessage('markFollowSeen', { profile })),
    rejectMatch: async (query, profileKey) => void (await sendMessage('rejectMatch', { query, profileKey })),
    setHomepage: async (query, profileKey, url) => void (await sendMessage('setHomepage', { query, profileKey, url })),
    grantOrigin: async (origin) => void (await sendMessage('requestOrigin', { origin })),
    openOptions: () => browser.runtime.openOptionsPage(),
  };
}
