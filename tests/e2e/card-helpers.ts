import { waitInPage, type E2EPage } from './browsers/session';

/** The card as the page holds it: inside the open shadow root of `<byline-card>`. */
export interface CardSnapshot {
  status: string;
  text: string;
  visible: boolean;
}

/** Reads the card from inside its shadow root (page scripts cannot reach it any other way). */
export function readCard(page: E2EPage): Promise<CardSnapshot | null> {
  return page.evaluate(() => {
    const card = document.querySelector('byline-card')?.shadowRoot?.querySelector('[data-testid="byline-card"]');
    if (!card) return null;
    const rect = card.getBoundingClientRect();
    // A card drawn in advance of its show delay is laid out but invisible.
    const visible = rect.width > 0 && rect.height > 0 && getComputedStyle(card).visibility !== 'hidden';
    return { status: card.getAttribute('data-status') ?? '', text: card.textContent ?? '', visible };
  }, undefined);
}

/** Waits until the card has left its loading state and returns it. */
export async function waitForLoadedCard(page: E2EPage, timeoutMs = 20_000): Promise<CardSnapshot> {
  await waitInPage(
    page,
    () => {
      const card = document.querySelector('byline-card')?.shadowRoot?.querySelector('[data-testid="byline-card"]');
      return !!card && card.getAttribute('data-status') !== 'loading' && getComputedStyle(card).visibility !== 'hidden';
    },
    undefined,
    'a loaded card',
    timeoutMs,
  );
  return (await readCard(page))!;
}

/** Waits until Byline has marked at least `min` names on the page. */
export function waitForMarks(page: E2EPage, min = 1): Promise<number> {
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
  return page.evaluate(() => {
    const r = document
      .querySelector('byline-card')
      ?.shadowRoot?.querySelector('[data-testid="byline-card"]')
      ?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, undefined);
}

/** Clicks a control inside the card the way a user does (a trusted pointer event at its centre). */
export async function clickInCard(page: E2EPage, selector: string): Promise<void> {
  const box = await page.evaluate((sel) => {
    const el = document.querySelector('byline-card')?.shadowRoot?.querySelector(sel);
    // The card scrolls inside itself; bring the control into view first, as a user would.
    el?.scrollIntoView({ block: 'nearest' });
    const r = el?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }, selector);
  if (!box) throw new Error(`no ${selector} in the card`);
  await page.mouseClick(box.x, box.y);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The card's list of missing sources, as the user reads it. */
export function problemsText(page: E2EPage): Promise<string> {
  return page.evaluate(
    () =>
      document.querySelector('byline-card')?.shadowRoot?.querySelector('[data-testid="card-problems"]')?.textContent ??
      '',
    undefined,
  );
}

/** Moves the pointer away, waits for any open card to close, hovers `selector` and waits for its card. */
export async function hoverForCard(page: E2EPage, selector: string, timeoutMs = 40_000): Promise<CardSnapshot> {
  await page.moveMouse(0, 0);
  await waitInPage(
    page,
    () => !document.querySelector('byline-card')?.shadowRoot?.querySelector('[data-testid="byline-card"]'),
    undefined,
    'the previous card to close',
    5_000,
  ).catch(() => undefined);
  await page.hover(selector);
  return waitForLoadedCard(page, timeoutMs);
}
