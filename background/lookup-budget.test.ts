import { describe, expect, it } from 'vitest';
import { createLookupBudget } from './lookup-budget';

describe('createLookupBudget', () => {
  it('allows a burst, then refuses, and says when the next look-up is allowed', () => {
    let t = 1_000_000;
    const budget = createLookupBudget({ burst: 3, perMinute: 6, now: () => t });
    expect([budget.take('tab:1'), budget.take('tab:1'), budget.take('tab:1')].every((r) => r.ok)).toBe(true);
    const refused = budget.take('tab:1');
    expect(refused).toEqual({ ok: false, retryAt: t + 10_000 });
    t += 10_000;
    expect(budget.take('tab:1').ok).toBe(true);
    expect(budget.take('tab:1').ok).toBe(false);
  });

  it('keeps tabs apart: one page flooding does not stop another', () => {
    const budget = createLookupBudget({ burst: 2, perMinute: 1, now: () => 0 });
    for (let i = 0; i < 100; i++) budget.take('tab:1');
    expect(budget.take('tab:1').ok).toBe(false);
    expect(budget.take('tab:2').ok).toBe(true);
  });

  it('a flood of 2,000 hovers in a minute gets at most burst + refill through', () => {
    let t = 0;
    const budget = createLookupBudget({ burst: 30, perMinute: 30, now: () => t });
    let allowed = 0;
    for (let i = 0; i < 2000; i++) {
      t = i * 30; // 2,000 requests over 60 s
      if (budget.take('tab:9').ok) allowed++;
    }
    expect(allowed).toBeLessThanOrEqual(30 + 30);
    expect(allowed).toBeGreaterThanOrEqual(30);
  });

  it('never refills past the burst, however long the tab was idle', () => {
    let t = 0;
    const budget = createLookupBudget({ burst: 2, perMinute: 60, now: () => t });
    budget.take('a');
    t = 10 * 60_000;
    expect([budget.take('a'), budget.take('a'), budget.take('a')].map((r) => r.ok)).toEqual([true, true, false]);
  });

  it('remembers a bounded number of tabs', () => {
    const budget = createLookupBudget({ burst: 1, perMinute: 1, now: () => 0 });
    budget.take('first');
    for (let i = 0; i < 600; i++) budget.take(`tab:${i}`);
    // The oldest bucket was forgotten, so it starts full again; memory stays bounded either way.
    expect(budget.take('first').ok).toBe(true);
  });
});
