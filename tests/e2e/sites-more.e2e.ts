import { expect, it } from 'vitest';
import { type E2EPage, waitInPage } from './browsers/session';
import { waitForLoadedCard } from './card-helpers';
import { bylineRan, loadSettled, turnSiteOff, turnSiteOn } from './site-switch';
import { describeInBrowsers } from './suite';

/** The one extension API the test calls inside the background worker (where the driver reaches it: Chromium). */
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };

const SCHOLAR_RESULTS = 'https://scholar.google.com/scholar?q=LLMLingua&hl=en';
const SCHOLAR_PROFILE = 'https://scholar.google.com/citations?user=JiangHqAAAAJ&hl=en';
const HF_DAILY = 'https://huggingface.co/papers/date/2024-03-20';

const marks = (page: E2EPage) =>
  page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined);
const wrapped = (page: E2EPage) =>
  page.evaluate(() => document.querySelectorAll('[data-byline-name]').length, undefined);

/**
 * Loads a page read on interest and waits until Byline has started on it (nothing marked yet).
 * Right after a switch is turned on the background may still be registering the script: one
 * more load then.
 */
async function loadStarted(page: E2EPage, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto(url);
    try {
      await waitInPage(
        page,
        () => document.documentElement.hasAttribute('data-byline-started'),
        undefined,
        `Byline to start on ${url}`,
        5_000,
      );
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

// Turning a site on is a click in the options page, reached from a card as a user reaches it
// (site-switch.ts). Firefox grants scholar.google.com without its doorhanger (the suite's
// profile); Chromium's dialog cannot be answered headless, so the suite starts Chromium with the
// host already allowed, as after the user's "Allow" (tests/e2e/browsers/chromium.ts). Chromium
// also shows what the background registered; Firefox's background is out of the driver's reach.
describeInBrowsers(
  'more opt-in sites: Google Scholar and the Hugging Face daily list',
  (ctx) => {
    const registered = () =>
      ctx().browser.evaluateInBackground?.(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches?.join(' ')}`),
      );
    const inChromium = () => !!ctx().browser.evaluateInBackground;

    it('Scholar: nothing before it is turned on; then a hover on a result name opens a card, reading that result only, and Scholar gets no request from Byline', async () => {
      const { browser, web } = ctx();
      const page = await browser.newPage();
      await page.setViewport(1280, 900);
      await loadSettled(page, SCHOLAR_RESULTS);
      expect(await bylineRan(page)).toBe(false);
      await loadSettled(page, SCHOLAR_PROFILE);
      expect(await bylineRan(page)).toBe(false);
      if (inChromium()) expect(await registered()).toEqual([]);

      await turnSiteOn(browser, 'google-scholar');
      if (inChromium())
        await expect.poll(registered).toEqual(['byline-site-google-scholar https://scholar.google.com/*']);

      await loadStarted(page, SCHOLAR_RESULTS);
      // Read on interest: nothing is marked or wrapped at load.
      expect(await marks(page)).toBe(0);
      expect(await wrapped(page)).toBe(0);
      await page.hover('#gs_res_ccl_mid div.gs_r:nth-child(1) div.gs_a > a[href*="user="]');
      const card = await waitForLoadedCard(page);
      expect(card.status).toBe('ready');
      expect(card.text).toContain('Zhuoshi Pan');
      // The hovered result's six names were read (three of them plain text, now wrapped), no other result's.
      expect(await marks(page)).toBe(6);
      expect(await wrapped(page)).toBe(3);

      // The profile page starts too, and marks nothing at load.
      await loadStarted(page, SCHOLAR_PROFILE);
      expect(await marks(page)).toBe(0);

      // Scholar saw the pages the test opened (and the browser's own asset requests), nothing else.
      const asked = web.requestsTo('scholar.google.com').map((r) => r.path);
      expect(
        asked
          .filter((p) => !/^\/favicon\.ico$|^\/citations\/images\//.test(p))
          .every((p) => ['/scholar?q=LLMLingua&hl=en', '/citations?user=JiangHqAAAAJ&hl=en'].includes(p)),
      ).toBe(true);

      await turnSiteOff(browser, 'google-scholar');
      if (inChromium()) await expect.poll(registered).toEqual([]);
      await loadSettled(page, SCHOLAR_RESULTS);
      expect(await bylineRan(page)).toBe(false);
      await page.close();
    }, 90_000);

    it('Hugging Face daily list, turned on: a hover on an author avatar opens the card of that paper’s author', async () => {
      const { browser } = ctx();
      const page = await browser.newPage();
      await page.setViewport(1280, 900);
      await loadSettled(page, HF_DAILY);
      expect(await bylineRan(page)).toBe(false);
      await turnSiteOn(browser, 'huggingface-papers');
      if (inChromium())
        await expect.poll(registered).toEqual(['byline-site-huggingface-papers https://huggingface.co/*']);
      await loadStarted(page, HF_DAILY);
      expect(await marks(page)).toBe(0);
      await page.hover('article li[title="Zhuoshi Pan"]');
      const card = await waitForLoadedCard(page);
      expect(card.status).toBe('ready');
      expect(card.text).toContain('Zhuoshi Pan');
      // Only the LLMLingua-2 entry's four avatars were read.
      expect(await marks(page)).toBe(4);
      await turnSiteOff(browser, 'huggingface-papers');
      await page.close();
    }, 90_000);
  },
  ['chromium', 'firefox'],
  { chromiumGrantedHosts: ['https://scholar.google.com/*'] },
);
