import { browser } from '#imports';
import type { SiteId } from '../domain/sites';
import { isLoadCardsRequest, type LoadCardsReply } from '../messaging/load-cards';
import { createUserData } from '../storage/user-data';
import { cardsInjectionFor, type CardsSender, createInjectedDocuments } from './card-scripts';

/** The target `scripting.executeScript` takes: one document where the browser names it (Chrome), else one frame. */
type Target = { tabId: number; frameIds?: number[]; documentIds?: string[] };

/**
 * Answers the start-up scripts' "load the cards" (hover-card/bootstrap.ts) by injecting the
 * site's card script into the sender's frame, in the same isolated world. Needs `scripting` and
 * the page's host permission (arXiv and the ACL Anthology are in `host_permissions`; an opt-in
 * site's hosts are granted when the user turns it on).
 */
export function answerCardRequests(): void {
  const user = createUserData();
  const injected = createInjectedDocuments();
  const env = {
    extensionId: browser.runtime.id,
    siteOn: async (site: SiteId) => (await user.load()).data.settings.sites[site] === true,
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: CardsSender) => {
    if (!isLoadCardsRequest(message)) return undefined;
    return loadCards(sender).catch((): LoadCardsReply => ({ ok: false }));
  });

  async function loadCards(sender: CardsSender): Promise<LoadCardsReply> {
    const decided = await cardsInjectionFor(sender, env);
    if (!decided.ok) return { ok: false };
    const { tabId, frameId, documentId, file } = decided.injection;
    if (!injected.firstTime(documentId)) return { ok: false };
    const target: Target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({
      target: target as { tabId: number },
      files: [file],
    });
    return { ok: true };
  }
}
