import { browser } from '#imports';
import { onMessage } from '../messaging/protocol';
import { lookupResearcher } from '../profiles/lookup-researcher';

/** Wires every protocol entry to its handler. Messages from other extensions are ignored. */
export function registerMessageHandlers(): void {
  onMessage('ping', ({ sender }) => {
    assertOwnSender(sender);
    return { ok: true, version: browser.runtime.getManifest().version };
  });
  onMessage('lookupResearcher', ({ data, sender }) => {
    assertOwnSender(sender);
    return lookupResearcher(data.query);
  });
}

/** Only this extension's own pages and content scripts may ask the background for anything. */
function assertOwnSender(sender: { id?: string }): void {
  if (sender.id !== browser.runtime.id) throw new Error('Byline: message from a foreign sender ignored');
}
