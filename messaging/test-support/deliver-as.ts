import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Test helper: delivers runtime messages the way the browser does, with the sender a Byline
 * page or content script would have (WXT's fake browser sends none, which the background refuses).
 */
export function deliverMessagesAs(sender: { id: string; url: string }): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find((a: unknown) => a !== undefined);
  });
}
