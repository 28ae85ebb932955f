/**
 * The per-host limiter. Its state ("next request not before", "blocked until", repeated 429s,
 * the last budget a host reported) lives in the injected KV store because the MV3 worker can
 * be stopped between two requests (docs/sources.md §8). An in-memory chain per key only serialises
 * the read-modify-write of that state inside one worker instance.
 */
import { isFiniteNumber, isRecord } from '../domain/json-guards';
import type { BotWall, RateLimitInfo } from './http-result';
import type { HostPolicy } from './host-policy';
import type { Clock, KvStore } from './net-env';

/** What Byline remembers about one host (or one host + credential). */
export interface HostState {
  nextAt: number;
  blockedUntil?: number;
  strikes: number;
  budget?: RateLimitInfo & { observedAt: number };
}

/** What a finished attempt tells the limiter. */
export type GateOutcome =
  | { type: 'answered'; rateLimit?: RateLimitInfo }
  | { type: 'rate-limited'; retryAt?: number; rateLimit?: RateLimitInfo };

/** Either how long to wait for this request's slot, or when the host accepts requests again (and why not now). */
export type GateTicket = { waitMs: number } | { blockedUntil: number; wall?: BotWall };

/** A wall a host put up, remembered until `until` (epoch ms). */
export interface WallState {
  wall: BotWall;
  until: number;
}

/** The limiter operations, bound to one store and clock. */
export interface HostGate {
  acquire(key: string, policy: HostPolicy, maxQueueMs: number): Promise<GateTicket>;
  record(key: string, policy: HostPolicy, outcome: GateOutcome): Promise<number | undefined>;
  /** Remembers a wall for the policy's `wallBlockMs`; returns until when. */
  recordWall(key: string, policy: HostPolicy, wall: BotWall): Promise<number>;
  read(key: string): Promise<HostState>;
  readWall(key: string): Promise<WallState | undefined>;
}

const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * Builds the limiter over a KV store; keys are `net:host:<key>`. Walls last a day, longer than
 * a browser session, so they go to `wallKv` (`net:wall:<key>`) when one is given: the
 * background passes `storage.local` there and `storage.session` as `kv`.
 */
export function createHostGate(kv: KvStore, clock: Clock, wallKv: KvStore = kv): HostGate {
  const chains = new Map<string, Promise<unknown>>();

  async function readWall(key: string): Promise<WallState | undefined> {
    const wall = toWallState(await wallKv.get(wallKey(key)));
    return wall && wall.until > clock.now() ? wall : undefined;
  }

  function update<R>(key: string, change: (state: HostState, now: number) => R): Promise<R> {
    const run = async (): Promise<R> => {
      const state = toHostState(await kv.get(storageKey(key)));
      const result = change(state, clock.now());
      await kv.set(storageKey(key), state);
      return result;
    };
    const next = (chains.get(key) ?? Promise.resolve()).then(run, run);
    chains.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  return {
    acquire: async (key, policy, maxQueueMs) => {
      const wall = await readWall(key);
      if (wall) return { blockedUntil: wall.until, wall: wall.wall };
      return update(key, (state, now): GateTicket => {
        if (state.blockedUntil !== undefined && state.blockedUntil > now) return { blockedUntil: state.blockedUntil };
        const startAt = Math.max(now, state.nextAt);
        // A long queue behind a slow host (dblp: 5 s apart) is worse for a hover card than an
        // honest "try again at…": refuse instead of queueing past the limit.
        if (startAt - now > maxQueueMs) return { blockedUntil: startAt };
        // A host that counts requests (GitHub's X-RateLimit-Remaining): each request in flight
        // spends one before its answer says so, so a burst never outruns what is left.
        const budget = state.budget;
        if (budget?.remaining !== undefined && budget.resetAt !== undefined && budget.resetAt > now) {
          if (budget.remaining <= 0) return { blockedUntil: budget.resetAt };
          budget.remaining -= 1;
        }
        state.nextAt = startAt + policy.minSpacingMs;
        return { waitMs: startAt - now };
      });
    },
    recordWall: async (key, policy, wall) => {
      const until = clock.now() + policy.wallBlockMs;
      await wallKv.set(wallKey(key), { wall, until } satisfies WallState);
      return until;
    },
    readWall,
    record: (key, policy, outcome) =>
      update(key, (state, now) => {
        if (outcome.rateLimit) state.budget = mergeBudget(state.budget, outcome.rateLimit, now);
        if (outcome.type === 'rate-limited') {
          state.strikes += 1;
          const backoff = Math.min(MAX_BACKOFF_MS, policy.backoffBaseMs * 2 ** (state.strikes - 1));
          state.blockedUntil = Math.max(outcome.retryAt ?? now + backoff, now);
          return state.blockedUntil;
        }
        state.strikes = 0;
        const { remaining, resetAt } = outcome.rateLimit ?? {};
        // `X-RateLimit-Remaining: 0` means the next request would fail: wait for the reset.
        if (remaining === 0 && resetAt !== undefined && resetAt > now) state.blockedUntil = resetAt;
        return undefined;
      }),
    read: async (key) => toHostState(await kv.get(storageKey(key))),
  };
}

/**
 * The budget after an answer. Within one window the lower count wins: requests still in flight
 * were already spent at `acquire` and the answer does not know of them yet. A new window (another
 * reset time) takes the host's word.
 */
function mergeBudget(previous: HostState['budget'], reported: RateLimitInfo, now: number): HostState['budget'] {
  const sameWindow = previous?.resetAt !== undefined && previous.resetAt === reported.resetAt;
  const next = { ...reported, observedAt: now };
  if (sameWindow && previous.remaining !== undefined && reported.remaining !== undefined)
    next.remaining = Math.min(previous.remaining, reported.remaining);
  return next;
}

function storageKey(key: string): string {
  return `net:host:${key}`;
}

function wallKey(key: string): string {
  return `net:wall:${key}`;
}

function toWallState(raw: unknown): WallState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { wall, until } = raw as Record<string, unknown>;
  if (!isFiniteNumber(until)) return undefined;
  return wall === 'proof-of-work' || wall === 'challenge' || wall === 'sign-in' ? { wall, until } : undefined;
}

/** Stored state is untrusted (older versions, corruption): keep only well-formed numbers. */
function toHostState(raw: unknown): HostState {
  const state: HostState = { nextAt: 0, strikes: 0 };
  if (!isRecord(raw)) return state;
  const r = raw;
  if (isFiniteNumber(r.nextAt)) state.nextAt = r.nextAt;
  if (isFiniteNumber(r.blockedUntil)) state.blockedUntil = r.blockedUntil;
  if (isFiniteNumber(r.strikes)) state.strikes = r.strikes;
  const b = r.budget;
  if (isRecord(b)) {
    const budget = b;
    if (isFiniteNumber(budget.observedAt)) {
      state.budget = { observedAt: budget.observedAt };
      if (isFiniteNumber(budget.limit)) state.budget.limit = budget.limit;
      if (isFiniteNumber(budget.remaining)) state.budget.remaining = budget.remaining;
      if (isFiniteNumber(budget.resetAt)) state.budget.resetAt = budget.resetAt;
    }
  }
  return state;
}
