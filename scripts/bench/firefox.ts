import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { FakeWeb } from '../../tests/e2e/fake-web/server';
import { extensionRequests } from './fake-web';
import { installFirefoxProbe, readFirefoxProbe } from './firefox-probe';
import { listingUrl } from './listing-pages';
import { within } from './settle';
import { barePass, NAME_SHIM, pageCounts } from './page-probe';

/** One load of one listing in Firefox: only what the page itself can observe. */
export interface FirefoxSample {
  /** Load event to the last name marked (wall time, not main-thread time), ms. */
  markedAfterLoadMs: number;
  /** First to last name marked, ms. */
  markingSpanMs: number;
  /** Longest gap between animation frames in the window after load, ms. */
  longestFrameGapMs: number;
  /** Sum over that window of each frame gap beyond one frame, ms. */
  blockedMs: number;
  longTaskSupported: boolean;
  requestsBeforeHover: number;
  marked: number;
  links: number;
  bareFirstMs?: number;
  bareWarmMs?: number;
}

/** The window after load in which frame gaps are compared, with and without Byline alike. */
const WINDOW_MS = 2500;

/** Firefox ESR over BiDi as in the e2e launcher: every host resolved to `address`, port 443. */
async function launch(executable: string, address: string, extension?: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': address,
      'network.dns.disableIPv6': true,
      'network.trr.mode': 5,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  if (extension) await browser.installExtension(extension);
  return browser;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

async function measureOnce(
  browser: Browser,
  web: FakeWeb,
  entries: number,
  withExtension: boolean,
): Promise<FirefoxSample> {
  const page: Page = await browser.newPage();
  await page.evaluateOnNewDocument(`${NAME_SHIM}; (${installFirefoxProbe.toString()})()`);
  const since = Date.now();
  await page.goto(listingUrl(entries), { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 200));
  // Marking may outlast the window on a big page: wait for it before counting.
  const deadline = Date.now() + 20_000;
  while (withExtension && Date.now() < deadline) {
    const c = await page.evaluate(pageCounts);
    if (c.marked >= c.links || (c.ready && c.marked === 0)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const probe = await page.evaluate(readFirefoxProbe, { from: 'load' as const, lengthMs: WINDOW_MS });
  const counts = await page.evaluate(pageCounts);
  const bare = withExtension ? undefined : await page.evaluate(barePass, 6);
  const sample: FirefoxSample = {
    markedAfterLoadMs: probe.lastMark !== undefined ? probe.lastMark - probe.loadAt : 0,
    markingSpanMs: probe.lastMark !== undefined && probe.firstMark !== undefined ? probe.lastMark - probe.firstMark : 0,
    longestFrameGapMs: probe.longestGapMs,
    blockedMs: probe.blockedMs,
    longTaskSupported: probe.longTaskSupported,
    requestsBeforeHover: extensionRequests(web, since),
    marked: counts.marked,
    links: counts.links,
    ...(bare && { bareFirstMs: bare[0], bareWarmMs: median(bare.slice(1)) }),
  };
  await page.close();
  return sample;
}

export type FirefoxRuns = Record<number, { with: FirefoxSample[]; without: FirefoxSample[] }>;

/** Each size `reps` times with and without Byline, interleaved, after one warm-up load of each. */
export async function measureFirefoxPageCost(opts: {
  executable: string;
  extension: string;
  web: FakeWeb;
  address: string;
  sizes: readonly number[];
  reps: number;
  log(msg: string): void;
}): Promise<FirefoxRuns> {
  const runs: FirefoxRuns = {};
  const withExt = await launch(opts.executable, opts.address, opts.extension);
  const bare = await launch(opts.executable, opts.address);
  try {
    for (const n of opts.sizes) {
      runs[n] = { with: [], without: [] };
      await measureOnce(bare, opts.web, n, false);
      await measureOnce(withExt, opts.web, n, true);
    }
    for (let rep = 0; rep < opts.reps; rep++) {
      for (const n of opts.sizes) {
        const run = runs[n] as FirefoxRuns[number];
        run.without.push(await measureOnce(bare, opts.web, n, false));
        run.with.push(await measureOnce(withExt, opts.web, n, true));
        const w = run.with.at(-1) as FirefoxSample;
        opts.log(
          `firefox ${n} entries, rep ${rep + 1}: marked ${w.marked}/${w.links} by ${w.markedAfterLoadMs.toFixed(0)} ms after load, longest frame gap ${w.longestFrameGapMs.toFixed(1)} ms (without: ${run.without.at(-1)?.longestFrameGapMs.toFixed(1)} ms)`,
        );
      }
    }
  } finally {
    for (const browser of [withExt, bare]) {
      await within('closing Firefox', browser.close(), 15_000, opts.log);
      browser.process()?.kill('SIGKILL');
    }
  }
  return runs;
}
