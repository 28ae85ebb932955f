import { describe, expect, it, vi } from 'vitest';
import type { LookupResult } from '../../profiles/profile';
import type { AuthorQuery } from '../../messaging/types';
import { foundResult, PAN_QUERY } from '../test-support/card-fixtures';
import { type CardChanges, type CardControllerEnv, type CardView, createCardController } from './card-controller';

interface Target {
  query?: AuthorQuery;
}

/** A controller over stand-in lookups that resolve when the test says so. */
function setUp(opts: { userActed?: boolean } = {}) {
  const answers: Array<{ target: Target; resolve(r: LookupResult): void; reject(e: unknown): void }> = [];
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
    lookup: (target) =>
      new Promise<LookupResult>((resolve, reject) => {
        answers.push({ target, resolve, reject });
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
