/**
 * What a page can see of an extension's cost in Firefox, where there is no trace: a frame
 * heartbeat (gaps between animation frames show the page blocked), when names were marked
 * (attribute mutations, recorded only as times so the probe costs little), and whether the
 * browser reports long tasks at all. Installed before the page's own scripts.
 */
export interface FirefoxProbe {
  frames: number[];
  firstMark?: number;
  lastMark?: number;
  longTasks: number[];
  longTaskSupported: boolean;
}

export function installFirefoxProbe(): void {
  const probe: FirefoxProbe = {
    frames: [],
    longTasks: [],
    longTaskSupported: PerformanceObserver.supportedEntryTypes.includes('longtask'),
  };
  (window as unknown as { __bylineProbe: FirefoxProbe }).__bylineProbe = probe;
  const frame = (t: number) => {
    probe.frames.push(t);
    if (t < 20_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver(() => {
    const t = performance.now();
    probe.firstMark ??= t;
    probe.lastMark = t;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-byline-author'] });
  if (probe.longTaskSupported)
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push(e.duration);
    }).observe({
      type: 'longtask',
      buffered: true,
    });
}

/** Longest frame gap and blocked time (sum of each gap beyond one frame) from `from` to `to`. */
export function readFirefoxProbe(window_: { from: 'load'; lengthMs: number }): {
  longestGapMs: number;
  blockedMs: number;
  loadAt: number;
  firstMark?: number;
  lastMark?: number;
  longTaskSupported: boolean;
  longestLongTaskMs?: number;
} {
  const probe = (window as unknown as { __bylineProbe: FirefoxProbe }).__bylineProbe;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const loadAt = nav?.loadEventEnd ?? 0;
  const end = loadAt + window_.lengthMs;
  let longestGapMs = 0;
  let blockedMs = 0;
  for (let i = 1; i < probe.frames.length; i++) {
    const a = probe.frames[i - 1] as number;
    const b = probe.frames[i] as number;
    if (b < loadAt || a > end) continue;
    longestGapMs = Math.max(longestGapMs, b - a);
    blockedMs += Math.max(0, b - a - 1000 / 60);
  }
  return {
    longestGapMs,
    blockedMs,
    loadAt,
    firstMark: probe.firstMark,
    lastMark: probe.lastMark,
    longTaskSupported: probe.longTaskSupported,
    longestLongTaskMs: probe.longTasks.length ? Math.max(...probe.longTasks) : undefined,
  };
}
