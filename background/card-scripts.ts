import type { ScriptPublicPath } from '#imports';
import { isOptInSite, isSiteHost, SITE_IDS, type SiteId } from '../domain/sites';

/*
 * The background's half of loading the cards on interest (hover-card/bootstrap.ts): a start-up
 * script asks, and the background injects its site's card script into the sender's own frame
 * (document, where the browser says which), never anywhere else. The page cannot send this
 * message (only Byline's own scripts reach runtime.onMessage), and whatever the message says
 * is ignored: the tab, frame, document and page address all come from the browser's sender.
 */

/**
 * The card script of each site, as built from `entrypoints/*.content`: one per site, each with
 * only its own adapters, so adding a site does not grow the script another site's pages load.
 */
export const CARD_SCRIPT_FILES = {
  arxiv: '/content-scripts/arxiv.js',
  'acl-anthology': '/content-scripts/acl.js',
  'huggingface-papers': '/content-scripts/hf.js',
  dblp: '/content-scripts/dblp.js',
  openreview: '/content-scripts/openreview.js',
  'google-scholar': '/content-scripts/scholar.js',
} as const satisfies Record<SiteId, ScriptPublicPath>;

/** The sender of a message, as both browsers describe a content script. */
export interface CardsSender {
  id?: string;
  url?: string;
  frameId?: number;
  /** Chrome only: the exact document that sent the message. */
  documentId?: string;
  tab?: { id?: number };
}

/** Where to inject what: one frame of one tab (one document in Chrome), one file. */
export interface CardsInjection {
  tabId: number;
  frameId: number;
  documentId?: string;
  file: ScriptPublicPath;
  site: SiteId;
}

/** What the decision needs of the browser and the user's settings. */
export interface CardScriptsEnv {
  extensionId: string;
  /** Whether the user turned an opt-in site on (its hosts' grant is the browser's to check). */
  siteOn(site: SiteId): Promise<boolean>;
}

/**
 * Which card script goes where for a "load the cards" request, or why none: only a content
 * script of this extension (an id, a tab, a frame, a page address) on a page of one of Byline's
 * sites over https, and for an opt-in site only while it is on.
 */
export async function cardsInjectionFor(
  sender: CardsSender,
  env: CardScriptsEnv,
): Promise<{ ok: true; injection: CardsInjection } | { ok: false; reason: string }> {
  if (sender.id !== env.extensionId) return { ok: false, reason: 'foreign sender' };
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || tabId < 0 || frameId === undefined || !sender.url)
    return { ok: false, reason: 'not a content script' };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { ok: false, reason: 'no page address' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not an https page' };
  const site = SITE_IDS.find((id) => isSiteHost(id, url.hostname));
  if (!site) return { ok: false, reason: 'not a page of a supported site' };
  if (isOptInSite(site) && !(await env.siteOn(site))) return { ok: false, reason: `${site} is off` };
  const file = CARD_SCRIPT_FILES[site];
  return {
    ok: true,
    injection: { tabId, frameId, ...(sender.documentId ? { documentId: sender.documentId } : {}), file, site },
  };
}

/**
 * Remembers the documents that got their cards, so a second request from the same document
 * (a start-up script asks once; a second copy would have to be injected by someone else)
 * injects nothing. Only documents the browser names (Chrome's documentId) can be told apart.
 */
export function createInjectedDocuments(limit = 500): { firstTime(documentId: string | undefined): boolean } {
  const seen = new Set<string>();
  return {
    firstTime(documentId) {
      if (documentId === undefined) return true;
      if (seen.has(documentId)) return false;
      seen.add(documentId);
      // Bounded: the oldest documents are long gone by the time 500 others asked.
      if (seen.size > limit) seen.delete(seen.values().next().value as string);
      return true;
    },
  };
}
