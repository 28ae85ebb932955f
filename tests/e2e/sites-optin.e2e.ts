import { expect, it } from 'vitest';
import { type E2EPage, waitInPage } from './browsers/session';
import { waitForLoadedCard, waitForMarks } from './card-helpers';
import { describeInBrowsers } from './suite';

/** The one extension API the test calls inside the background worker (Chromium only). */
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };

const HF_PAPER = 'https://huggingface.co/papers/2403.12968';
const DBLP_PERSON = 'https://dblp.org/pid/335/2379.html';
const SWITCH = 'input[data-site="huggingface-papers"]';
const DBLP_SWITCH = 'input[data-site="dblp"]';

/** Byline's content script announces itself on `<html>`; no attribute, no script ran. */
const bylineRan = (page: E2EPage) =>
  page.evaluate(
    () =>
      document.documentElement.hasAttribute('data-byline-version') || !!document.querySelector('[data-byline-author]'),
    undefined,
  );

/** Loads the page and waits until a content script registered for it would have run. */
async function loadSettled(page: E2EPage, url: string): Promise<void> {
  await page.goto(url);
  // The page's own load is done; a registered document_idle script runs right after it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)), undefined);
}

async function setSwitch(options: E2EPage, on: boolean, selector = SWITCH): Promise<void> {
  await waitInPage(options, (sel) => document.querySelector(sel), selector, `the switch ${selector}`);
  const checked = await options.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, selector);
  if (checked !== on) await options.click(selector);
  await waitInPage(
    options,
    ([sel, want]) => (document.querySelector(sel as string) as HTMLInputElement | null)?.checked === want,
    [selector, on] as const,
    `the switch ${on ? 'on' : 'off'}`,
  );
}

describeInBrowsers('an opt-in site before it is turned on: Hugging Face Papers', (ctx) => {
  it('runs nothing on its pages, while arXiv still gets its marks', async () => {
    const { browser } = ctx();
    const page = await browser.newPage();
    await loadSettled(page, HF_PAPER);
    expect(await bylineRan(page)).toBe(false);
    await loadSettled(page, DBLP_PERSON);
    expect(await bylineRan(page)).toBe(false);
    await page.goto('https://arxiv.org/abs/2403.12968');
    expect(await waitForMarks(page, 13)).toBe(13);
    await page.close();
  });
});

// Turning a site on is a click in the options page. Firefox does not let a WebDriver session
// open moz-extension:// (or about:addons) pages, so this part runs in Chromium only.
describeInBrowsers(
  'an opt-in site: Hugging Face Papers',
  (ctx) => {
    it('does nothing until turned on in the options; then marks the paper page and shows a card; off again, nothing', async () => {
      const { browser } = ctx();
      const page = await browser.newPage();
      await page.setViewport(1280, 900);
      await loadSettled(page, HF_PAPER);
      expect(await bylineRan(page)).toBe(false);
      const registered = () =>
        browser.evaluateInBackground?.(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches?.join(' ')}`),
        );
      if (browser.evaluateInBackground) expect(await registered()).toEqual([]);

      const options = await browser.newPage();
      await options.goto(browser.extensionPageUrl!('options.html'));
      await setSwitch(options, true);
      // huggingface.co is already granted at install (a card source reads its API): no prompt.
      if (browser.evaluateInBackground)
        await expect.poll(registered).toEqual(['byline-site-huggingface-papers https://huggingface.co/*']);
      await page.goto(HF_PAPER);
      expect(await waitForMarks(page, 13)).toBe(13);
      await page.hover('span.author button');
      const card = await waitForLoadedCard(page);
      expect(card.status).toBe('ready');
      expect(card.text).toContain('Zhuoshi Pan');
      expect(card.text).toContain('Tsinghua University');

      await setSwitch(options, false);
      if (browser.evaluateInBackground) await expect.poll(registered).toEqual([]);
      await loadSettled(page, HF_PAPER);
      expect(await bylineRan(page)).toBe(false);
      await options.close();
      await page.close();
    });

    it('dblp, turned on: a person page is read on interest, one entry at a time', async () => {
      const { browser } = ctx();
      const options = await browser.newPage();
      await options.goto(browser.extensionPageUrl!('options.html'));
      await setSwitch(options, true, DBLP_SWITCH);
      const page = await browser.newPage();
      await page.setViewport(1280, 900);
      await expect
        .poll(() =>
          browser.evaluateInBackground!(async () =>
            (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
          ),
        )
        .toEqual(['byline-site-dblp']);
      await page.goto(DBLP_PERSON);
      await waitInPage(
        page,
        () => document.documentElement.hasAttribute('data-byline-started'),
        undefined,
        'Byline to start on the dblp person page',
      );
      // Nothing is marked at load on a page read on interest.
      expect(await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined)).toBe(0);
      await page.hover('li.entry span.this-person');
      const card = await waitForLoadedCard(page);
      expect(card.text).toContain('Zhuoshi Pan');
      // Only the hovered entry's 13 names were read; the other entry was never touched.
      expect(await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined)).toBe(13);
      await setSwitch(options, false, DBLP_SWITCH);
      await options.close();
      await page.close();
    });
  },
  ['chromium'],
);
