import { isLoadedReply, LOAD_CARDS_REQUEST } from '../messaging/load-cards';
import { type BootstrapEnv, startBootstrap } from './bootstrap';

/** The two runtime calls the start-up script makes, as both browsers have them natively. */
interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(fn: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean): void;
  };
}

/**
 * Starts Byline's start-up script with the browser's own API (`browser` in Firefox, `chrome` in
 * Chrome, both promise-based for these calls): no polyfill, no framework, so the script that
 * runs at every page load stays a few kilobytes.
 */
export function startBootstrapInBrowser(interest: string): void {
  // Looked up when first needed, not at load: the first touch of the extension API costs the
  // page's main thread a few tenths of a millisecond.
  const runtime = (): Runtime => {
    const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
    const found = g.browser?.runtime ?? g.chrome?.runtime;
    if (!found) throw new Error('Byline: no extension runtime here');
    return found;
  };
  const env: BootstrapEnv = {
    document,
    global: globalThis,
    interest,
    // After an update or reload of Byline the old script's runtime is gone: it throws, and stays quiet.
    loadCards: async () => isLoadedReply(await runtime().sendMessage(LOAD_CARDS_REQUEST)),
    onMessage: (listener) =>
      runtime().onMessage.addListener((message, _sender, sendResponse) => listener(message, sendResponse)),
    nextTask: (fn) => void setTimeout(fn, 0),
    now: () => performance.now(),
    // The timeout makes sure the popup's listener is there soon even on a page that is never idle.
    idle: (fn) =>
      void requestIdleCallback(
        () => {
          try {
            fn();
          } catch {
            /* no runtime (Byline reloaded meanwhile): the popup gets no answer from this page */
          }
        },
        { timeout: 1000 },
      ),
  };
  startBootstrap(env);
}
