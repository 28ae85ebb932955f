import { SITE_IDS, isSiteHost } from '../../domain/sites';
import { INTEREST_SELECTORS } from '../../sites/interest';
import { waitInPage, type E2EPage } from './browsers/session';

/** The card as the page holds it: inside the closed shadow root of `<byline-card>`. */
export interface CardSnapshot {
  status: string;
  text: string;
  visible: boolean;
}

/** Reads the card from inside its closed shadow root, with the driver's privileges (see `E2EPage.inCard`). */
export function readCard(page: E2EPage): Promise<CardSnapshot | null> {
  return page.inCard((root) => {
    const card = root.querySelector('[data-testid="byline-card"]');
    if (!card) return null;
    const rect = card.getBoundingClientRect();
    // A card drawn in advance of its show delay is laid out but invisible.
    const visible = rect.width > 0 && rect.height > 0 && getComputedStyle(card).visibility !== 'hidden';
    return { status: card.getAttribute('data-status') ?? '', text: card.textContent ?? '', visible };
  }, undefined);
}

/** Polls `fn` on the card's shadow root until it returns a truthy value, or fails with `what`. */
export async function waitInCard<R, A>(
  page: E2EPage,
  fn: (root: ShadowRoot, arg: A) => R,
  arg: A,
  what: string,
  timeoutMs = 10_000,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let last: R | null = null;
  while (Date.now() < deadline) {
    last = await page.inCard(fn, arg);
    if (last) return last as NonNullable<R>;
    await sleep(50);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

/**
 * Waits until the card is complete (past its loading state and the early stages of a cold card,
 * `arriving`) and returns it.
 */
export async function waitForLoadedCard(page: E2EPage, timeoutMs = 20_000): Promise<CardSnapshot> {
  await waitInCard(
    page,
    (root) => {
      const card = root.querySelector('[data-testid="byline-card"]');
      const status = card?.getAttribute('data-status');
      return !!card && status !== 'loading' && status !== 'arriving' && getComputedStyle(card).visibility !== 'hidden';
    },
    undefined,
    'a complete card',
    timeoutMs,
  );
  return (await readCard(page))!;
}

/** The text of the first element matching `selector` in the card, or null. */
export function cardText(page: E2EPage, selector: string): Promise<string | null> {
  return page.inCard((root, sel) => root.querySelector(sel)?.textContent ?? null, selector);
}

/** An attribute of the first element matching `selector` in the card, or null. */
export function cardAttribute(page: E2EPage, selector: string, name: string): Promise<string | null> {
  return page.inCard((root, a) => root.querySelector(a.selector)?.getAttribute(a.name) ?? null, { selector, name });
}

/**
 * Shows interest in the page's names as a user does: the pointer passes over the first visible
 * name and away again, too fast for a card. Byline loads its cards on that (hover-card/bootstrap.ts),
 * and a paper page's names are then marked.
 */
export async function showInterest(page: E2EPage): Promise<void> {
  // The start-up script marks <html> once its listeners are there (Firefox runs it a little after load).
  await waitInPage(page, () => document.documentElement.hasAttribute('data-byline-started'), undefined, 'Byline');
  const host = await page.evaluate(() => location.hostname, undefined);
  const site = SITE_IDS.find((id) => isSiteHost(id, host));
  if (!site) throw new Error(`no Byline site at ${host}`);
  const found = await page.evaluate((selector) => {
    const el = Array.from(document.querySelectorAll(selector)).find((e) => e.getClientRects().length > 0);
    el?.setAttribute('data-e2e-interest', '');
    return !!el;
  }, INTEREST_SELECTORS[site]);
  if (!found) throw new Error(`no name to show interest in on ${host}`);
  await page.moveMouse(0, 0);
  await page.hover('[data-e2e-interest]');
  await page.moveMouse(0, 0);
  await page.evaluate(
    () => document.querySelector('[data-e2e-interest]')?.removeAttribute('data-e2e-interest'),
    undefined,
  );
}

/** Shows interest in the page's names (see showInterest), then waits until Byline has marked at least `min`. */
export async function waitForMarks(page: E2EPage, min = 1): Promise<number> {
  await showInterest(page);
  return waitInPage(
    page,
    (n) =>
      document.querySelectorAll('[data-byline-author]').length >= n
        ? document.querySelectorAll('[data-byline-author]').length
        : 0,
    min,
    'marked author names',
  );
}

/** Whether a card is open (present and displayed). */
export async function cardIsOpen(page: E2EPage): Promise<boolean> {
  return Boolean((await readCard(page))?.visible);
}

/** The bounding box of the card, for screenshots and for moving the pointer onto it. */
export function cardBox(page: E2EPage): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.inCard((root) => {
    const r = root.querySelector('[data-testid="byline-card"]')?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, undefined);
}

/** Clicks a control inside the card the way a user does (a trusted pointer event at its centre). */
export async function clickInCard(page: E2EPage, selector: string): Promise<void> {
  const box = await page.inCard((root, sel) => {
    const el = root.querySelector(sel);
    // The card scrolls inside itself; bring the control into view first, as a user would.
    el?.scrollIntoView({ block: 'nearest' });
    const r = el?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }, selector);
  if (!box) throw new Error(`no ${selector} in the card`);
  await page.mouseClick(box.x, box.y);
}

/**
 * Moves keyboard focus to `selector` the way a user does, with a real Tab: from a focusable
 * stand-in placed just before it (a script's focus() is not keyboard navigation to Byline).
 */
export async function tabTo(page: E2EPage, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const target = document.querySelector(sel)!;
    const before = document.createElement('span');
    before.tabIndex = 0;
    before.id = 'e2e-tab-start';
    target.before(before);
    before.focus();
  }, selector);
  await page.press('Tab');
  await page.evaluate(() => document.getElementById('e2e-tab-start')?.remove(), undefined);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The card's list of missing sources, as the user reads it. */
export function problemsText(page: E2EPage): Promise<string> {
  return cardText(page, '[data-testid="card-problems"]').then((t) => t ?? '');
}

/** Moves the pointer away, waits for any open card to close, hovers `selector` and waits for its card. */
export async function hoverForCard(page: E2EPage, selector: string, timeoutMs = 40_000): Promise<CardSnapshot> {
  await page.moveMouse(0, 0);
  const closed = async () =>
    !(await page.inCard((root) => !!root.querySelector('[data-testid="byline-card"]'), undefined));
  for (const end = Date.now() + 5_000; Date.now() < end && !(await closed()); ) await sleep(50);
  await page.hover(selector);
  return waitForLoadedCard(page, timeoutMs);
}
