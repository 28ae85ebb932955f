import { handOverCardRoot } from './card-root';
import type { Page } from 'playwright-core';
import { DEFAULT_TIMINGS } from '../../hover-card/hover-controller';
import { DEFAULT_SETTINGS } from '../../storage/user-data-schema';
import type { FakeWeb } from '../../tests/e2e/fake-web/server';
import { launchBenchChromium } from './chromium';
import { installHoverProbe, readHoverProbe, type HoverProbe } from './hover-probe';
import { NAME_SHIM } from './page-probe';
import { within } from './settle';

/** The show delay a fresh profile has (the settings' default; the card never shows before the dwell). */
const SHOW_DELAY_MS = Math.max(DEFAULT_SETTINGS.hoverDelayMs, DEFAULT_TIMINGS.dwellMs);

/** The founding example: Zhuoshi Pan, first author of LLMLingua-2. */
export const ABS_URL = 'https://arxiv.org/abs/2403.12968';
// Not `[data-byline-author]`: names are marked only once the first interest loaded the cards.
const NAME = '#abs .authors a';

/** One hover, timed from the show delay's expiry (pointer arrival + delay). */
export interface HoverSample {
  /** Card on screen in any state, ms after the show delay. */
  shownMs: number;
  /** Card painted with its data (status other than loading), ms after the show delay. */
  cardMs: number;
  status: string;
  /** From the pointer event's own timestamp to the page receiving it (the browser's input delay), ms. */
  inputDelayMs: number;
  /** Requests during the hover, per host. */
  requests: Record<string, number>;
  /** The same requests in order: when each reached the fake web (ms after the hover began), status, host, path. */
  requestLog: string[];
}

export interface HoverRuns {
  showDelayMs: number;
  latencyMs: number;
  cold: HoverSample[];
  /** The first hover on a freshly reloaded page: it loads the cards first, then answers from the cache. */
  warm: HoverSample[];
  /** The same name again on that page, the cards already loaded: warm minus this is what loading them adds. */
  again: HoverSample[];
}

/**
 * Loads (or reloads) the page with the pointer parked off the names, and waits for Byline's
 * start-up script: the hover that follows is the page's first interest, so it includes loading
 * the cards.
 */
async function openPage(page: Page, reload: boolean): Promise<void> {
  await page.mouse.move(1, 1);
  if (reload) await page.reload({ waitUntil: 'load' });
  else await page.goto(ABS_URL, { waitUntil: 'load' });
  await page.waitForSelector('html[data-byline-started]', { timeout: 15_000 });
}

/**
 * Hands the card's closed shadow root to the page's probe as soon as the card's host exists,
 * through CDP (page scripts cannot reach a closed root). The host is mounted when the card is
 * first drawn, usually invisibly before the show delay ends; when the first drawing is the
 * showing itself, the probe may see it one poll (a few ms) late.
 */
async function shareCardRoot(page: Page, until: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    while (Date.now() < until && !(await handOverCardRoot(cdp))) await new Promise((resolve) => setTimeout(resolve, 2));
  } finally {
    await cdp.detach();
  }
}

/** Hovers the name and reads the probe once the card has its data. */
async function hoverOnce(page: Page, web: FakeWeb): Promise<HoverSample> {
  await page.evaluate(NAME_SHIM);
  await page.evaluate(installHoverProbe, NAME);
  const from = web.requests.length;
  const hoveredAt = Date.now();
  const shared = shareCardRoot(page, hoveredAt + 30_000);
  await page.hover(NAME);
  await shared;
  const handle = await page.waitForFunction(readHoverProbe, undefined, { timeout: 30_000, polling: 50 });
  const probe = (await handle.jsonValue()) as HoverProbe;
  // Late requests of the same card (a homepage read after the first paint) still count.
  await page.waitForTimeout(1000);
  const requests: Record<string, number> = {};
  const made = web.requests.slice(from);
  for (const r of made) requests[r.host] = (requests[r.host] ?? 0) + 1;
  const due = (probe.arrival ?? NaN) + SHOW_DELAY_MS;
  return {
    shownMs: (probe.shown ?? NaN) - due,
    cardMs: (probe.done ?? NaN) - due,
    status: probe.status ?? '',
    inputDelayMs: (probe.arrival ?? NaN) - (probe.inputTimeStamp ?? NaN),
    requests,
    requestLog: made.map((r) => `+${r.at - hoveredAt} ms ${r.status} ${r.host}${r.path.slice(0, 80)}`),
  };
}

/**
 * Cold: first hover in a fresh profile, every API answer delayed by `latencyMs`. Warm: the
 * same name again after a reload, answered from the background's cache.
 */
export async function measureHover(opts: {
  executable: string;
  extension: string;
  web: FakeWeb;
  reps: number;
  latencyMs: number;
  log(msg: string): void;
}): Promise<HoverRuns> {
  const runs: HoverRuns = { showDelayMs: SHOW_DELAY_MS, latencyMs: opts.latencyMs, cold: [], warm: [], again: [] };
  for (let rep = 0; rep < opts.reps; rep++) {
    const browser = await launchBenchChromium({
      executable: opts.executable,
      port: opts.web.port,
      extension: opts.extension,
    });
    try {
      opts.web.latencyMs = opts.latencyMs;
      const page = await browser.context.newPage();
      await openPage(page, false);
      const cold = await hoverOnce(page, opts.web);
      runs.cold.push(cold);
      await openPage(page, true);
      const warm = await hoverOnce(page, opts.web);
      runs.warm.push(warm);
      // Away long enough for the card to close (grace period), then the same name again.
      await page.mouse.move(1, 1);
      await page.waitForTimeout(1000);
      const again = await hoverOnce(page, opts.web);
      runs.again.push(again);
      opts.log(
        `hover rep ${rep + 1}: cold ${cold.cardMs.toFixed(1)} ms (${cold.status}), warm ${warm.cardMs.toFixed(1)} ms, again ${again.cardMs.toFixed(1)} ms, cold requests ${JSON.stringify(cold.requests)}`,
      );
    } finally {
      opts.web.latencyMs = 0;
      await within('closing Chromium', browser.close(), 15_000, opts.log);
    }
  }
  return runs;
}
