/**
 * `npm run bench -- --opt-in`: what Byline costs the biggest pages of the opt-in sites (Google
 * Scholar, the Hugging Face daily lists, dblp), in Chromium, with the sites turned on in the
 * options as a user does. All are read on interest: the figures to watch are the requests before
 * a hover (0) and the names marked at load (0); the main-thread time is compared with one bare
 * pass over the page's name elements.
 */
import type { Page } from 'playwright-core';
import { CONTENT_TYPES, ROUTES } from '../../tests/e2e/fake-web/routes';
import type { FakeWeb } from '../../tests/e2e/fake-web/server';
import { attributeMainThread } from './attribute';
import { launchBenchChromium } from './chromium';
import { buildOptInPages, type OptInPage } from './opt-in-pages';
import { NAME_SHIM } from './page-probe';
import { within } from './settle';
import { startTrace } from './trace';

export interface OptInRow {
  page: string;
  entries: number;
  names: number;
  /** Byline's main-thread time at load (median), its CPU time and longest task, ms. */
  extensionMs: number;
  extensionCpuMs: number;
  longestTaskMs: number;
  /** One bare pass over the name elements (median of first passes), ms. */
  bareMs: number;
  requestsBeforeHover: number;
  markedAtLoad: number;
  answersHover: boolean;
}

const SITES = ['huggingface-papers', 'dblp', 'google-scholar'] as const;
const SETTLE_MS = 800;

/** Serves the built pages first in the shared route table. */
export function addOptInRoutes(): OptInPage[] {
  const pages = buildOptInPages();
  for (const page of pages) {
    const url = new URL(page.url);
    ROUTES.unshift({
      host: url.hostname,
      path: url.pathname + url.search,
      contentType: CONTENT_TYPES.HTML,
      body: () => page.html,
    });
  }
  return pages;
}

/** Turns the opt-in sites on in the options page, with real clicks, and waits for their scripts. */
async function turnSitesOn(page: Page, optionsUrl: string): Promise<void> {
  await page.goto(optionsUrl);
  for (const site of SITES) {
    const box = page.locator(`input[data-site="${site}"]`);
    if (!(await box.isChecked())) await box.click();
    await page.waitForFunction(
      (sel) =>
        (document.querySelector(sel) as HTMLInputElement | null)?.checked === true &&
        document.querySelector('.status')?.textContent === 'Saved.',
      `input[data-site="${site}"]`,
    );
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;

/** One load of `page` with Byline: its trace, what it marked and what it asked for before a hover. */
async function loadWithByline(tab: Page, web: FakeWeb, page: OptInPage) {
  const cdp = await tab.context().newCDPSession(tab);
  const since = Date.now();
  const stop = await startTrace(cdp);
  await tab.goto(page.url, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.documentElement.hasAttribute('data-byline-started'), undefined, {
    timeout: 15_000,
  });
  await tab.waitForTimeout(SETTLE_MS);
  const cost = attributeMainThread(await stop(), page.url);
  await cdp.detach();
  const url = new URL(page.url);
  const requests = web.requests.filter(
    (r) =>
      r.at >= since && !(r.host === url.hostname && (r.path === url.pathname + url.search || page.assets.test(r.path))),
  ).length;
  const markedAtLoad = await tab.evaluate(
    () => document.querySelectorAll('[data-byline-author], [data-byline-name]').length,
  );
  return { cost, requests, markedAtLoad };
}

/** Hovers the page's last name and waits for Byline to read its entry. */
async function hoverLast(tab: Page, page: OptInPage): Promise<boolean> {
  const last = tab.locator(page.hover).last();
  await last.scrollIntoViewIfNeeded();
  await last.hover();
  for (let i = 0; i < 30; i++) {
    const read = await last.evaluate(
      (el, entry) => el.closest(entry)?.querySelectorAll('[data-byline-author]').length ?? 0,
      page.entry,
    );
    if (read > 0) return true;
    await tab.waitForTimeout(100);
  }
  return false;
}

/** One bare pass over the page's name elements, reading each one's text: the floor. */
async function barePass(tab: Page, page: OptInPage): Promise<number> {
  await tab.goto(page.url, { waitUntil: 'load' });
  await tab.evaluate(NAME_SHIM);
  return tab.evaluate((sel) => {
    const t0 = performance.now();
    let chars = 0;
    for (const el of document.querySelectorAll(sel)) chars += (el.textContent ?? '').length;
    (globalThis as { __benchSink?: number }).__benchSink = chars;
    return performance.now() - t0;
  }, page.names);
}

export async function measureOptIn(opts: {
  executable: string;
  extension: string;
  web: FakeWeb;
  pages: readonly OptInPage[];
  reps: number;
  log(msg: string): void;
}): Promise<OptInRow[]> {
  const withExt = await launchBenchChromium({
    executable: opts.executable,
    port: opts.web.port,
    extension: opts.extension,
    grantedHosts: ['https://scholar.google.com/*'],
  });
  const bare = await launchBenchChromium({ executable: opts.executable, port: opts.web.port });
  const rows: OptInRow[] = [];
  try {
    const options = await withExt.context.newPage();
    await turnSitesOn(options, `chrome-extension://${withExt.extensionId}/options.html`);
    await options.close();
    for (const page of opts.pages) {
      const samples = [];
      const bareTimes = [];
      let answersHover = false;
      for (let rep = 0; rep <= opts.reps; rep++) {
        const tab = await withExt.context.newPage();
        const sample = await loadWithByline(tab, opts.web, page);
        // The first load warms caches and the JIT, as in the listing bench: not counted.
        if (rep > 0) samples.push(sample);
        if (rep === opts.reps) answersHover = await hoverLast(tab, page);
        await tab.close();
        const plain = await bare.context.newPage();
        const t = await barePass(plain, page);
        if (rep > 0) bareTimes.push(t);
        await plain.close();
      }
      const row: OptInRow = {
        page: page.label,
        entries: page.entries,
        names: page.namesOnPage,
        extensionMs: median(samples.map((s) => s.cost.extensionMs)),
        extensionCpuMs: median(samples.map((s) => s.cost.extensionCpuMs)),
        longestTaskMs: Math.max(...samples.map((s) => s.cost.longestTaskMs)),
        bareMs: median(bareTimes),
        requestsBeforeHover: Math.max(...samples.map((s) => s.requests)),
        markedAtLoad: Math.max(...samples.map((s) => s.markedAtLoad)),
        answersHover,
      };
      opts.log(
        `${row.page}: Byline ${row.extensionMs.toFixed(1)} ms (CPU ${row.extensionCpuMs.toFixed(1)}, longest ${row.longestTaskMs.toFixed(1)}), bare ${row.bareMs.toFixed(1)} ms, ${row.requestsBeforeHover} requests before a hover, ${row.markedAtLoad} marked at load`,
      );
      rows.push(row);
    }
  } finally {
    await within('closing Chromium', withExt.close(), 15_000, opts.log);
    await within('closing Chromium', bare.close(), 15_000, opts.log);
  }
  return rows;
}

export function formatOptIn(rows: readonly OptInRow[]): string {
  const head =
    '| page | entries | names | Byline ms (CPU) | longest task ms | bare pass ms | requests before a hover | marked at load | a hover reads its entry |';
  const lines = rows.map(
    (r) =>
      `| ${r.page} | ${r.entries} | ${r.names} | ${r.extensionMs.toFixed(1)} (${r.extensionCpuMs.toFixed(1)}) | ${r.longestTaskMs.toFixed(1)} | ${r.bareMs.toFixed(1)} | ${r.requestsBeforeHover} | ${r.markedAtLoad} | ${r.answersHover ? 'yes' : 'NO'} |`,
  );
  return [
    '## Opt-in sites, Chromium (read on interest)',
    '',
    head,
    '|---|---|---|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}
