import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliverMessagesAs } from '../messaging/test-support/deliver-as';
import { createTestEnv } from '../profiles/test-support/test-env';
import { registerMessageHandlers } from '../background/message-handlers';
import { DEFAULT_TIMINGS } from './hover-controller';
import { loadCardSettings } from './card-settings';

describe('card settings on a page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs with the defaults when the background cannot answer', async () => {
    expect(await loadCardSettings('arxiv')).toEqual({ enabled: true, timings: DEFAULT_TIMINGS });
  });

  it('follows the user: hover delay, and a site switched off', async () => {
    const env = createTestEnv().env;
    registerMessageHandlers(env);
    deliverMessagesAs({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2403.12968' });
    await env.user.updateSettings({ hoverDelayMs: 900, sites: { 'acl-anthology': false } });
    expect(await loadCardSettings('arxiv')).toEqual({
      enabled: true,
      timings: { ...DEFAULT_TIMINGS, showDelayMs: 900 },
    });
    expect((await loadCardSettings('acl-anthology')).enabled).toBe(false);
    await env.user.updateSettings({ cardsEnabled: false });
    expect((await loadCardSettings('arxiv')).enabled).toBe(false);
  });
});
