import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { foundResult, PAN_QUERY } from '../components/test-support/card-fixtures';
import type { LookupResult } from '../profiles/profile';
import { createMessageBackend, createStageRouter } from './message-backend';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createStageRouter', () => {
  it('routes a stage to the lookup that opened its id, and nothing once it is closed or never opened', () => {
    let n = 0;
    const router = createStageRouter(() => `id-${++n}`);
    const a: LookupResult[] = [];
    const b: LookupResult[] = [];
    const idA = router.open((s) => a.push(s));
    const idB = router.open((s) => b.push(s));
    const stage = foundResult();
    router.deliver(idA, stage);
    router.deliver('id-unknown', stage);
    router.close(idA);
    router.deliver(idA, stage);
    router.deliver(idB, stage);
    expect(a).toEqual([stage]);
    expect(b).toEqual([stage]);
  });
});

describe('createMessageBackend, a card in stages', () => {
  it('hands over the early stages Byline’s background sends, ignores any other sender, then answers with the card', async () => {
    const found = foundResult();
    if (!found.ok) throw new Error('found');
    const stage: LookupResult = { ...found, pending: ['code'] };
    const own = { id: fakeBrowser.runtime.id };
    // The background's side, as the browser delivers it: tab messages to this content script, then the answer.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, data } = message as { type: string; data: { stagesId: string } };
      expect(type).toBe('lookupResearcher');
      const tell = (sender: object, s: LookupResult) =>
        fakeBrowser.runtime.onMessage.trigger(
          { id: 1, type: 'lookupStage', data: { stagesId: data.stagesId, stage: s }, timestamp: 0 },
          sender,
        );
      await tell({ id: 'another-extension' }, { ...found, pending: ['homepage', 'papers', 'code'] });
      await tell(own, stage);
      return { res: foundResult() };
    });
    const seen: LookupResult[] = [];
    const answer = await createMessageBackend().lookup(PAN_QUERY, (s) => seen.push(s));
    expect(seen).toEqual([stage]);
    expect(answer.ok && answer.pending).toBeUndefined();
  });
});
