import { browser } from '#imports';
import { onMessage, sendMessage } from '../messaging/protocol';
import type { LookupEnv } from '../profiles/lookup-env';
import { lookupResearcher, type StageListener } from '../profiles/lookup-researcher';
import { mentionContextKey } from '../storage/user-data';
import { createLookupBudget, DEFAULT_LOOKUP_BUDGET, type LookupBudget } from './lookup-budget';
import { assertOwnSender } from './own-sender';
import { registerUiHandlers } from './ui-handlers';
import { registerUserDataHandlers } from './user-data-handlers';

/** Wires every protocol entry to its handler. Messages from other extensions are ignored; look-ups are budgeted per tab. */
export function registerMessageHandlers(
  env: LookupEnv,
  budget: LookupBudget = createLookupBudget({ ...DEFAULT_LOOKUP_BUDGET, now: () => Date.now() }),
): void {
  onMessage('ping', ({ sender }) => {
    assertOwnSender(sender);
    return { ok: true, version: browser.runtime.getManifest().version };
  });
  onMessage('cardSettings', async ({ data, sender }) => {
    assertOwnSender(sender);
    const settings = await env.user.getSettings();
    return { enabled: settings.cardsEnabled && settings.sites[data.site], hoverDelayMs: settings.hoverDelayMs };
  });
  onMessage('lookupResearcher', ({ data, sender }) => {
    assertOwnSender(sender);
    // A page can fire synthetic hovers at every name it has: each tab gets a bounded budget.
    const allowed = budget.take(`tab:${sender.tab?.id ?? 'none'}`);
    if (!allowed.ok)
      return {
        ok: false as const,
        reason: 'rate-limited' as const,
        message: 'This page asked for more cards than anyone could read; Byline pauses it for a moment.',
        problems: [],
        retryAt: allowed.retryAt,
      };
    return lookupResearcher(data.query, env, stagesTo(sender, data.stagesId));
  });
  onMessage('rejectMatch', async ({ data, sender }) => {
    assertOwnSender(sender);
    await env.user.correctMention(mentionContextKey(data.query), 'not-this-person');
    return { ok: true as const };
  });
  onMessage('setHomepage', async ({ data, sender }) => {
    assertOwnSender(sender);
    // The store refuses anything but an http(s) address, with a message the card shows.
    const saved = await env.user.setHomepage(data.profileKey, data.url);
    // The homepage Byline read before is no longer the one to show.
    return saved.ok ? { ok: true as const } : { ok: false as const, message: saved.message };
  });
  onMessage('requestOrigin', async ({ data, sender }) => {
    assertOwnSender(sender);
    // Permissions can only be granted from an extension page after a click: open Byline's.
    await browser.tabs.create({
      url: browser.runtime.getURL(`/options.html#grant=${encodeURIComponent(data.origin)}`),
    });
    return { ok: true as const };
  });
  onMessage('openOptions', async ({ sender }) => {
    assertOwnSender(sender);
    // A content script may not open extension pages itself; the options page opens in a tab.
    await browser.runtime.openOptionsPage();
    return { ok: true as const };
  });
  registerUiHandlers(env);
  registerUserDataHandlers(env.user);
}

/**
 * Where the early stages of a card go: back to the one frame of the one tab that asked, never
 * broadcast. Only the extension's own content scripts can receive a tab message, so no page
 * script sees them. A frame that went away meanwhile simply misses them.
 */
function stagesTo(sender: { tab?: { id?: number }; frameId?: number }, stagesId: string | undefined) {
  const tabId = sender.tab?.id;
  if (stagesId === undefined || tabId === undefined) return undefined;
  const frameId = sender.frameId ?? 0;
  const listener: StageListener = (stage) => {
    void sendMessage('lookupStage', { stagesId, stage }, { tabId, frameId }).catch(() => undefined);
  };
  return listener;
}
