import { expect, it } from 'vitest';
import type { BrowserSession, E2EPage } from './browsers/session';
import { waitInPage } from './browsers/session';
import { waitForLoadedCard, waitForMarks } from './card-helpers';
import {
  OPENREVIEW_FORUM,
  OPENREVIEW_FOUNDING_FORUM,
  OPENREVIEW_GROUP,
  OPENREVIEW_PROFILE,
} from './fake-web/openreview';
import { bylineRan, loadSettled, openOptionsFromCard, setSiteSwitch, turnSiteOff } from './site-switch';
import { describeInBrowsers } from './suite';

/** The extension APIs the test calls: in the background worker, and in chrome://extensions (Chromium only). */
declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
};

/**
 * Turns OpenReview on as a user does: options from a card, then the switch. Chromium asks for
 * a host no source needs with a dialog a headless session cannot answer, so there the site is
 * first granted in the browser's own page for the extension (Site access, which the user can
 * use too); the switch's request then settles without a dialog, though `permissions.contains`
 * does not count that grant (so `turnSiteOn`, which checks it first, is not used). Firefox
 * grants through the switch's own request (tests/e2e/site-switch.ts).
 */
async function turnOpenReviewOn(browser: BrowserSession): Promise<void> {
  if (browser.name === 'chromium') {
    const id = new URL(browser.extensionPageUrl!('options.html')).host;
    const extensions = await browser.newPage();
    await extensions.goto(`chrome://extensions/?id=${id}`);
    await extensions.evaluate(
      (extId) => chrome.developerPrivate.addHostPermission(extId, 'https://openreview.net/*'),
      id,
    );
    await extensions.close();
  }
  const options = await openOptionsFromCard(browser);
  try {
    await setSiteSwitch(options, 'openreview', true);
  } finally {
    await options.close();
  }
}

/**
 * What OpenReview's app does on a client-side navigation: the address changes, then the new
 * view is rendered into the same `<main>` (here: the saved page of that view, fetched).
 */
function navigateInPage(page: E2EPage, url: string): Promise<unknown> {
  return page.evaluate(async (href) => {
    history.pushState(null, '', href);
    const html = await (await fetch(href)).text();
    const next = new DOMParser().parseFromString(html, 'text/html').querySelector('main#content');
    const main = document.querySelector('main#content');
    if (main && next) main.innerHTML = next.innerHTML;
  }, url);
}

const marks = (page: E2EPage) =>
  page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined);

describeInBrowsers('OpenReview', (ctx) => {
  it('runs nothing on its pages before it is turned on', async () => {
    const { browser } = ctx();
    const page = await browser.newPage();
    await loadSettled(page, OPENREVIEW_FORUM);
    expect(await bylineRan(page)).toBe(false);
    await loadSettled(page, OPENREVIEW_PROFILE);
    expect(await bylineRan(page)).toBe(false);
    await page.close();
  });

  it('turned on: marks a forum with profile ids, shows a card, follows client-side navigation; off again, nothing', async () => {
    const { browser, web } = ctx();
    await turnOpenReviewOn(browser);
    if (browser.evaluateInBackground)
      await expect
        .poll(() =>
          browser.evaluateInBackground!(async () =>
            (await chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches?.join(' ')}`),
          ),
        )
        .toEqual(['byline-site-openreview https://openreview.net/*']);

    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(OPENREVIEW_FOUNDING_FORUM);
    expect(await waitForMarks(page, 6)).toBe(6);
    await page.hover('.forum-authors a[href="/profile?id=~Zhuoshi_Pan1"]');
    const card = await waitForLoadedCard(page);
    expect(card.status).toBe('ready');
    expect(card.text).toContain('Zhuoshi Pan');
    expect(card.text).toContain('Tsinghua University');
    // The page's profile id was asked for by id: no profile search by name.
    const asked = web.requestsTo('api2.openreview.net').map((r) => r.path);
    expect(asked).toContain('/profiles?id=~Zhuoshi_Pan1');
    expect(asked.filter((p) => p.startsWith('/profiles/search'))).toEqual([]);

    // To a profile without a load: its publications and co-authors are marked.
    await navigateInPage(page, OPENREVIEW_PROFILE);
    expect(await waitForMarks(page, 11)).toBe(11);

    // To a venue: read on interest, so nothing is marked until a name is hovered.
    await navigateInPage(page, OPENREVIEW_GROUP);
    await waitInPage(page, () => !!document.querySelector('#notes .note-authors'), undefined, 'the venue view');
    expect(await marks(page)).toBe(0);
    await page.hover('.note-authors a[href="/profile?id=~Greg_Durrett1"]');
    await waitInPage(
      page,
      () => document.querySelectorAll('[data-byline-author]').length === 4,
      undefined,
      'the hovered note’s 4 names marked',
    );
    await page.close();

    await turnSiteOff(browser, 'openreview');
    const after = await browser.newPage();
    await loadSettled(after, OPENREVIEW_FORUM);
    expect(await bylineRan(after)).toBe(false);
    await after.close();
  }, 120_000);
});
