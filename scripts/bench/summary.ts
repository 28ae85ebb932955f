import type { BundleSize } from './bundle';
import type { PageCostRuns, PageCostSample } from './chromium-page-cost';
import type { FirefoxRuns, FirefoxSample } from './firefox';
import type { HoverRuns } from './hover';
import { spread, spreadOf, type Spread } from './stats';

/** The product's budgets (scripts/bench/README.md, "Budgets"), as numbers the bench checks. */
export const BUDGETS = {
  ratioToBare: 2,
  longestTaskMs: 16,
  /** CPU of the task that evaluates the content script when the page loads. */
  loadTaskCpuMs: 3,
  requestsBeforeHover: 0,
  cachedCardMs: 1000 / 60,
  contentScriptGzipKB: 25,
};

export interface ChromiumSize {
  entries: number;
  links: number;
  marked: Spread;
  /** On pages read on interest: whether a hover on the last name was answered in every load. */
  answersHover?: boolean;
  bareFirstMs: Spread;
  bareWarmMs: Spread;
  bylineMs: Spread;
  scriptUrlMs: Spread;
  longestTaskMs: Spread;
  extensionTasks: Spread;
  cpuMs: Spread;
  longestTaskCpuMs: Spread;
  evaluateMs: Spread;
  idleMs: Spread;
  longestIdleMs: Spread;
  otherMs: Spread;
  evaluateCpuMs: Spread;
  longestIdleCpuMs: Spread;
  /** Byline's main-thread time over the first bare pass, medians. */
  ratio: number;
  busyWithoutMs: Spread;
  busyWithMs: Spread;
  heapWithoutMB: Spread;
  heapWithMB: Spread;
  markedAfterLoadMs: Spread;
  requestsBeforeHover: number;
}

export interface FirefoxSize {
  entries: number;
  links: number;
  marked: Spread;
  bareFirstMs: Spread;
  markedAfterLoadMs: Spread;
  markingSpanMs: Spread;
  frameGapWithoutMs: Spread;
  frameGapWithMs: Spread;
  blockedWithoutMs: Spread;
  blockedWithMs: Spread;
  longTaskSupported: boolean;
  requestsBeforeHover: number;
}

export interface HoverSummary {
  showDelayMs: number;
  latencyMs: number;
  coldShownMs: Spread;
  coldCardMs: Spread;
  warmCardMs: Spread;
  /** The same hover with the cards already loaded; warm minus this is the first hover's added latency. */
  againCardMs: Spread;
  /** The browser's own delay from the pointer event's timestamp to the page receiving it. */
  inputDelayMs: Spread;
  coldStatus: string[];
  /** Median requests per cold card, per host. */
  coldRequests: Record<string, number>;
  warmRequests: Record<string, number>;
  /** Every request of the first cold card, to check it made no more than it needed. */
  coldRequestLog: string[];
}

const maxOf = <T>(xs: T[], f: (x: T) => number) => Math.max(0, ...xs.map(f));

export function summarizeChromium(runs: PageCostRuns): ChromiumSize[] {
  return Object.entries(runs).map(([n, { with: w, without: wo }]) => {
    const bylineMs = spreadOf<PageCostSample>(w, 'extensionMs');
    const bareFirstMs = spreadOf<PageCostSample>(wo, 'bareFirstMs');
    return {
      entries: Number(n),
      links: wo[0]?.links ?? 0,
      marked: spreadOf<PageCostSample>(w, 'marked'),
      answersHover: w.some((s) => s.answersHover !== undefined) ? w.every((s) => s.answersHover !== false) : undefined,
      bareFirstMs,
      bareWarmMs: spreadOf<PageCostSample>(wo, 'bareWarmMs'),
      bylineMs,
      scriptUrlMs: spreadOf<PageCostSample>(w, 'scriptUrlMs'),
      longestTaskMs: spreadOf<PageCostSample>(w, 'longestTaskMs'),
      extensionTasks: spreadOf<PageCostSample>(w, 'extensionTasks'),
      cpuMs: spreadOf<PageCostSample>(w, 'extensionCpuMs'),
      longestTaskCpuMs: spreadOf<PageCostSample>(w, 'longestTaskCpuMs'),
      evaluateMs: spreadOf<PageCostSample>(w, 'evaluateMs'),
      idleMs: spreadOf<PageCostSample>(w, 'idleMs'),
      longestIdleMs: spreadOf<PageCostSample>(w, 'longestIdleMs'),
      otherMs: spreadOf<PageCostSample>(w, 'otherMs'),
      evaluateCpuMs: spreadOf<PageCostSample>(w, 'evaluateCpuMs'),
      longestIdleCpuMs: spreadOf<PageCostSample>(w, 'longestIdleCpuMs'),
      ratio: bylineMs.median / bareFirstMs.median,
      busyWithoutMs: spreadOf<PageCostSample>(wo, 'totalBusyMs'),
      busyWithMs: spreadOf<PageCostSample>(w, 'totalBusyMs'),
      heapWithoutMB: spreadOf<PageCostSample>(wo, 'heapMB'),
      heapWithMB: spreadOf<PageCostSample>(w, 'heapMB'),
      markedAfterLoadMs: spreadOf<PageCostSample>(w, 'markedAfterLoadMs'),
      requestsBeforeHover: maxOf(w, (s) => s.requestsBeforeHover),
    };
  });
}

export function summarizeFirefox(runs: FirefoxRuns): FirefoxSize[] {
  return Object.entries(runs).map(([n, { with: w, without: wo }]) => ({
    entries: Number(n),
    links: wo[0]?.links ?? 0,
    marked: spreadOf<FirefoxSample>(w, 'marked'),
    bareFirstMs: spreadOf<FirefoxSample>(wo, 'bareFirstMs'),
    markedAfterLoadMs: spreadOf<FirefoxSample>(w, 'markedAfterLoadMs'),
    markingSpanMs: spreadOf<FirefoxSample>(w, 'markingSpanMs'),
    frameGapWithoutMs: spreadOf<FirefoxSample>(wo, 'longestFrameGapMs'),
    frameGapWithMs: spreadOf<FirefoxSample>(w, 'longestFrameGapMs'),
    blockedWithoutMs: spreadOf<FirefoxSample>(wo, 'blockedMs'),
    blockedWithMs: spreadOf<FirefoxSample>(w, 'blockedMs'),
    longTaskSupported: w.some((s) => s.longTaskSupported),
    requestsBeforeHover: maxOf(w, (s) => s.requestsBeforeHover),
  }));
}

/** Median count per host over the samples (a host missing from a sample counts 0). */
function medianRequests(samples: Record<string, number>[]): Record<string, number> {
  const hosts = [...new Set(samples.flatMap((s) => Object.keys(s)))].sort();
  return Object.fromEntries(hosts.map((h) => [h, spread(samples.map((s) => s[h] ?? 0)).median]));
}

export function summarizeHover(runs: HoverRuns): HoverSummary {
  return {
    showDelayMs: runs.showDelayMs,
    latencyMs: runs.latencyMs,
    coldShownMs: spread(runs.cold.map((s) => s.shownMs)),
    coldCardMs: spread(runs.cold.map((s) => s.cardMs)),
    warmCardMs: spread(runs.warm.map((s) => s.cardMs)),
    againCardMs: spread(runs.again.map((s) => s.cardMs)),
    inputDelayMs: spread([...runs.cold, ...runs.warm].map((s) => s.inputDelayMs)),
    coldStatus: runs.cold.map((s) => s.status),
    coldRequests: medianRequests(runs.cold.map((s) => s.requests)),
    warmRequests: medianRequests(runs.warm.map((s) => s.requests)),
    coldRequestLog: runs.cold[0]?.requestLog ?? [],
  };
}

/** One budget, checked. */
export interface BudgetCheck {
  budget: string;
  figure: string;
  met: boolean;
}

export function checkBudgets(
  chromium: ChromiumSize[],
  hover: HoverSummary | undefined,
  bundles: BundleSize[],
): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const big = chromium.at(-1);
  if (big) {
    checks.push({
      budget: `Byline main-thread time ≤ ${BUDGETS.ratioToBare}× bare pass (${big.entries} entries)`,
      figure: `${big.ratio.toFixed(1)}×`,
      met: big.ratio <= BUDGETS.ratioToBare,
    });
    const longest = Math.max(...chromium.map((c) => c.longestTaskMs.median));
    checks.push({
      budget: `no task over ${BUDGETS.longestTaskMs} ms (any size)`,
      figure: `${longest.toFixed(1)} ms`,
      met: longest <= BUDGETS.longestTaskMs,
    });
    const load = Math.max(...chromium.map((c) => c.evaluateCpuMs.median));
    checks.push({
      budget: `content script's load task ≤ ${BUDGETS.loadTaskCpuMs} ms of CPU (any size)`,
      figure: `${load.toFixed(1)} ms`,
      met: load <= BUDGETS.loadTaskCpuMs,
    });
    const requests = Math.max(...chromium.map((c) => c.requestsBeforeHover));
    checks.push({
      budget: 'zero requests before interest',
      figure: String(requests),
      met: requests === BUDGETS.requestsBeforeHover,
    });
  }
  if (hover)
    checks.push({
      budget: `cached card within one frame (${BUDGETS.cachedCardMs.toFixed(1)} ms) of its show delay`,
      figure: `${hover.warmCardMs.median.toFixed(1)} ms`,
      met: hover.warmCardMs.median <= BUDGETS.cachedCardMs,
    });
  for (const cs of bundles.filter((b) => b.name.startsWith('content script (')))
    checks.push({
      budget: `${cs.name} ≤ ${BUDGETS.contentScriptGzipKB} KB gzipped`,
      figure: `${(cs.gzip / 1024).toFixed(1)} KB`,
      met: cs.gzip / 1024 <= BUDGETS.contentScriptGzipKB,
    });
  return checks;
}
