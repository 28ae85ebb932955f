import type { BrowserContext, Page } from 'playwright-core';
import type { FakeWeb } from '../../tests/e2e/fake-web/server';
import { attributeMainThread, type MainThreadCost } from './attribute';
import { launchBenchChromium } from './chromium';
import { extensionRequests } from './fake-web';
import { listingUrl } from './listing-pages';
import { barePass, lastEntryMarked, pageCounts, tagLastName } from './page-probe';
import { within } from './settle';
import { startTrace } from './trace';

/** One load of one listing in one configuration: the trace's attribution plus what the page shows. */
export interface PageCostSample extends MainThreadCost {
  /** Used JS heap after a full GC (CDP Runtime.getHeapUsage), MB. */
  heapMB: number;
  /** Wall time from the load event to the last name marked, ms (0 without the extension). */
  markedAfterLoadMs: number;
  requestsBeforeHover: number;
  /** Names read when the page loaded (0 on pages read on interest). */
  marked: number;
  links: number;
  /** Whether hovering the page's last name made Byline read it (checked after the trace). */
  answersHover?: boolean;
  /** The floor: first bare pass on a fresh page, and the median of the next five (only without). */
  bareFirstMs?: number;
  bareWarmMs?: number;
}

const SETTLE_MS = 800;
const BARE_REPEATS = 6;

/** Polls until every author link is marked or the count stops moving; returns when, from load. */
async function waitForMarking(page: Page, loadedAt: number): Promise<number> {
  let last = -1;
  let lastChange = Date.now();
  let doneAt = loadedAt;
  while (Date.now() - loadedAt < 30_000) {
    const { marked, links, ready } = await page.evaluate(pageCounts);
    if (marked !== last) {
      last = marked;
      lastChange = doneAt = Date.now();
    }
    if (marked >= links && marked > 0) break;
    // A page read on interest is done once Byline has started and marks nothing by itself.
    if (ready && marked === 0 && Date.now() - loadedAt > 300) break;
    if (Date.now() - lastChange > 3000) break;
    await page.waitForTimeout(100);
  }
  return doneAt - loadedAt;
}

/** Loads one listing in a fresh tab under a trace and measures everything about it. */
async function measureOnce(
  context: BrowserContext,
  web: FakeWeb,
  entries: number,
  withExtension: boolean,
): Promise<PageCostSample> {
  const url = listingUrl(entries);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const since = Date.now();
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  const loadedAt = Date.now();
  const markedAfterLoadMs = withExtension ? await waitForMarking(page, loadedAt) : 0;
  await page.waitForTimeout(SETTLE_MS);
  const cost = attributeMainThread(await stop(), url);
  const bare = withExtension ? undefined : await page.evaluate(barePass, BARE_REPEATS);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  const counts = await page.evaluate(pageCounts);
  const answersHover = withExtension && counts.marked === 0 ? await hoverLastName(page) : undefined;
  const sample: PageCostSample = {
    ...cost,
    heapMB: (heap.usedSize + (heap.embedderHeapUsedSize ?? 0)) / 2 ** 20,
    markedAfterLoadMs,
    requestsBeforeHover: extensionRequests(web, since),
    marked: counts.marked,
    links: counts.links,
    ...(answersHover !== undefined && { answersHover }),
    ...(bare && { bareFirstMs: bare[0], bareWarmMs: median(bare.slice(1)) }),
  };
  await cdp.detach();
  await page.close();
  return sample;
}

/** Hovers the page's last author name and waits for Byline to read its entry (after the dwell). */
async function hoverLastName(page: Page): Promise<boolean> {
  await page.evaluate(tagLastName);
  await page.hover('[data-bench-last]');
  for (let i = 0; i < 20; i++) {
    if ((await page.evaluate(lastEntryMarked)) > 0) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

export type PageCostRuns = Record<number, { with: PageCostSample[]; without: PageCostSample[] }>;

/**
 * Each size `reps` times with and without Byline, interleaved so drift in the machine's speed
 * hits both alike, after one warm-up load of each (first loads pay for caches and JIT).
 */
export async function measureChromiumPageCost(opts: {
  executable: string;
  extension: string;
  web: FakeWeb;
  sizes: readonly number[];
  reps: number;
  log(msg: string): void;
}): Promise<PageCostRuns> {
  const withExt = await launchBenchChromium({
    executable: opts.executable,
    port: opts.web.port,
    extension: opts.extension,
  });
  const bare = await launchBenchChromium({ executable: opts.executable, port: opts.web.port });
  const runs: PageCostRuns = {};
  try {
    for (const n of opts.sizes) {
      runs[n] = { with: [], without: [] };
      await measureOnce(bare.context, opts.web, n, false);
      await measureOnce(withExt.context, opts.web, n, true);
    }
    for (let rep = 0; rep < opts.reps; rep++) {
      for (const n of opts.sizes) {
        const run = runs[n] as PageCostRuns[number];
        run.without.push(await measureOnce(bare.context, opts.web, n, false));
        run.with.push(await measureOnce(withExt.context, opts.web, n, true));
        const w = run.with.at(-1) as PageCostSample;
        opts.log(
          `chromium ${n} entries, rep ${rep + 1}: Byline ${w.extensionMs.toFixed(1)} ms, CPU ${w.extensionCpuMs.toFixed(1)} (longest ${w.longestTaskMs.toFixed(1)}, CPU ${w.longestTaskCpuMs.toFixed(1)}), bare ${run.without.at(-1)?.bareFirstMs?.toFixed(1)} ms, marked ${w.marked}/${w.links}`,
        );
      }
    }
  } finally {
    await within('closing Chromium', withExt.close(), 15_000, opts.log);
    await within('closing Chromium', bare.close(), 15_000, opts.log);
  }
  return runs;
}
