import type { LookupResult, ResearcherProfile } from '../../profiles/profile';
import type { AuthorQuery } from '../../messaging/types';
import type { CardActions, CardState } from './card-state';

/** What a card shows: its state, and whether the user follows the researcher on it. */
export interface CardView {
  state: CardState;
  following: boolean;
}

/** The changes a card asks of the background, as messages; tests stand in for them. */
export interface CardChanges {
  rejectMatch(query: AuthorQuery, profileKey: string): Promise<void>;
  setHomepage(query: AuthorQuery, profileKey: string, url: string): Promise<void>;
  /** Follows or unfollows the researcher on the card; answers whether the user now follows. */
  setFollow(profile: ResearcherProfile, following: boolean): Promise<boolean>;
  grantOrigin(origin: string): Promise<void>;
  openOptions(): Promise<void>;
}

/**
 * Everything the controller knows of where its card lives. `T` is what a card is about: a
 * name element for the hover card, a chosen researcher for the popup.
 */
export interface CardControllerEnv<T extends object> {
  /** The name the card is about; none for a link that reads as no person. */
  queryOf(target: T): AuthorQuery | undefined;
  /**
   * Asks again every time: failures are never cached, so a retry reaches the sources that
   * failed. Early stages of a cold card, if the backend sends them, go to `onStage`; the
   * answer is the complete card.
   */
  lookup(target: T, query: AuthorQuery, onStage: (stage: LookupResult) => void): Promise<LookupResult>;
  changes: CardChanges;
  /** The target whose card is on screen or about to be: answers for any other are kept, not drawn. */
  current(): T | undefined;
  /** The current target's card changed (an answer arrived, a follow flipped, a retry began). */
  changed(target: T, view: CardView): void;
  /** Whether the card action being handled came from the user; others never change their data. */
  userActed(): boolean;
  /** Every answer, drawn or not, as it arrives. */
  answered?(target: T, result: LookupResult): void;
}

export interface CardController<T extends object> {
  /** Starts the lookup for `target` unless one is under way or answered (or `refresh`). */
  load(target: T, refresh?: boolean): Promise<LookupResult> | undefined;
  /** What the card for `target` shows now; undefined when it has no person to show. */
  view(target: T): CardView | undefined;
  /** Whether `target` has its answer (the complete card). */
  answered(target: T): boolean;
  /** The card's actions, on the current target; closing is the host's own. */
  actions: Omit<CardActions, 'close'>;
}

/**
 * One controller for every card, the hover card's and the popup's: lookup, then loading,
 * then the early stages of a cold card as they come (the parts still coming drawn as
 * placeholders), then the answer (a profile or a problem), and the user's changes, each
 * followed by a fresh lookup so the card shows what the background now holds.
 */
export function createCardController<T extends object>(env: CardControllerEnv<T>): CardController<T> {
  const pending = new WeakMap<T, Promise<LookupResult>>();
  /** Which lookup owns each target's card: a stage or answer of any other is dropped. */
  const owner = new WeakMap<T, object>();
  /** The latest early stage of a lookup still under way. */
  const early = new WeakMap<T, FoundCard>();
  const settled = new WeakMap<T, LookupResult>();
  /** Follow state per researcher, from the latest answer or the user's own toggle. */
  const follows = new Map<string, boolean>();

  const view = (target: T): CardView | undefined => {
    const query = env.queryOf(target);
    if (!query) return undefined;
    const result = settled.get(target) ?? early.get(target);
    if (!result) return { state: { status: 'loading', query }, following: false };
    return {
      state: { status: 'done', query, result },
      following: result.ok ? (follows.get(result.profile.key) ?? false) : false,
    };
  };

  const drawIfCurrent = (target: T) => {
    const shown = view(target);
    // Stale answers are ignored: only the card that is open (or about to open) is drawn.
    if (shown && env.current() === target) env.changed(target, shown);
  };

  const load = (target: T, refresh = false): Promise<LookupResult> | undefined => {
    // A card waiting for the user to allow a homepage's origin is asked for again: once the user
    // allows it (in Byline's options tab), hovering the name again shows the homepage's facts.
    const waiting = settled.get(target)?.problems.some((p) => p.kind === 'permission-needed') ?? false;
    if (!refresh && !waiting && pending.has(target)) return pending.get(target);
    const query = env.queryOf(target);
    if (!query) return undefined;
    // The old answer is not shown meanwhile: it would still say "Allow reading" after the user did.
    if (waiting) settled.delete(target);
    const ticket = {};
    owner.set(target, ticket);
    early.delete(target);
    const onStage = (stage: LookupResult) => {
      // A stage of a lookup a newer one replaced, or one that came after the answer, is dropped.
      if (owner.get(target) !== ticket || settled.has(target) || !stage.ok) return;
      early.set(target, stage);
      follows.set(stage.profile.key, stage.following);
      drawIfCurrent(target);
    };
    const answer = env.lookup(target, query, onStage).catch(
      (e: unknown): LookupResult => ({
        ok: false,
        reason: 'error',
        message: `Byline could not reach its background (${String(e)}).`,
        problems: [],
      }),
    );
    pending.set(target, answer);
    void answer.then((answered) => {
      // A newer lookup for the same target (a retry) owns the card now.
      if (owner.get(target) !== ticket) return;
      const result = afterStages(early.get(target), answered);
      early.delete(target);
      settled.set(target, result);
      if (result.ok) follows.set(result.profile.key, result.following);
      env.answered?.(target, result);
      drawIfCurrent(target);
    });
    return answer;
  };

  /** The current target and its answer, when the user asked for the action. */
  const acting = () => {
    if (!env.userActed()) return undefined;
    const target = env.current();
    if (!target) return undefined;
    const query = env.queryOf(target);
    const result = settled.get(target);
    return query && result?.ok ? { target, query, profile: result.profile } : undefined;
  };

  const refresh = (target: T) => {
    settled.delete(target);
    early.delete(target);
    drawIfCurrent(target);
    void load(target, true);
  };

  return {
    load,
    view,
    answered: (target) => settled.has(target),
    actions: {
      retry: () => {
        const target = env.userActed() ? env.current() : undefined;
        if (target) refresh(target);
      },
      rejectMatch: () => {
        const cur = acting();
        if (cur) void env.changes.rejectMatch(cur.query, cur.profile.key).then(() => refresh(cur.target));
      },
      setHomepage: (url) => {
        const cur = acting();
        if (cur) void env.changes.setHomepage(cur.query, cur.profile.key, url).then(() => refresh(cur.target));
      },
      toggleFollow: () => {
        const cur = acting();
        if (!cur) return;
        const key = cur.profile.key;
        void env.changes.setFollow(cur.profile, !(follows.get(key) ?? false)).then((now) => {
          follows.set(key, now);
          drawIfCurrent(cur.target);
        });
      },
      grantOrigin: (origin) => {
        if (env.userActed()) void env.changes.grantOrigin(origin);
      },
      openOptions: () => {
        if (env.userActed()) void env.changes.openOptions();
      },
    },
  };
}

type FoundCard = Extract<LookupResult, { ok: true }>;

/** The source a part still coming is named after, when the lookup fails before it arrives. */
const PART_SOURCE = { homepage: 'homepage', papers: 'semantic-scholar', code: 'github' } as const;

/**
 * The card once the answer is in. A lookup that failed after its early stages (the background
 * went away, a bug) keeps what those stages showed: the parts still coming get a line saying
 * why, instead of the whole card turning into an error.
 */
export function afterStages(stage: FoundCard | undefined, answer: LookupResult): LookupResult {
  if (answer.ok || !stage) return answer;
  const { pending = [], ...shown } = stage;
  const missing = pending[0];
  return {
    ...shown,
    problems: [
      ...shown.problems,
      ...answer.problems,
      ...(missing ? [{ source: PART_SOURCE[missing], kind: 'unavailable' as const, message: answer.message }] : []),
    ],
  };
}
