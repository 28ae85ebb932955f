import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Test helper: delivers runtime messages the way the browser does, with the sender a Byline
 * page or content script would have (WXT's fake browser sends none, which the background refuses).
 * With `tabId`, the sender is a content script in that tab (in frame `frameId`, the top one by default).
 */
export function deliverMessagesAs(from: { id: string; url: string; tabId?: number; frameId?: number }): void {
  const { tabId, frameId = 0, ...page } = from;
  const sender =
    tabId === undefined
      ? page
      : {
          ...page,
          frameId,
          tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
        };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find((a: unknown) => a !== undefined);
  });
}
