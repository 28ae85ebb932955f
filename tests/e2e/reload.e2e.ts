import { expect, it } from 'vitest';
import type { E2EPage } from './browsers/session';
import { readCard, sleep, waitForLoadedCard, waitForMarks } from './card-helpers';
import { describeInBrowsers } from './suite';

/*
 * An update or reload of Byline while arXiv pages are open. The old content script loses its
 * extension: it must stop cleanly (its card goes away, hovering throws nothing into the page,
 * marks stay single). Chromium does not run the new version's scripts in open tabs, and an extension loaded from the command line, as here, is
 * not brought back by runtime.reload(); so "a new script takes over the marks of the old one
 * without a second pass" is proven in sites/page-marker.test.ts (handover), and here a page
 * reload before the extension reload must give exactly one mark per name. Firefox's driver
 * cannot reach the background to reload it, so this runs in Chromium.
 */

const ABS = 'https://arxiv.org/abs/2403.12968';

/** The one extension API the test calls in the background worker. */
declare const chrome: { runtime: { reload(): void } };

/** Collects the page's own uncaught errors and rejections from now on. */
function listenForPageErrors(page: E2EPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __pageErrors: string[] };
    w.__pageErrors = [];
    window.addEventListener('error', (e) => w.__pageErrors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => w.__pageErrors.push(String(e.reason)));
  }, undefined);
}

function pageErrors(page: E2EPage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? [], undefined);
}

/** Marks per name: every marked element once, no mark inside another, one live marker. */
function markShape(
  page: E2EPage,
): Promise<{ marks: number; nested: number; authorLinks: number; markedLinks: number }> {
  return page.evaluate(
    () => ({
      marks: document.querySelectorAll('[data-byline-author]').length,
      nested: document.querySelectorAll('[data-byline-author] [data-byline-author]').length,
      authorLinks: document.querySelectorAll('#abs .authors a').length,
      markedLinks: document.querySelectorAll('#abs .authors a[data-byline-author]').length,
    }),
    undefined,
  );
}

describeInBrowsers(
  'Byline is reloaded (an update) while a page is open',
  (ctx) => {
    it('a page reload marks each name once; after the extension reloads, the orphaned script stops cleanly', async () => {
      const { browser } = ctx();
      const page = await browser.newPage();
      await page.goto(ABS);
      expect(await waitForMarks(page, 13)).toBe(13);
      // A page reload runs the script again on a fresh page: one mark per name, never two.
      await page.goto(ABS);
      expect(await waitForMarks(page, 13)).toBe(13);
      await sleep(500);
      expect(await markShape(page)).toEqual({ marks: 13, nested: 0, authorLinks: 13, markedLinks: 13 });
      await page.hover('#abs .authors a');
      expect((await waitForLoadedCard(page)).text).toContain('Zhuoshi Pan');
      await listenForPageErrors(page);
      // A second page where no one showed interest yet: only the start-up script runs there.
      const untouched = await browser.newPage();
      await untouched.goto(ABS);
      await untouched.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const check = () =>
              document.documentElement.hasAttribute('data-byline-started') ? resolve() : setTimeout(check, 50);
            check();
          }),
        undefined,
      );
      await listenForPageErrors(untouched);

      // The worker goes away mid-call: the evaluation may fail, the reload still happens.
      await browser.evaluateInBackground!(() => chrome.runtime.reload()).catch(() => undefined);
      await sleep(1_500);

      // Pointer activity on the open page reaches the orphaned script: it must do nothing harmful.
      for (const nth of [2, 3, 1]) {
        await page.moveMouse(0, 0);
        await page.hover(`#abs .authors a:nth-of-type(${nth})`);
        await sleep(700);
      }
      const card = await readCard(page);
      console.info(
        `[${browser.name}] after the extension reload, the open page's card: ${card ? `${card.status}, visible ${card.visible}` : 'gone'}`,
      );
      // Either the card is gone, or what is left is the old answer for the first name, never a new lookup for the others.
      if (card?.visible) expect(card.text).not.toMatch(/Qianhui Wu|Huiqiang Jiang/);
      expect(await pageErrors(page)).toEqual([]);
      expect(await markShape(page)).toEqual({ marks: 13, nested: 0, authorLinks: 13, markedLinks: 13 });

      // The orphaned start-up script cannot load the cards any more: a hover there does nothing, quietly.
      await untouched.hover('#abs .authors a');
      await sleep(700);
      expect(await pageErrors(untouched)).toEqual([]);
      expect(await markShape(untouched)).toEqual({ marks: 0, nested: 0, authorLinks: 13, markedLinks: 0 });
      expect(await readCard(untouched)).toBeNull();
      await untouched.close();

      // Chromium does not bring back an extension loaded from the command line after
      // runtime.reload(): it stays unloaded. A reloaded page is then just arXiv's page, intact.
      await page.goto(ABS);
      await sleep(1_000);
      expect(await markShape(page)).toEqual({ marks: 0, nested: 0, authorLinks: 13, markedLinks: 0 });
      expect(
        await page.evaluate(
          () =>
            document.querySelector('byline-card') === null &&
            !document.documentElement.hasAttribute('data-byline-started'),
          undefined,
        ),
      ).toBe(true);
      await page.close();
    }, 60_000);
  },
  ['chromium'],
);
