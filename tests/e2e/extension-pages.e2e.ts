import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { type BrowserSession, type E2EPage, waitInPage } from './browsers/session';
import { hoverForCard, waitForMarks } from './card-helpers';
import { openOptionsFromCard } from './site-switch';
import { describeInBrowsers } from './suite';

const ABS = 'https://arxiv.org/abs/2403.12968';

const FIRST = '#abs .authors a:nth-of-type(1)';

/** The extension APIs the test calls inside Byline's own pages and background. */
interface TabsApi {
  tabs: {
    query(q: { active?: boolean; windowId?: number }): Promise<{ id?: number; index: number; openerTabId?: number }[]>;
    getCurrent(): Promise<{ id?: number; index: number; windowId?: number; openerTabId?: number } | undefined>;
  };
}
declare const chrome: TabsApi;

/**
 * The popup for the tab `page` shows, opened as a page of its own (`popup.html?tab=<id>`, the
 * way Byline's popup pins itself to one tab): neither driver can click the toolbar button.
 * Chromium opens the URL directly. Firefox cannot open moz-extension:// pages itself, so the
 * options page is opened as a user opens it, from the card on `page` ("Byline options"), and
 * that tab, one of Byline's own pages, goes on to the popup for the tab it was opened from.
 */
async function openPopupFor(browser: BrowserSession, page: E2EPage): Promise<E2EPage> {
  if (browser.evaluateInBackground && browser.extensionPageUrl) {
    const tabId = await browser.evaluateInBackground(async () => {
      // Byline may not read tab URLs (no "tabs" permission): the arXiv page is the active tab now.
      const [tab] = await chrome.tabs.query({ active: true });
      return tab?.id ?? -1;
    });
    const popup = await browser.newPage();
    await popup.goto(browser.extensionPageUrl(`popup.html?tab=${tabId}`));
    return popup;
  }
  const options = await openOptionsFromCard(browser, { page, name: FIRST });
  await options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: TabsApi }).browser;
    const self = await api.tabs.getCurrent();
    // The options page opens next to the tab the user was on (and names it its opener).
    const tabs = await api.tabs.query({ windowId: self?.windowId });
    const from = self?.openerTabId ?? tabs.find((t) => t.index === (self?.index ?? 0) - 1)?.id;
    setTimeout(() => location.assign(`popup.html?tab=${from}`));
  }, undefined);
  return browser.waitForPage!(/\/popup\.html\?tab=\d+$/);
}

describeInBrowsers('the popup and the options page', (ctx) => {
  it('the popup lists the researchers of a paper page: the paper once, each row its place in the byline, and opens a full card', async () => {
    const { browser, artifacts } = ctx();
    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(ABS);
    await waitForMarks(page, 13);
    // The user looked at the first author: his row then says what his card found.
    await hoverForCard(page, FIRST);
    const popup = await openPopupFor(browser, page);
    await popup.setViewport(400, 600);
    const rows = await waitInPage(
      popup,
      () => {
        const items = [...document.querySelectorAll('section[aria-labelledby="on-this-page"] li')].map((li) => ({
          name: li.querySelector('.person-name')?.textContent ?? '',
          line: li.querySelector('.person-line')?.textContent ?? '',
        }));
        return items.length ? items : null;
      },
      undefined,
      'the page researchers in the popup',
    );
    expect(rows.map((r) => r.name)).toHaveLength(13);
    expect(rows[0]?.name).toBe('Zhuoshi Pan');
    expect(rows[0]?.line).toMatch(/^first author · .*Tsinghua University/);
    expect(rows[2]?.line).toBe('3rd of 13');
    expect(rows[12]).toEqual({ name: 'Dongmei Zhang', line: 'last author' });
    const paper = await popup.evaluate(
      () => document.querySelector('[data-testid="page-paper"]')?.textContent ?? '',
      undefined,
    );
    expect(paper).toMatch(/^LLMLingua-2: .*arXiv 2403\.12968$/);
    expect(await popup.evaluate(() => document.body.textContent?.match(/LLMLingua-2:/g)?.length, undefined)).toBe(1);
    await popup.screenshot(`${artifacts}popup-${browser.name}.png`);
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
    await popup.screenshot(`${artifacts}popup-card-${browser.name}.png`);
    if (process.env.UPDATE_SCREENSHOTS && browser.name === 'chromium') {
      mkdirSync('docs/screenshots', { recursive: true });
      copyFileSync(`${artifacts}popup-chromium.png`, 'docs/screenshots/popup.png');
    }
    await popup.close();
    await page.close();
  }, 60_000);

  it("the popup's question is interest enough: on a page no one pointed at, it loads the cards and lists the names", async () => {
    const { browser } = ctx();
    // Firefox reaches the popup only through a card's options link, which is a hover first.
    if (!browser.evaluateInBackground) return console.info(`[${browser.name}] popup as first interest: Chromium only`);
    const page = await browser.newPage();
    await page.goto(ABS);
    await waitInPage(page, () => document.documentElement.hasAttribute('data-byline-started'), undefined, 'Byline');
    expect(await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined)).toBe(0);
    const popup = await openPopupFor(browser, page);
    const names = await waitInPage(
      popup,
      () => document.querySelectorAll('section[aria-labelledby="on-this-page"] li').length,
      undefined,
      'the page researchers in the popup',
    );
    expect(names).toBe(13);
    expect(await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined)).toBe(13);
    await popup.close();
    await page.close();
  });

  it('the options page renders sources, keys, delay, cache and data export', async () => {
    const { browser, artifacts } = ctx();
    const options = await openOptionsFromCard(browser);
    await options.setViewport(900, 1100);
    await waitInPage(
      options,
      () => !!document.querySelector('input[type="number"]'),
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
    await options.screenshot(`${artifacts}options-${browser.name}.png`);
    if (process.env.UPDATE_SCREENSHOTS && browser.name === 'chromium')
      copyFileSync(`${artifacts}options-chromium.png`, 'docs/screenshots/options.png');
    await options.close();
  });
});
