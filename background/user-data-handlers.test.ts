import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverMessagesAs } from '../messaging/test-support/deliver-as';
import { sendMessage } from '../messaging/protocol';
import { USER_DATA_LIMITS } from '../storage/follows-validate';
import { createUserData, type UserDataStore } from '../storage/user-data';
import { registerUserDataHandlers } from './user-data-handlers';

let user: UserDataStore;
let stop: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  user = createUserData();
  stop = registerUserDataHandlers(user);
  deliverMessagesAs({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
});
afterEach(() => stop());

const exportFile = (follows: Record<string, unknown>) =>
  JSON.stringify({ format: 'byline-user-data', version: 1, exportedAt: '2026-02-01T00:00:00.000Z', follows });

describe('the background is the one writer of user data', () => {
  it('keeps a card’s "Not this person" made while the options page removes another correction', async () => {
    await user.correctMention('arxiv:1#0', 'not-this-person');
    // Both at once: the card's write (in the background) and the options page's, by message.
    await Promise.all([
      user.correctMention('arxiv:2#1', 'not-this-person'),
      sendMessage('changeUserData', { part: 'mention', contextKey: 'arxiv:1#0' }),
    ]);
    expect(Object.keys((await user.getCorrections()).mentions)).toEqual(['arxiv:2#1']);
  });

  it('keeps a follow made while an import is read and merged', async () => {
    const text = exportFile({ 's2:1': { name: 'Huiqiang Jiang', followedAt: 1, lastSeenAt: 1 } });
    const [report] = await Promise.all([
      sendMessage('importUserData', { text, mode: 'merge' }),
      user.follow('s2:2', 'Zhuoshi Pan'),
    ]);
    expect(report.ok).toBe(true);
    expect(Object.keys(await user.getFollows()).sort()).toEqual(['s2:1', 's2:2']);
  });

  it('saves settings and secrets for the options page, and refuses invalid ones with the reason', async () => {
    expect(await sendMessage('changeUserData', { part: 'settings', patch: { hoverDelayMs: 800 } })).toEqual({
      ok: true,
    });
    expect((await user.getSettings()).hoverDelayMs).toBe(800);
    const bad = await sendMessage('changeUserData', { part: 'settings', patch: { hoverDelayMs: -5 } });
    expect(bad.ok).toBe(false);
    expect((await sendMessage('loadUserData', undefined)).data.settings.hoverDelayMs).toBe(800);
  });

  it('answers no web page and no other extension', async () => {
    deliverMessagesAs({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2403.12968' });
    await expect(sendMessage('loadUserData', undefined)).rejects.toThrow(/foreign sender/);
    deliverMessagesAs({ id: 'another-extension', url: 'chrome-extension://another-extension/options.html' });
    await expect(sendMessage('importUserData', { text: exportFile({}), mode: 'replace' })).rejects.toThrow(
      /foreign sender/,
    );
  });
});

describe('what is written is what the next read keeps', () => {
  it('refuses a follow whose name the next read would drop', async () => {
    const saved = await user.follow('s2:1', 'x'.repeat(400));
    expect(saved).toMatchObject({ ok: false, message: expect.stringMatching(/name missing or too long/) });
    expect(await user.getFollows()).toEqual({});
  });

  it('caps follows: one over the limit is refused, and an import over it changes nothing', async () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < USER_DATA_LIMITS.follows; i++)
      many[`s2:${i}`] = { name: `R ${i}`, followedAt: 1, lastSeenAt: 1 };
    expect((await sendMessage('importUserData', { text: exportFile(many), mode: 'replace' })).ok).toBe(true);
    expect(await user.follow('s2:new', 'One Too Many')).toMatchObject({ ok: false });
    many['s2:extra'] = { name: 'Extra', followedAt: 1, lastSeenAt: 1 };
    const report = await sendMessage('importUserData', { text: exportFile(many), mode: 'replace' });
    expect(report).toMatchObject({ ok: false });
    expect(report.message).toMatch(/Nothing imported/);
    expect(Object.keys(await user.getFollows())).toHaveLength(USER_DATA_LIMITS.follows);
  });
});
