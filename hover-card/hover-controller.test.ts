import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverController, DEFAULT_TIMINGS, type HoverEffects } from './hover-controller';

function setup() {
  const log: string[] = [];
  const signals: AbortSignal[] = [];
  const effects: HoverEffects<string> = {
    startWork: (t, signal) => {
      log.push(`work:${t}`);
      signals.push(signal);
    },
    show: (t) => log.push(`show:${t}`),
    hide: (t, reason) => log.push(`hide:${t}:${reason}`),
  };
  const timers = {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
  };
  return { log, signals, hover: createHoverController(effects, timers, DEFAULT_TIMINGS) };
}

describe('hover controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passing over a name costs nothing: no work before the 250 ms dwell', () => {
    const { log, hover } = setup();
    hover.enterTarget('a');
    vi.advanceTimersByTime(249);
    hover.leaveTarget('a');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
  });

  it('starts work at 250 ms and shows at 500 ms, not earlier', () => {
    const { log, hover } = setup();
    hover.enterTarget('a');
    vi.advanceTimersByTime(250);
    expect(log).toEqual(['work:a']);
    vi.advanceTimersByTime(249);
    expect(log).toEqual(['work:a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['work:a', 'show:a']);
    expect(hover.isOpen()).toBe(true);
  });

  it('aborts in-flight work when the pointer leaves before the card shows', () => {
    const { log, signals, hover } = setup();
    hover.enterTarget('a');
    vi.advanceTimersByTime(300);
    hover.leaveTarget('a');
    expect(signals[0]?.aborted).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['work:a']);
  });

  it('keeps the card 300 ms after leaving the name, and open while the pointer is on the card', () => {
    const { log, hover } = setup();
    hover.enterTarget('a');
    vi.advanceTimersByTime(500);
    hover.leaveTarget('a');
    vi.advanceTimersByTime(200);
    hover.enterCard();
    vi.advanceTimersByTime(5000);
    expect(hover.isOpen()).toBe(true);
    hover.leaveCard();
    vi.advanceTimersByTime(299);
    expect(hover.isOpen()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(log.at(-1)).toBe('hide:a:leave');
  });

  it('returning to the name within the grace period keeps the card', () => {
    const { hover } = setup();
    hover.enterTarget('a');
    vi.advanceTimersByTime(500);
    hover.leaveTarget('a');
    vi.advanceTimersByTime(100);
    hover.enterTarget('a');
    vi.advanceTimersByTime(1000);
    expect(hover.isOpen()).toBe(true);
  });

  it('one card at a time: a second name replaces the first', () => {
    const { log, signals, hover } = setup();
    hover.enterTarget('a');
    vi.advanceTimersByTime(500);
    hover.enterTarget('b');
    expect(log).toContain('hide:a:replaced');
    expect(signals[0]?.aborted).toBe(true);
    vi.advanceTimersByTime(500);
    expect(hover.current()).toBe('b');
    expect(log.at(-1)).toBe('show:b');
  });

  it('Esc and the close button close at once', () => {
    const { log, hover } = setup();
    hover.enterTarget('a');
    vi.advanceTimersByTime(500);
    hover.dismiss('escape');
    expect(log.at(-1)).toBe('hide:a:escape');
    expect(hover.isOpen()).toBe(false);
  });

  it('honours a configured show delay', () => {
    const { log, hover } = setup();
    hover.setTimings({ ...DEFAULT_TIMINGS, showDelayMs: 1200 });
    hover.enterTarget('a');
    vi.advanceTimersByTime(1199);
    expect(log).toEqual(['work:a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['work:a', 'show:a']);
  });
});
