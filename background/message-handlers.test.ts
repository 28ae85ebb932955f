import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../messaging/protocol';
import { deliverMessagesAs } from '../messaging/test-support/deliver-as';
import { foundingRoutes, llmlingua2Query } from '../profiles/test-support/founding-web';
import { createTestEnv } from '../profiles/test-support/test-env';
import type { AuthorQuery } from '../messaging/types';
import { createLookupBudget } from './lookup-budget';
import { registerMessageHandlers } from './message-handlers';

const QUERY: AuthorQuery = { printed: 'Zhuoshi Pan', normalized: 'zhuoshi pan', pageType: 'arxiv-abs' };

/** Messages come from a content script in tab `tabId`, or from a foreign sender. */
const sendFrom = deliverMessagesAs;

describe('the background refuses what a page or another extension should not get', () => {
  // The messaging library takes one listener per entry and context: the handlers are registered once.
  const t = createTestEnv();
  const { env, requests } = t;
  registerMessageHandlers(env, createLookupBudget({ burst: 2, perMinute: 1, now: () => 0 }));

  it('budgets look-ups per tab (a flood is answered "rate-limited" without touching the network) and ignores other extensions', async () => {
    sendFrom({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/list/cs/new', tabId: 7 });
    await sendMessage('lookupResearcher', { query: QUERY });
    await sendMessage('lookupResearcher', { query: QUERY });
    const before = requests.length;
    const flood = await Promise.all(
      Array.from({ length: 50 }, () => sendMessage('lookupResearcher', { query: QUERY })),
    );
    expect(flood.every((r) => !r.ok && r.reason === 'rate-limited' && r.retryAt === 60_000)).toBe(true);
    expect(requests.length).toBe(before);
    // Another tab still gets its cards.
    sendFrom({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2403.12968', tabId: 8 });
    const other = await sendMessage('lookupResearcher', { query: QUERY });
    expect(other.ok || other.reason !== 'rate-limited').toBe(true);
    // Another extension gets no answer at all (a messaging library registers its handlers once per context).
    sendFrom({ id: 'some-other-extension', url: 'https://arxiv.org/abs/2403.12968', tabId: 1 });
    await expect(sendMessage('lookupResearcher', { query: QUERY })).rejects.toThrow();
    await expect(sendMessage('rejectMatch', { query: QUERY, profileKey: 's2:1' })).rejects.toThrow();
  });

  it('keeps only an http(s) address as the homepage a card sets', async () => {
    sendFrom({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2403.12968', tabId: 7 });
    for (const url of ['javascript:alert(document.domain)', 'data:text/html,hi', 'https://'])
      expect(await sendMessage('setHomepage', { query: QUERY, profileKey: 's2:1', url })).toMatchObject({ ok: false });
    expect((await env.user.getCorrections()).homepages).toEqual({});
    expect(
      await sendMessage('setHomepage', { query: QUERY, profileKey: 's2:1', url: 'https://zpan.github.io/' }),
    ).toEqual({ ok: true });
  });

  it('opens the options page for a card of its own, and for no other extension', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    sendFrom({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2403.12968', tabId: 7 });
    expect(await sendMessage('openOptions', undefined)).toEqual({ ok: true });
    expect(open).toHaveBeenCalledOnce();
    sendFrom({ id: 'some-other-extension', url: 'https://arxiv.org/abs/2403.12968', tabId: 1 });
    await expect(sendMessage('openOptions', undefined)).rejects.toThrow();
    expect(open).toHaveBeenCalledOnce();
  });

  it('sends the early stages of a card to the one frame that asked, and only when it asked for them', async () => {
    t.route(...foundingRoutes(t.clock.now));
    const toTabs = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    sendFrom({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2403.12968', tabId: 9, frameId: 3 });
    const answer = await t.run(sendMessage('lookupResearcher', { query: llmlingua2Query(0), stagesId: 'card-1' }));
    expect(answer.ok && answer.pending).toBeUndefined();
    const sent = toTabs.mock.calls.map(([tabId, message, options]) => ({
      tabId,
      options,
      type: (message as { type: string }).type,
      data: (message as { data: { stagesId: string; stage: { pending?: string[] } } }).data,
    }));
    expect(sent.map((m) => [m.tabId, m.options, m.type, m.data.stagesId, m.data.stage.pending])).toEqual([
      [9, { frameId: 3 }, 'lookupStage', 'card-1', ['homepage', 'papers', 'code']],
      [9, { frameId: 3 }, 'lookupStage', 'card-1', ['code']],
    ]);
    // Without an id to route them by (the popup, a cached card) there are no stages to send.
    toTabs.mockClear();
    sendFrom({ id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/2403.12968', tabId: 10 });
    await t.run(sendMessage('lookupResearcher', { query: llmlingua2Query(1) }));
    expect(toTabs).not.toHaveBeenCalled();
  });
});
