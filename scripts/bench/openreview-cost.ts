import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { CONTENT_TYPES, ROUTES } from '../../tests/e2e/fake-web/routes';
import type { FakeWeb } from '../../tests/e2e/fake-web/server';
import { attributeMainThread } from './attribute';
import { launchBenchChromium } from './chromium';
import { NAME_SHIM } from './page-probe';
import { within } from './settle';
import { type Spread, spread } from './stats';
import { startTrace } from './trace';

/*
 * The page cost of OpenReview's biggest page type, a venue listing, with OpenReview turned on:
 * the saved venue page (tests/fixtures/pages/openreview/group-colm-2024-synthesized.html) with
 * its four real notes repeated to N notes, each copy with its own forum id. Names there are read
 * on interest, so the figures to watch are the requests before a hover (0) and Byline's
 * main-thread time at load against one bare pass over the author links.
 */

const SOURCE = fileURLToPath(
  new URL('../../tests/fixtures/pages/openreview/group-colm-2024-synthesized.html', import.meta.url),
);
const VENUE = 'https://openreview.net/group?id=bench/Venue';
const venueUrl = (notes: number) => `${VENUE}&notes=${notes}`;

/** The saved venue page with `n` notes: its `li` entries repeated in order, forum ids made unique. */
export function buildVenuePage(n: number): { html: string; names: number } {
  const html = readFileSync(SOURCE, 'utf8');
  const open = '<ul class="list-unstyled list-paginated">';
  const start = html.indexOf(open) + open.length;
  // The list ends where the last note's `li` is followed by the list's and its holders' ends.
  const end = html.indexOf('</li></ul></div></div>', start) + '</li>'.length;
  const entries = html.slice(start, end).match(/<li><div class="note[\s\S]*?<\/ul><\/div><\/li>/g) ?? [];
  if (start < open.length || entries.length === 0) throw new Error('the saved venue page has no notes');
  const body = Array.from({ length: n }, (_, i) =>
    (entries[i % entries.length] as string).replace(
      /\/forum\?id=[\w-]+/g,
      `/forum?id=bench${String(i).padStart(6, '0')}`,
    ),
  ).join('');
  return {
    html: html.slice(0, start) + body + html.slice(end),
    names: body.match(/href="\/profile\?id=~/g)?.length ?? 0,
  };
}

/** Serves venue pages of the given sizes in the fake web. */
export function addVenueRoutes(sizes: readonly number[]): void {
  const built = new Map(sizes.map((n) => [n, buildVenuePage(n).html] as const));
  ROUTES.unshift({
    host: 'openreview.net',
    path: /^\/group\?id=bench\/Venue&notes=\d+$/,
    contentType: CONTENT_TYPES.HTML,
    body: (url) => built.get(Number(url.searchParams.get('notes'))) ?? '',
  });
}

/** One load of a venue page with Byline on. */
interface VenueSample {
  extensionMs: number;
  extensionCpuMs: number;
  longestTaskMs: number;
  bareMs: number;
  requestsBeforeHover: number;
  markedAtLoad: number;
  names: number;
  /** Names Byline read after a hover on the last one (that note's), 0 if it did not answer. */
  readOnHover: number;
}

export interface OpenReviewCost {
  notes: number;
  names: number;
  byline: Spread;
  bylineCpu: Spread;
  longestTask: Spread;
  bare: Spread;
  requestsBeforeHover: number;
  markedAtLoad: number;
  readOnHover: number;
}

const NAMES = '.note .note-authors a[href^="/profile?"]';

/** Grants openreview.net in the browser's own extension page, then turns OpenReview on in the options. */
async function turnOpenReviewOn(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  await page.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate.addHostPermission(id, 'https://openreview.net/*'),
    extensionId,
  );
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.click('input[data-site="openreview"]');
  await page.waitForFunction(
    () => (document.querySelector('input[data-site="openreview"]') as HTMLInputElement | null)?.checked === true,
  );
  // The background registers the site's script on the settings change.
  await page.waitForTimeout(1000);
}

async function measureOnce(page: Page, web: FakeWeb, notes: number): Promise<VenueSample> {
  const url = venueUrl(notes);
  const cdp = await page.context().newCDPSession(page);
  const since = Date.now();
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-byline-started'), undefined, {
    timeout: 10_000,
  });
  await page.waitForTimeout(800);
  const cost = attributeMainThread(await stop(), url);
  await cdp.detach();
  const requestsBeforeHover = web.requests.filter((r) => r.at >= since && r.host !== 'openreview.net').length;
  await page.evaluate(NAME_SHIM);
  const counts = await page.evaluate((sel) => {
    const t0 = performance.now();
    let chars = 0;
    for (const a of document.querySelectorAll(sel)) chars += (a.textContent ?? '').length;
    const bareMs = performance.now() - t0;
    (globalThis as { __benchSink?: number }).__benchSink = chars;
    const names = document.querySelectorAll(sel);
    names[names.length - 1]?.setAttribute('data-bench-last', '');
    return { bareMs, names: names.length, marked: document.querySelectorAll('[data-byline-author]').length };
  }, NAMES);
  await page.hover('[data-bench-last]');
  let readOnHover = 0;
  for (let i = 0; i < 20 && readOnHover === 0; i++) {
    await page.waitForTimeout(100);
    readOnHover = await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length);
  }
  return {
    extensionMs: cost.extensionMs,
    extensionCpuMs: cost.extensionCpuMs,
    longestTaskMs: cost.longestTaskMs,
    bareMs: counts.bareMs,
    requestsBeforeHover,
    markedAtLoad: counts.marked,
    names: counts.names,
    readOnHover,
  };
}

/** Loads a venue page of `notes` notes `reps` times (after a warm-up), OpenReview on. */
export async function measureOpenReviewCost(opts: {
  executable: string;
  extension: string;
  web: FakeWeb;
  notes: number;
  reps: number;
  log(msg: string): void;
}): Promise<OpenReviewCost> {
  const browser = await launchBenchChromium({
    executable: opts.executable,
    port: opts.web.port,
    extension: opts.extension,
  });
  const samples: VenueSample[] = [];
  try {
    const page = await browser.context.newPage();
    await turnOpenReviewOn(page, browser.extensionId as string);
    await measureOnce(page, opts.web, opts.notes);
    for (let rep = 0; rep < opts.reps; rep++) {
      const s = await measureOnce(page, opts.web, opts.notes);
      samples.push(s);
      opts.log(
        `openreview venue ${opts.notes} notes, rep ${rep + 1}: Byline ${s.extensionMs.toFixed(1)} ms, bare ${s.bareMs.toFixed(1)} ms, ${s.requestsBeforeHover} requests, ${s.markedAtLoad}/${s.names} marked at load, ${s.readOnHover} read on hover`,
      );
    }
  } finally {
    await within('closing Chromium', browser.close(), 15_000, opts.log);
  }
  const worst = (key: keyof VenueSample) => Math.max(...samples.map((s) => s[key]));
  return {
    notes: opts.notes,
    names: samples[0]?.names ?? 0,
    byline: spread(samples.map((s) => s.extensionMs)),
    bylineCpu: spread(samples.map((s) => s.extensionCpuMs)),
    longestTask: spread(samples.map((s) => s.longestTaskMs)),
    bare: spread(samples.map((s) => s.bareMs)),
    requestsBeforeHover: worst('requestsBeforeHover'),
    markedAtLoad: worst('markedAtLoad'),
    readOnHover: Math.min(...samples.map((s) => s.readOnHover)),
  };
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const ms = (s: Spread) => (s.n > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median));

/** The OpenReview table of the report. */
export function formatOpenReview(c: OpenReviewCost): string {
  const rows = [
    ['notes / author links', `${c.notes} / ${c.names}`],
    ['Byline main thread at load, ms', ms(c.byline)],
    ['  of which CPU, ms', ms(c.bylineCpu)],
    ['longest task, ms', ms(c.longestTask)],
    ['one bare pass over the author links, ms', ms(c.bare)],
    ['requests before a hover (worst load)', String(c.requestsBeforeHover)],
    ['names marked at load (worst load)', String(c.markedAtLoad)],
    ['names read on a hover of the last one', String(c.readOnHover)],
  ];
  const width = Math.max(...rows.map((r) => (r[0] ?? '').length));
  return `OpenReview venue listing, turned on (Chromium)\n${rows.map(([k, v]) => `| ${(k ?? '').padEnd(width)} | ${v} |`).join('\n')}`;
}
