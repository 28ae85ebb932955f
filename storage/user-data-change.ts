import type { SecretsPatch, SettingsPatch, UserDataStore, WriteResult } from './user-data';

/**
 * A change the options page asks the background to make to the user's data. The background is
 * the only writer, so a change made here and one made on a card at the same time both land.
 */
export type UserDataChange =
  | { part: 'settings'; patch: SettingsPatch }
  | { part: 'secrets'; patch: SecretsPatch }
  /** Removes the correction for one mention. */
  | { part: 'mention'; contextKey: string }
  /** Removes the homepage the user set for a researcher. */
  | { part: 'homepage'; researcherKey: string };

/** Applies one change through the store (and so through its write queue and its checks). */
export function applyUserDataChange(user: UserDataStore, change: UserDataChange): Promise<WriteResult<unknown>> {
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
      return Promise.resolve({ ok: false, message: 'Unknown change.' });
  }
}
