import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { waitInPage } from './browsers/session';
import { describeInBrowsers } from './suite';

const ABS = 'https://arxiv.org/abs/2403.12968';

/** The one extension API the test calls inside the background worker. */
declare const chrome: { tabs: { query(q: { active: boolean }): Promise<{ id?: number }[]> } };

// Firefox does not let a WebDriver session open moz-extension:// pages, so these run in Chromium.
describeInBrowsers(
  'the popup and the options page',
  (ctx) => {
    it('the popup lists the researchers of the page in byline order and opens a full card', async () => {
      const { browser, artifacts } = ctx();
      const page = await browser.newPage();
      await page.goto(ABS);
      // No one pointed at a name yet: the popup's question is the first interest, and loads the cards.
      await waitInPage(page, () => document.documentElement.hasAttribute('data-byline-started'), undefined, 'Byline');
      const tabId = await browser.evaluateInBackground!(async () => {
        // Byline may not read tab URLs (no "tabs" permission): the arXiv page is the active tab now.
        const [tab] = await chrome.tabs.query({ active: true });
        return tab?.id ?? -1;
      });
      const popup = await browser.newPage();
      await popup.setViewport(400, 600);
      await popup.goto(browser.extensionPageUrl!(`popup.html?tab=${tabId}`));
      const names = await waitInPage(
        popup,
        () => {
          const items = [...document.querySelectorAll('section[aria-labelledby="on-this-page"] li')].map(
            (li) => li.textContent ?? '',
          );
          return items.length ? items : null;
        },
        undefined,
        'the page researchers in the popup',
      );
      expect(names).toHaveLength(13);
      expect(names[0]).toContain('Zhuoshi Pan');
      expect(names[12]).toContain('Dongmei Zhang');
      await popup.screenshot(`${artifacts}popup-chromium.png`);
      await popup.click('section[aria-labelledby="on-this-page"] li button');
      await waitInPage(
        popup,
        () => document.querySelector('[data-testid="byline-card"]')?.getAttribute('data-status') === 'ready',
        undefined,
        'the card in the popup',
        20_000,
      );
      expect(
        await popup.evaluate(() => document.querySelector('[data-testid="byline-card"]')?.textContent ?? '', undefined),
      ).toContain('Tsinghua University');
      await popup.screenshot(`${artifacts}popup-card-chromium.png`);
      if (process.env.UPDATE_SCREENSHOTS) {
        mkdirSync('docs/screenshots', { recursive: true });
        copyFileSync(`${artifacts}popup-chromium.png`, 'docs/screenshots/popup.png');
      }
      await popup.close();
      await page.close();
    });

    it('the options page renders sources, keys, delay, cache and data export', async () => {
      const { browser, artifacts } = ctx();
      const options = await browser.newPage();
      await options.setViewport(900, 1100);
      await options.goto(browser.extensionPageUrl!('options.html'));
      await waitInPage(
        options,
        () => document.querySelector('input[type="number"]'),
        undefined,
        'the hover delay field',
      );
      const text = await options.evaluate(() => document.body.textContent ?? '', undefined);
      for (const label of [
        'Semantic Scholar',
        'GitHub token',
        'Delay before a card shows',
        'Clear cache',
        'Export',
        'Import',
      ])
        expect(text).toContain(label);
      await options.screenshot(`${artifacts}options-chromium.png`);
      if (process.env.UPDATE_SCREENSHOTS)
        copyFileSync(`${artifacts}options-chromium.png`, 'docs/screenshots/options.png');
      await options.close();
    });
  },
  ['chromium'],
);
