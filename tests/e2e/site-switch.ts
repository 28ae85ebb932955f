import { contentScriptMatches, type SiteId } from '../../domain/sites';
import { STARTED_ATTR } from '../../sites/page-marker';
import { type BrowserSession, type E2EPage, waitInPage } from './browsers/session';
import { clickInCard, waitForMarks, waitInCard } from './card-helpers';

/**
 * Turning a site on or off the way a user does, in both browsers. A Firefox WebDriver BiDi
 * session cannot open moz-extension:// pages itself, but it can drive one the extension opened:
 * so the options page is reached as a user reaches it from a page, through the card's "Byline
 * options" (the background opens it with `runtime.openOptionsPage`), and the switch is clicked
 * there, a trusted click, so the browser's permission request sees a user gesture.
 *
 * The permission grant: the options page asks for the site's hosts inside the click. Firefox
 * grants without its doorhanger (the suite's profile sets `extensions.webextOptionalPermissionPrompts`
 * off; the request still goes through the real API, its user-input check and the manifest's
 * optional origins). Chromium grants hosts already granted at install without a dialog; for any
 * other host it shows a dialog a headless session cannot answer (the request never settles), so
 * `turnSiteOn` then fails at once saying so: such a site's grant is proven in Firefox.
 */

/**
 * Whether any of Byline ran in the page: the start-up script's mark on `<html>` (written in its
 * first idle moment), a marked name, or a name span the cards wrapped. None of them: nothing ran.
 */
export const bylineRan = (page: E2EPage): Promise<boolean> =>
  page.evaluate(
    (started) =>
      document.documentElement.hasAttribute(started) ||
      !!document.querySelector('[data-byline-author], [data-byline-name]'),
    STARTED_ATTR,
  );

/** Loads the page and waits until a content script registered for it would have run. */
export async function loadSettled(page: E2EPage, url: string): Promise<void> {
  await page.goto(url);
  // The page's own load is done; a registered document_idle script and its idle callback run right after it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)), undefined);
}

/** A page Byline always runs on, whose first name opens a card (the fake web serves it). */
const CARD_PAGE = 'https://arxiv.org/abs/2403.12968';
const CARD_NAME = '#abs .authors a:nth-of-type(1)';
const OPTIONS_BUTTON = '[data-testid="card-options"]';

/**
 * Opens Byline's options page from a card: hover a name on arXiv, click "Byline options" in
 * the card, and attach to the tab the extension opened. The card's look-up runs as any hover's
 * would (the fake web answers it), so Zhuoshi Pan's card is then in Byline's cache: a test
 * that counts requests for his card turns its sites on first and counts from there. The arXiv
 * tab is closed again; with `from`, the card is opened on that page's name instead, and the
 * page stays open.
 */
export async function openOptionsFromCard(
  browser: BrowserSession,
  from?: { page: E2EPage; name: string },
): Promise<E2EPage> {
  if (!browser.waitForPage) throw new Error(`${browser.name}: cannot attach to a tab the extension opens`);
  const page = from?.page ?? (await browser.newPage());
  if (!from) {
    await page.setViewport(1280, 900);
    await page.goto(CARD_PAGE);
    await waitForMarks(page, 1);
  }
  await page.hover(from?.name ?? CARD_NAME);
  // The link is in every state of the card, loading included: no need to wait for the sources.
  await waitInCard(
    page,
    (root, sel) => {
      const card = root.querySelector('[data-testid="byline-card"]');
      const rect = card?.getBoundingClientRect();
      return !!root.querySelector(sel) && !!rect?.width && getComputedStyle(card!).visibility !== 'hidden';
    },
    OPTIONS_BUTTON,
    'the card with its "Byline options" link',
  );
  await clickInCard(page, OPTIONS_BUTTON);
  const options = await browser.waitForPage(/\/options\.html(#.*)?$/);
  if (!from) await page.close();
  return options;
}

/**
 * Sets a site's switch on the options page, with a real click, and waits until the page shows
 * it saved. Turning an opt-in site on asks the browser for its hosts first; a refusal (or a
 * dialog nobody answers) leaves the switch off, and this fails with what the page said.
 */
export async function setSiteSwitch(options: E2EPage, site: SiteId, on: boolean): Promise<void> {
  const selector = `input[data-site="${site}"]`;
  await waitInPage(options, (sel) => !!document.querySelector(sel), selector, `the switch for ${site}`);
  const checked = await options.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, selector);
  if (checked === on) return;
  await options.click(selector);
  try {
    await waitInPage(
      options,
      ([sel, want]) =>
        (document.querySelector(sel as string) as HTMLInputElement | null)?.checked === want &&
        document.querySelector('.status')?.textContent === 'Saved.',
      [selector, on] as const,
      `the switch for ${site} ${on ? 'on' : 'off'}, saved`,
    );
  } catch (e) {
    const status = await options.evaluate(() => document.querySelector('.status')?.textContent ?? '', undefined);
    throw new Error(`${(e as Error).message}; the options page says: "${status}"`);
  }
}

/** Turns `site` on as a user does (card → options → switch → the browser's grant), then closes the options tab. */
export async function turnSiteOn(browser: BrowserSession, site: SiteId): Promise<void> {
  await switchSite(browser, site, true);
}

/** Turns `site` off again (its hosts are given back), then closes the options tab. */
export async function turnSiteOff(browser: BrowserSession, site: SiteId): Promise<void> {
  await switchSite(browser, site, false);
}

/** Whether the browser already lets Byline read every host of `site` (asked in one of Byline's pages). */
export function siteHostsGranted(options: E2EPage, site: SiteId): Promise<boolean> {
  return options.evaluate(async (origins) => {
    const api = (globalThis as unknown as { browser?: PermissionsApi; chrome: PermissionsApi }).browser;
    return (api ?? (globalThis as unknown as { chrome: PermissionsApi }).chrome).permissions.contains({ origins });
  }, contentScriptMatches(site));
}
interface PermissionsApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
}

async function switchSite(browser: BrowserSession, site: SiteId, on: boolean): Promise<void> {
  const options = await openOptionsFromCard(browser);
  try {
    if (on && browser.name === 'chromium' && !(await siteHostsGranted(options, site)))
      throw new Error(
        `Chromium asks for ${contentScriptMatches(site).join(', ')} with a dialog a headless session cannot answer: turn ${site} on in Firefox`,
      );
    await setSiteSwitch(options, site, on);
  } finally {
    await options.close();
  }
}
