import { browser } from '#imports';
import { onMessage } from '../messaging/protocol';
import type { UserDataChange } from '../messaging/ui-types';
import { exportUserData, importUserData } from '../storage/export-import';
import type { UserDataStore } from '../storage/user-data';

/**
 * The options page reads and changes the user's data through these entries, so the background's
 * store, with its one write queue, is the only writer: a setting saved on the options page and
 * a "Not this person" on a card at the same moment both land. Only Byline's own pages may call
 * them. Returns a stop function.
 */
export function registerUserDataHandlers(user: UserDataStore): () => void {
  const stops = [
    onMessage('loadUserData', ({ sender }) => {
      assertOwnPage(sender);
      return user.load();
    }),
    onMessage('changeUserData', async ({ data, sender }) => {
      assertOwnPage(sender);
      const result = await applyChange(user, data);
      return result.ok ? { ok: true as const } : { ok: false as const, message: result.message };
    }),
    onMessage('exportUserData', ({ data, sender }) => {
      assertOwnPage(sender);
      return exportUserData(user, { includeSecrets: data.includeSecrets === true });
    }),
    onMessage('importUserData', ({ data, sender }) => {
      assertOwnPage(sender);
      return importUserData(user, String(data.text), { mode: data.mode === 'replace' ? 'replace' : 'merge' });
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

function applyChange(user: UserDataStore, change: UserDataChange) {
  switch (change.part) {
    case 'settings':
      return user.updateSettings(change.patch);
    case 'secrets':
      return user.updateSecrets(change.patch);
    case 'mention':
      return user.correctMention(String(change.contextKey), null);
    case 'homepage':
      return user.setHomepage(String(change.researcherKey), null);
    default:
      return Promise.resolve({ ok: false as const, message: 'Unknown change.' });
  }
}

/** Only Byline's own pages: other extensions and content scripts in web pages get no answer. */
function assertOwnPage(sender: { id?: string; url?: string }): void {
  const own = sender.id === browser.runtime.id;
  const fromWebPage = sender.url !== undefined && !sender.url.startsWith(browser.runtime.getURL('/'));
  if (!own || fromWebPage) throw new Error('Byline: message from a foreign sender ignored');
}
