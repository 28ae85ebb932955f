import { browser } from '#imports';
import { onMessage } from '../messaging/protocol';
import type { LookupEnv } from '../profiles/lookup-env';
import { lookupResearcher } from '../profiles/lookup-researcher';
import { mentionContextKey } from '../storage/user-data';
import { registerUiHandlers } from './ui-handlers';

/** Wires every protocol entry to its handler. Messages from other extensions are ignored. */
export function registerMessageHandlers(env: LookupEnv): void {
  onMessage('ping', ({ sender }) => {
    assertOwnSender(sender);
    return { ok: true, version: browser.runtime.getManifest().version };
  });
  onMessage('lookupResearcher', ({ data, sender }) => {
    assertOwnSender(sender);
    return lookupResearcher(data.query, env);
  });
  onMessage('rejectMatch', async ({ data, sender }) => {
    assertOwnSender(sender);
    await env.user.correctMention(mentionContextKey(data.query), 'not-this-person');
    return { ok: true as const };
  });
  onMessage('setHomepage', async ({ data, sender }) => {
    assertOwnSender(sender);
    if (!/^https?:\/\//i.test(data.url)) return { ok: false as const, message: 'A homepage must be an http(s) address.' };
    const saved = await env.user.setHomepage(data.profileKey, data.url);
    // The homepage Byline read before is no longer the one to show.
    return saved.ok ? { ok: true as const } : { ok: false as const, message: saved.message };
  });
  onMessage('isFollowing', async ({ data, sender }) => {
    assertOwnSender(sender);
    return { following: Boolean((await env.user.getFollows())[data.profileKey]) };
  });
  onMessage('requestOrigin', async ({ data, sender }) => {
    assertOwnSender(sender);
    // Permissions can only be granted from an extension page after a click: open Byline's.
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#grant=${encodeURIComponent(data.origin)}`) });
    return { ok: true as const };
  });
  registerUiHandlers(env);
}

/** Only this extension's own pages and content scripts may ask the background for anything. */
function assertOwnSender(sender: { id?: string }): void {
  if (sender.id !== browser.runtime.id) throw new Error('Byline: message from a foreign sender ignored');
}
