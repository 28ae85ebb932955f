import { browser } from '#imports';

/**
 * Only this extension's own pages and content scripts may ask the background for anything;
 * with `pagesOnly`, only its own pages (popup, options), never a content script, which runs
 * beside a web page's scripts. Other senders get no answer at all.
 */
export function assertOwnSender(sender: { id?: string; url?: string }, { pagesOnly = false } = {}): void {
  const foreign = sender.id !== browser.runtime.id;
  const fromWebPage = pagesOnly && sender.url !== undefined && !sender.url.startsWith(browser.runtime.getURL('/'));
  if (foreign || fromWebPage) throw new Error('Byline: message from a foreign sender ignored');
}
