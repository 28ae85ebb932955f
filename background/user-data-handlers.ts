import { onMessage } from '../messaging/protocol';
import { exportUserData, importUserData } from '../storage/export-import';
import type { UserDataStore } from '../storage/user-data';
import { applyUserDataChange } from '../storage/user-data-change';
import { assertOwnSender } from './own-sender';

/**
 * The options page reads and changes the user's data through these entries, so the background's
 * store, with its one write queue, is the only writer: a setting saved on the options page and
 * a "Not this person" on a card at the same moment both land. Only Byline's own pages may call
 * them. Returns a stop function.
 */
export function registerUserDataHandlers(user: UserDataStore): () => void {
  const stops = [
    onMessage('loadUserData', ({ sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      return user.load();
    }),
    onMessage('changeUserData', async ({ data, sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      const result = await applyUserDataChange(user, data);
      return result.ok ? { ok: true as const } : { ok: false as const, message: result.message };
    }),
    onMessage('exportUserData', ({ data, sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      return exportUserData(user, { includeSecrets: data.includeSecrets === true });
    }),
    onMessage('importUserData', ({ data, sender }) => {
      assertOwnSender(sender, { pagesOnly: true });
      return importUserData(user, String(data.text), { mode: data.mode === 'replace' ? 'replace' : 'merge' });
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
