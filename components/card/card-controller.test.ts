import { describe, expect, it, vi } from 'vitest';
import type { LookupResult } from '../../profiles/profile';
import type { AuthorQuery } from '../../messaging/types';
import { foundResult, PAN_QUERY } from '../test-support/card-fixtures';
import {
  afterStages,
  type CardChanges,
  type CardControllerEnv,
  type CardView,
  createCardController,
} from './card-controller';

interface Target {
  query?: AuthorQuery;
}

/** A controller over stand-in lookups that resolve when the test says so. */
function setUp(opts: { userActed?: boolean } = {}) {
  const answers: Array<{
    target: Target;
    resolve(r: LookupResult): void;
    reject(e: unknown): void;
    stage(r: LookupResult): void;
  }> = [];
  const drawn: Array<{ target: Target; view: CardView }> = [];
  const changes: CardChanges = {
    rejectMatch: vi.fn(async () => {}),
    setHomepage: vi.fn(async () => {}),
    setFollow: vi.fn(async (_p, following: boolean) => following),
    grantOrigin: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
  };
  let current: Target | undefined;
  const env: CardControllerEnv<Target> = {
    queryOf: (t) => t.query,
    lookup: (target, _query, stage) =>
      new Promise<LookupResult>((resolve, reject) => {
        answers.push({ target, resolve, reject, stage });
      }),
    changes,
    current: () => current,
    changed: (target, view) => drawn.push({ target, view }),
    userActed: () => opts.userActed ?? true,
  };
  const card = createCardController(env);
  /** Opens Pan's card and lets the background answer. */
  const openPan = async (result: LookupResult = foundResult()) => {
    const pan = { query: PAN_QUERY };
    current = pan;
    void card.load(pan);
    answers.at(-1)!.resolve(result);
    await flush();
    return pan;
  };
  return { card, answers, drawn, changes, openPan, setCurrent: (t: Target | undefined) => (current = t) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createCardController', () => {
  it('shows loading, then the answer with the follow state it carries', async () => {
    const { card, answers, drawn, setCurrent } = setUp();
    const pan = { query: PAN_QUERY };
    setCurrent(pan);
    void card.load(pan);
    expect(card.view(pan)).toEqual({ state: { status: 'loading', query: PAN_QUERY }, following: false });
    expect(card.answered(pan)).toBe(false);
    answers[0]!.resolve(foundResult({ following: true }));
    await flush();
    expect(card.answered(pan)).toBe(true);
    expect(drawn.at(-1)?.view).toMatchObject({ state: { status: 'done' }, following: true });
  });

  it('asks again for a card that waits for a homepage permission, showing no stale "Allow reading" meanwhile', async () => {
    const { card, answers, openPan } = setUp();
    const waiting = foundResult({
      problems: [
        {
          source: 'homepage',
          kind: 'permission-needed',
          origin: 'https://example.edu/*',
          message: 'Byline needs your permission to read example.edu.',
        },
      ],
    });
    const pan = await openPan(waiting);
    void card.load(pan);
    expect(answers).toHaveLength(2);
    expect(card.view(pan)?.state.status).toBe('loading');
    answers[1]!.resolve(foundResult());
    await flush();
    expect(card.view(pan)).toMatchObject({ state: { status: 'done', result: { problems: [] } } });
  });

  it('looks up once per target until a retry, and a name that reads as no person gets no card', async () => {
    const { card, answers, setCurrent } = setUp();
    const pan = { query: PAN_QUERY };
    setCurrent(pan);
    const first = card.load(pan);
    expect(card.load(pan)).toBe(first);
    expect(answers).toHaveLength(1);
    expect(card.load({})).toBeUndefined();
    expect(card.view({})).toBeUndefined();
  });

  it('keeps answers for a card that is not current, without drawing them', async () => {
    const { card, answers, drawn, setCurrent } = setUp();
    const pan = { query: PAN_QUERY };
    const other = { query: { ...PAN_QUERY, printed: 'Qianhui Wu', normalized: 'qianhui wu' } };
    setCurrent(other);
    void card.load(pan);
    answers[0]!.resolve(foundResult());
    await flush();
    expect(drawn).toEqual([]);
    expect(card.view(pan)?.state.status).toBe('done');
  });

  it('turns a background that cannot be reached into a problem card', async () => {
    const { card, answers, drawn, setCurrent } = setUp();
    const pan = { query: PAN_QUERY };
    setCurrent(pan);
    void card.load(pan);
    answers[0]!.reject(new Error('Extension context invalidated.'));
    await flush();
    const shown = drawn.at(-1)?.view.state;
    expect(shown?.status === 'done' && !shown.result.ok && shown.result.reason).toBe('error');
  });

  it('follows, corrects and retries on the current card, each redrawn from the background', async () => {
    const { card, answers, drawn, changes, openPan } = setUp();
    await openPan();

    card.actions.toggleFollow();
    await flush();
    expect(changes.setFollow).toHaveBeenCalledWith(expect.objectContaining({ key: 's2:2114380531' }), true);
    expect(drawn.at(-1)?.view.following).toBe(true);

    card.actions.rejectMatch();
    await flush();
    expect(changes.rejectMatch).toHaveBeenCalledWith(PAN_QUERY, 's2:2114380531');
    // The card goes back to loading and asks again.
    expect(drawn.at(-1)?.view.state.status).toBe('loading');
    expect(answers).toHaveLength(2);

    card.actions.retry();
    expect(answers).toHaveLength(3);
    // An answer to the older lookup arriving late does not overwrite the newer one.
    answers[2]!.resolve(foundResult({ following: true }));
    answers[1]!.resolve(foundResult({ following: false }));
    await flush();
    expect(drawn.at(-1)?.view).toMatchObject({ state: { status: 'done' }, following: true });
  });

  it('changes nothing for an action the user did not make', async () => {
    const { card, answers, changes, openPan } = setUp({ userActed: false });
    await openPan();
    card.actions.toggleFollow();
    card.actions.rejectMatch();
    card.actions.setHomepage('https://example.org/');
    card.actions.grantOrigin('https://example.org/*');
    card.actions.openOptions();
    card.actions.retry();
    await flush();
    expect(changes.setFollow).not.toHaveBeenCalled();
    expect(changes.rejectMatch).not.toHaveBeenCalled();
    expect(changes.setHomepage).not.toHaveBeenCalled();
    expect(changes.grantOrigin).not.toHaveBeenCalled();
    expect(changes.openOptions).not.toHaveBeenCalled();
    expect(answers).toHaveLength(1);
  });
});

/** An early stage of Pan's card: who and where, with the given parts still coming. */
const stage = (
  pending: ('homepage' | 'papers' | 'code')[],
  over: Partial<Extract<LookupResult, { ok: true }>> = {},
) => {
  const full = foundResult(over);
  if (!full.ok) throw new Error('found');
  return {
    ...full,
    profile: { ...full.profile, papers: pending.includes('papers') ? [] : full.profile.papers },
    pending,
  };
};

describe('createCardController, a card in stages', () => {
  it('draws each early stage as it comes, then the complete card', async () => {
    const { card, answers, drawn, setCurrent } = setUp();
    const pan = { query: PAN_QUERY };
    setCurrent(pan);
    void card.load(pan);
    answers[0]!.stage(stage(['homepage', 'papers', 'code']));
    expect(drawn.at(-1)?.view.state).toMatchObject({
      status: 'done',
      result: { pending: ['homepage', 'papers', 'code'] },
    });
    expect(card.answered(pan)).toBe(false);
    answers[0]!.stage(stage(['code']));
    expect(drawn.at(-1)?.view.state).toMatchObject({ result: { pending: ['code'] } });
    answers[0]!.resolve(foundResult());
    await flush();
    const last = drawn.at(-1)?.view.state;
    expect(last?.status === 'done' && last.result.ok && last.result.pending).toBeUndefined();
    expect(card.answered(pan)).toBe(true);
    expect(drawn).toHaveLength(3);
  });

  it('drops a stage that comes after the answer', async () => {
    const { card, answers, drawn, setCurrent } = setUp();
    const pan = { query: PAN_QUERY };
    setCurrent(pan);
    void card.load(pan);
    answers[0]!.resolve(foundResult());
    await flush();
    answers[0]!.stage(stage(['code']));
    expect(drawn).toHaveLength(1);
    const shown = card.view(pan)?.state;
    expect(shown?.status === 'done' && shown.result.ok && shown.result.pending).toBeUndefined();
  });

  it('never draws the late stages of a name the pointer left for another on that other card', async () => {
    const { card, answers, drawn, setCurrent } = setUp();
    const pan = { query: PAN_QUERY };
    const wu = { query: { ...PAN_QUERY, printed: 'Qianhui Wu', normalized: 'qianhui wu' } };
    setCurrent(pan);
    void card.load(pan);
    answers[0]!.stage(stage(['homepage', 'papers', 'code']));
    setCurrent(wu);
    void card.load(wu);
    const before = drawn.length;
    answers[0]!.stage(stage(['code']));
    answers[0]!.resolve(foundResult());
    await flush();
    expect(drawn.slice(before).every((d) => d.target === wu)).toBe(true);
    expect(drawn.slice(before)).toEqual([]);
    // Wu's own card is still loading: nothing of Pan's reached it.
    expect(card.view(wu)?.state.status).toBe('loading');
  });

  it('discards the stages of a lookup a retry replaced', async () => {
    const { card, answers, drawn, openPan } = setUp();
    const pan = await openPan();
    card.actions.retry();
    expect(answers).toHaveLength(2);
    answers[0]!.stage(stage(['code'], { following: true }));
    answers[1]!.stage(stage(['homepage', 'papers', 'code']));
    expect(drawn.at(-1)?.view.state).toMatchObject({ result: { pending: ['homepage', 'papers', 'code'] } });
    answers[1]!.resolve(foundResult());
    await flush();
    expect(card.view(pan)).toMatchObject({ state: { status: 'done' }, following: false });
  });

  it('keeps what the early stages showed when the lookup then fails: only the parts still coming say so', async () => {
    const { card, answers, setCurrent } = setUp();
    const pan = { query: PAN_QUERY };
    setCurrent(pan);
    void card.load(pan);
    answers[0]!.stage(stage(['code']));
    answers[0]!.reject(new Error('Extension context invalidated.'));
    await flush();
    const shown = card.view(pan)?.state;
    if (shown?.status !== 'done' || !shown.result.ok) throw new Error('expected the card of the early stage');
    expect(shown.result.pending).toBeUndefined();
    expect(shown.result.profile.papers.length).toBeGreaterThan(0);
    expect(shown.result.problems).toEqual([
      expect.objectContaining({
        source: 'github',
        kind: 'unavailable',
        message: expect.stringContaining('background'),
      }),
    ]);
  });

  it('afterStages: an answer without early stages, or a found one, is the card as it is', () => {
    const failed: LookupResult = { ok: false, reason: 'offline', message: 'offline', problems: [] };
    expect(afterStages(undefined, failed)).toBe(failed);
    const found = foundResult();
    expect(afterStages(stage(['code']), found)).toBe(found);
  });
});
