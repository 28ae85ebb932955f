import { expect, it } from 'vitest';
import { type BrowserSession, type E2EPage, waitInPage } from './browsers/session';
import {
  cardBox,
  clickInCard,
  readCard,
  sleep,
  tabTo,
  waitForLoadedCard,
  waitForMarks,
  waitInCard,
} from './card-helpers';
import { addRoutes, CONTENT_TYPES } from './fake-web/routes';
import type { LoggedRequest } from './fake-web/server';
import { describeInBrowsers } from './suite';

/*
 * The page Byline runs on is hostile: its scripts run in the page's own world (here through
 * the driver's `evaluate`, or inlined in the page by the fake web) and try to act for the user,
 * read the card, switch Byline off or change the names it reads. Each test makes one attack and
 * checks that Byline did not act: no card, no look-up sent, nothing stored. Where the test then
 * does the same thing as a user (a real pointer, a real key), Byline answers, so the attack
 * failed because of the defence and not because Byline was not running.
 */

const ABS = 'https://arxiv.org/abs/2403.12968';
const FIRST = '#abs .authors a';
const SECOND = '#abs .authors a:nth-of-type(2)';
const API_HOSTS = [
  'api.semanticscholar.org',
  'api.github.com',
  'huggingface.co',
  'paperswithcode.co',
  'dblp.org',
  'api.openalex.org',
  'pub.orcid.org',
];
// The second author, Qianhui Wu, has no papers of her own in the fake web: Semantic Scholar's
// documented empty page answers for her.
addRoutes([
  {
    host: 'api.semanticscholar.org',
    path: /^\/graph\/v1\/author\/9000000002\/papers\?/,
    contentType: CONTENT_TYPES.JSON,
    api: true,
    body: () => JSON.stringify({ offset: 0, data: [] }),
  },
]);

/** Longer than Byline's dwell and show delays: a card that was going to open has opened. */
const SETTLE_MS = 1_500;

/** What Byline's background asked the web for: the APIs and homepages. */
const lookups = (requests: LoggedRequest[]) =>
  requests.filter((r) => API_HOSTS.includes(r.host) || r.host.endsWith('.github.io'));

async function openAbs(browser: BrowserSession, url = ABS): Promise<E2EPage> {
  const page = await browser.newPage();
  await page.setViewport(1280, 900);
  await page.goto(url);
  await waitForMarks(page, 13);
  return page;
}

/** Whether the card shows (the host may exist, empty, after an earlier card closed). */
const cardShown = async (page: E2EPage) => Boolean((await readCard(page))?.visible);

/** The user's corrections as stored, where the driver can read the background (Chromium). */
async function storedCorrections(browser: BrowserSession): Promise<unknown> {
  if (!browser.evaluateInBackground) return undefined;
  return browser.evaluateInBackground(async () => {
    const store = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local;
    return (await store.get('user:corrections'))['user:corrections'] ?? {};
  });
}

describeInBrowsers('a hostile page cannot act for the user, read the card or switch Byline off', (ctx) => {
  it('a synthetic pointerover on a name opens no card and sends nothing; a real hover does', async () => {
    const { browser, web } = ctx();
    const page = await openAbs(browser);
    await page.evaluate((sel) => {
      const name = document.querySelector(sel)!;
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove'])
        name.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'mouse' }));
    }, FIRST);
    await sleep(SETTLE_MS);
    expect(await cardShown(page)).toBe(false);
    expect(lookups(web.requests)).toEqual([]);
    await page.hover(FIRST);
    expect((await waitForLoadedCard(page)).text).toContain('Zhuoshi Pan');
    await page.close();
  });

  it("before any interest, a page's synthetic hovers and focus() do not make Byline load its cards; a real hover does", async () => {
    const { browser, web } = ctx();
    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(ABS);
    await waitInPage(page, () => document.documentElement.hasAttribute('data-byline-started'), undefined, 'Byline');
    await page.evaluate((sel) => {
      for (const name of Array.from(document.querySelectorAll(sel))) {
        for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove'])
          name.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'mouse' }));
        name.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        (name as HTMLElement).focus();
      }
    }, FIRST);
    await sleep(SETTLE_MS);
    // The cards were not loaded: they would have marked the names.
    expect(await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined)).toBe(0);
    expect(await cardShown(page)).toBe(false);
    expect(lookups(web.requests)).toEqual([]);
    await page.moveMouse(0, 0);
    await page.hover(FIRST);
    expect((await waitForLoadedCard(page)).text).toContain('Zhuoshi Pan');
    await page.close();
  });

  it("a page script's focus() on a name opens no card and sends nothing; real Tab navigation does", async () => {
    const { browser, web } = ctx();
    const page = await openAbs(browser);
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).focus(), FIRST);
    await sleep(SETTLE_MS);
    expect(await page.evaluate(() => document.activeElement?.textContent, undefined)).toBe('Zhuoshi Pan');
    expect(await cardShown(page)).toBe(false);
    expect(lookups(web.requests)).toEqual([]);
    // The page's focus (a trusted focus event) followed by a real key that is not Tab: still nothing.
    await page.press('Shift');
    await page.evaluate((sel) => {
      (document.activeElement as HTMLElement | null)?.blur();
      (document.querySelector(sel) as HTMLElement).focus();
    }, FIRST);
    await sleep(SETTLE_MS);
    expect(await cardShown(page)).toBe(false);
    await tabTo(page, FIRST);
    expect((await waitForLoadedCard(page)).text).toContain('Zhuoshi Pan');
    await page.close();
  });

  it('the card is closed to the page: its shadow root, text and follow state are out of reach', async () => {
    const { browser } = ctx();
    const page = await openAbs(browser);
    await page.hover(FIRST);
    await waitForLoadedCard(page);
    // Where the card is on screen (the driver knows; the host itself has no box of its own).
    const box = (await cardBox(page))!;
    const seen = await page.evaluate(
      (at) => {
        const host = document.querySelector('byline-card') as HTMLElement;
        return {
          shadowRoot: host.shadowRoot === null ? null : 'open',
          text: host.textContent,
          // The page's way to find elements by position stops at the host.
          atCentre: document.elementsFromPoint(at.x, at.y).includes(host),
          deepest: document.elementFromPoint(at.x, at.y)?.tagName,
          buttons: document.querySelectorAll('button[aria-pressed]').length,
        };
      },
      { x: box.x + box.width / 2, y: box.y + 40 },
    );
    expect(seen).toEqual({ shadowRoot: null, text: '', atCentre: true, deepest: 'BYLINE-CARD', buttons: 0 });
    // The card is there all the same: the driver, with privileges no page has, reads it.
    expect((await readCard(page))?.text).toContain('Zhuoshi Pan');
    await page.close();
  });

  it("'Set homepage' filled and submitted by a script (requestSubmit, a trusted submit) stores nothing", async () => {
    const { browser, web } = ctx();
    const page = await openAbs(browser);
    await page.hover(FIRST);
    await waitForLoadedCard(page);
    // The user opens the form with a real click; the page then fills it and submits it itself.
    await clickInCard(page, '[data-testid="set-homepage"]');
    await waitInCard(page, (root) => !!root.querySelector('form.set-homepage'), undefined, 'the homepage form');
    // A script holding the card's elements (the driver stands in for one: the root is closed).
    await page.inCard((root) => {
      const input = root.querySelector('form.set-homepage input') as HTMLInputElement;
      input.value = 'https://mallory.github.io/';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, undefined);
    await sleep(100);
    await page.inCard(
      (root) => (root.querySelector('form.set-homepage') as HTMLFormElement).requestSubmit(),
      undefined,
    );
    await sleep(SETTLE_MS);
    // A synthetic click on Save, and a synthetic Enter in the field, after a new real click on nothing.
    await page.inCard((root) => {
      const form = root.querySelector('form.set-homepage') as HTMLFormElement | null;
      (form?.querySelector('button[type=submit]') as HTMLButtonElement | null)?.click();
      form
        ?.querySelector('input')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }, undefined);
    await sleep(SETTLE_MS);
    expect(web.requestsTo('mallory.github.io')).toEqual([]);
    const stored = await storedCorrections(browser);
    if (stored !== undefined) expect(JSON.stringify(stored)).not.toContain('mallory');
    // After a reload the card is still Zhuoshi Pan's own.
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await page.hover(FIRST);
    const card = await waitForLoadedCard(page);
    expect(card.text).toContain('Tsinghua University');
    expect(card.text).not.toContain('Mallory');
    expect(web.requestsTo('mallory.github.io')).toEqual([]);
    await page.close();
  });

  it("a page script pressing Follow or 'Not this person' changes nothing", async () => {
    const { browser, web } = ctx();
    const page = await openAbs(browser);
    await page.hover(FIRST);
    await waitForLoadedCard(page);
    const before = web.requests.length;
    await page.inCard((root) => {
      (root.querySelector('button[aria-pressed]') as HTMLButtonElement).click();
      (root.querySelector('[data-testid="reject-match"]') as HTMLButtonElement).click();
    }, undefined);
    await sleep(SETTLE_MS);
    expect(
      await page.inCard((root) => root.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed'), undefined),
    ).toBe('false');
    expect((await readCard(page))?.text).toContain('Zhuoshi Pan');
    // "Not this person" would look the name up again.
    expect(lookups(web.requests.slice(before))).toEqual([]);
    await page.close();
  });

  it('writing the old handover attribute or removing the started mark does not switch Byline off', async () => {
    const { browser } = ctx();
    const page = await openAbs(browser);
    await page.evaluate(() => {
      const html = document.documentElement;
      html.setAttribute('data-byline-version', `page:${Date.now()}`);
      html.removeAttribute('data-byline-started');
      for (const a of Array.from(document.querySelectorAll('[data-byline-author]')))
        a.setAttribute('data-byline-author', '0');
    }, undefined);
    await sleep(300);
    await page.hover(SECOND);
    const card = await waitForLoadedCard(page);
    expect(card.text).toContain('Qianhui Wu');
    expect(card.text).not.toContain('Zhuoshi Pan');
    await page.close();
  });

  it("dispatching the framework's start-up event does not switch Byline off", async () => {
    const { browser } = ctx();
    const page = await openAbs(browser);
    // The event's name is the extension's id, the script's name and a fixed suffix: all public.
    const id =
      browser.name === 'chromium' ? new URL(browser.extensionPageUrl!('')).host : 'byline@byline-extension.org';
    await page.evaluate((extensionId) => {
      for (const script of ['arxiv', 'acl', 'content']) {
        const type = `${extensionId}:${script}:wxt:content-script-started`;
        for (const name of ['arxiv', 'acl', undefined])
          document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
        window.postMessage({ type, contentScriptName: 'arxiv', messageId: 'page' }, '*');
      }
    }, id);
    await sleep(300);
    await page.hover(FIRST);
    expect((await waitForLoadedCard(page)).text).toContain('Zhuoshi Pan');
    await page.close();
  });

  it('text the page hides inside a name, and bidi controls around one, are not part of it', async () => {
    const { browser, web } = ctx();
    const page = await openAbs(browser, `${ABS}?attack=hidden-name`);
    expect(await page.evaluate((sel) => document.querySelector(sel)?.textContent, FIRST)).toContain('Mallory');
    await page.hover(FIRST);
    const first = await waitForLoadedCard(page);
    expect(first.text).toContain('Zhuoshi Pan');
    expect(first.text).not.toMatch(/Mallory|Eve|Trudy/);
    const asked = lookups(web.requests).map((r) => decodeURIComponent(r.path));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.join(' ')).not.toMatch(/Mallory|Eve|Trudy/);
    await page.moveMouse(0, 0);
    await sleep(800);
    await page.hover(SECOND);
    await waitForLoadedCard(page);
    const name = await page.inCard((root) => {
      const h2 = root.querySelector('h2.name');
      return { text: h2?.textContent ?? '', isolated: !!h2?.querySelector('bdi') };
    }, undefined);
    expect(name).toEqual({ text: expect.stringContaining('Qianhui Wu'), isolated: true });
    expect(name?.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    await page.close();
  });

  it('last, the user can still set a homepage: typing the address and pressing Enter in the field', async () => {
    const { browser, web } = ctx();
    const page = await openAbs(browser);
    await page.hover(FIRST);
    await waitForLoadedCard(page);
    await clickInCard(page, '[data-testid="set-homepage"]');
    await waitInCard(page, (root) => !!root.querySelector('form.set-homepage'), undefined, 'the homepage form');
    await clickInCard(page, 'form.set-homepage input');
    // The field holds the homepage Byline found; the user clears it and types another.
    await page.press('End');
    for (let i = 0; i < 40; i++) await page.press('Backspace');
    await page.type('https://mallory.github.io/');
    await page.press('Enter');
    await waitInCard(
      page,
      (root) =>
        !['loading', 'arriving'].includes(
          root.querySelector('[data-testid="byline-card"]')?.getAttribute('data-status') ?? 'loading',
        ),
      undefined,
      'the card to reload',
      20_000,
    );
    for (const end = Date.now() + 10_000; Date.now() < end && !web.requestsTo('mallory.github.io').length; )
      await sleep(100);
    expect(web.requestsTo('mallory.github.io').length).toBeGreaterThan(0);
    await page.close();
  });
});
