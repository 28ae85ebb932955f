import { expect, it } from 'vitest';
import { waitInPage } from './browsers/session';
import { waitForLoadedCard, waitForMarks } from './card-helpers';
import { bylineRan, loadSettled, turnSiteOff, turnSiteOn } from './site-switch';
import { describeInBrowsers } from './suite';

/** The one extension API the test calls inside the background worker (where the driver reaches it: Chromium). */
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };

const HF_PAPER = 'https://huggingface.co/papers/2403.12968';
const DBLP_PERSON = 'https://dblp.org/pid/335/2379.html';

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

// Turning a site on is a click in the options page, reached as a user reaches it from a page:
// the card's "Byline options" (see site-switch.ts). Chromium also shows what the background
// registered; Firefox's background is out of the driver's reach, and the pages tell.
describeInBrowsers('an opt-in site: Hugging Face Papers', (ctx) => {
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

    // huggingface.co is already granted at install (a card source reads its API): the grant asks nothing.
    await turnSiteOn(browser, 'huggingface-papers');
    if (browser.evaluateInBackground)
      await expect.poll(registered).toEqual(['byline-site-huggingface-papers https://huggingface.co/*']);
    await page.goto(HF_PAPER);
    expect(await waitForMarks(page, 13)).toBe(13);
    await page.hover('span.author button');
    const card = await waitForLoadedCard(page);
    expect(card.status).toBe('ready');
    expect(card.text).toContain('Zhuoshi Pan');
    expect(card.text).toContain('Tsinghua University');

    await turnSiteOff(browser, 'huggingface-papers');
    if (browser.evaluateInBackground) await expect.poll(registered).toEqual([]);
    await loadSettled(page, HF_PAPER);
    expect(await bylineRan(page)).toBe(false);
    await page.close();
  }, 60_000);

  it('dblp, turned on: a person page is read on interest, one entry at a time', async () => {
    const { browser } = ctx();
    await turnSiteOn(browser, 'dblp');
    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    if (browser.evaluateInBackground)
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
    await turnSiteOff(browser, 'dblp');
    await loadSettled(page, DBLP_PERSON);
    expect(await bylineRan(page)).toBe(false);
    await page.close();
  }, 60_000);
});
