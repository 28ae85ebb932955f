import { expect, it } from 'vitest';
import type { SiteId } from '../../domain/sites';
import { type E2EPage, waitInPage } from './browsers/session';
import { waitForLoadedCard } from './card-helpers';
import { describeInBrowsers } from './suite';

/** The one extension API the test calls inside the background worker (Chromium only). */
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };

const SCHOLAR_RESULTS = 'https://scholar.google.com/scholar?q=LLMLingua&hl=en';
const SCHOLAR_PROFILE = 'https://scholar.google.com/citations?user=JiangHqAAAAJ&hl=en';
const HF_DAILY = 'https://huggingface.co/papers/date/2024-03-20';

/** Byline's content script announces itself on `<html>`; no attribute, no script ran. */
const bylineRan = (page: E2EPage) =>
  page.evaluate(
    () =>
      document.documentElement.hasAttribute('data-byline-version') ||
      document.documentElement.hasAttribute('data-byline-started') ||
      !!document.querySelector('[data-byline-author], [data-byline-name]'),
    undefined,
  );

const marks = (page: E2EPage) =>
  page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined);

/** Loads the page and waits until a content script registered for it would have run. */
async function loadSettled(page: E2EPage, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)), undefined);
}

/** Loads a page read on interest and waits until Byline has started on it (nothing marked yet). */
async function loadStarted(page: E2EPage, url: string): Promise<void> {
  await page.goto(url);
  await waitInPage(
    page,
    () => document.documentElement.hasAttribute('data-byline-started'),
    undefined,
    `Byline to start on ${url}`,
  );
}

async function setSwitch(options: E2EPage, site: SiteId, on: boolean): Promise<void> {
  const selector = `input[data-site="${site}"]`;
  await waitInPage(options, (sel) => document.querySelector(sel), selector, `the switch ${selector}`);
  const checked = await options.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, selector);
  if (checked !== on) await options.click(selector);
  await waitInPage(
    options,
    ([sel, want]) =>
      (document.querySelector(sel as string) as HTMLInputElement | null)?.checked === want &&
      document.querySelector('.status')?.textContent === 'Saved.',
    [selector, on] as const,
    `the switch for ${site} ${on ? 'on' : 'off'}, saved`,
  );
}

// Turning a site on is a click in the options page, which a Firefox WebDriver session cannot
// open; Chromium's permission dialog cannot be answered headless, so the suite starts Chromium
// with scholar.google.com already allowed, as after a user's "Allow" (tests/e2e/browsers/chromium.ts).
describeInBrowsers(
  'more opt-in sites: Google Scholar and the Hugging Face daily list',
  (ctx) => {
    const registered = () =>
      ctx().browser.evaluateInBackground!(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches?.join(' ')}`),
      );

    it('Scholar: nothing before it is turned on; then a hover on a result name opens a card, reading that result only, and Scholar gets no request from Byline', async () => {
      const { browser, web } = ctx();
      const page = await browser.newPage();
      await page.setViewport(1280, 900);
      await loadSettled(page, SCHOLAR_RESULTS);
      expect(await bylineRan(page)).toBe(false);
      await loadSettled(page, SCHOLAR_PROFILE);
      expect(await bylineRan(page)).toBe(false);
      expect(await registered()).toEqual([]);

      const options = await browser.newPage();
      await options.goto(browser.extensionPageUrl!('options.html'));
      await setSwitch(options, 'google-scholar', true);
      await expect.poll(registered).toEqual(['byline-site-google-scholar https://scholar.google.com/*']);

      await loadStarted(page, SCHOLAR_RESULTS);
      // Read on interest: nothing is marked or wrapped at load.
      expect(await marks(page)).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('[data-byline-name]').length, undefined)).toBe(0);
      await page.hover('#gs_res_ccl_mid div.gs_r:nth-child(1) div.gs_a > a[href*="user="]');
      const card = await waitForLoadedCard(page);
      expect(card.status).toBe('ready');
      expect(card.text).toContain('Zhuoshi Pan');
      // The hovered result's six names were read (three of them wrapped), no other result's.
      expect(await marks(page)).toBe(6);
      expect(await page.evaluate(() => document.querySelectorAll('[data-byline-name]').length, undefined)).toBe(3);

      // The profile page starts too, and marks nothing at load.
      await loadStarted(page, SCHOLAR_PROFILE);
      expect(await marks(page)).toBe(0);

      // Scholar saw the two pages the test opened (and the browser's own asset requests), nothing else.
      const asked = web.requestsTo('scholar.google.com').map((r) => r.path);
      expect(asked.filter((p) => !/^\/favicon\.ico$|^\/citations\/images\//.test(p))).toEqual([
        '/scholar?q=LLMLingua&hl=en',
        '/citations?user=JiangHqAAAAJ&hl=en',
        '/scholar?q=LLMLingua&hl=en',
        '/citations?user=JiangHqAAAAJ&hl=en',
      ]);

      await setSwitch(options, 'google-scholar', false);
      await expect.poll(registered).toEqual([]);
      await loadSettled(page, SCHOLAR_RESULTS);
      expect(await bylineRan(page)).toBe(false);
      await options.close();
      await page.close();
    }, 60_000);

    it('Hugging Face daily list, turned on: a hover on an author avatar opens the card of that paper’s author', async () => {
      const { browser } = ctx();
      const page = await browser.newPage();
      await page.setViewport(1280, 900);
      await loadSettled(page, HF_DAILY);
      expect(await bylineRan(page)).toBe(false);
      const options = await browser.newPage();
      await options.goto(browser.extensionPageUrl!('options.html'));
      await setSwitch(options, 'huggingface-papers', true);
      await expect.poll(registered).toEqual(['byline-site-huggingface-papers https://huggingface.co/*']);
      await loadStarted(page, HF_DAILY);
      expect(await marks(page)).toBe(0);
      await page.hover('article li[title="Zhuoshi Pan"]');
      const card = await waitForLoadedCard(page);
      expect(card.status).toBe('ready');
      expect(card.text).toContain('Zhuoshi Pan');
      // Only the LLMLingua-2 entry's four avatars were read.
      expect(await marks(page)).toBe(4);
      await setSwitch(options, 'huggingface-papers', false);
      await options.close();
      await page.close();
    }, 60_000);
  },
  ['chromium'],
  { chromiumGrantedHosts: ['https://scholar.google.com/*'] },
);
