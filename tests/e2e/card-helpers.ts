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
    return { status: card.getAttribute('data-status') ?? '', text: card.textContent ?? '', visible: rect.width > 0 && rect.height > 0 };
  }, undefined);
}

/** Waits until the card has left its loading state and returns it. */
export async function waitForLoadedCard(page: E2EPage, timeoutMs = 20_000): Promise<CardSnapshot> {
  await waitInPage(
    page,
    () => {
      const card = document.querySelector('byline-card')?.shadowRoot?.querySelector('[data-testid="byline-card"]');
      return !!card && card.getAttribute('data-status') !== 'loading';
    },
    undefined,
    'a loaded card',
    timeoutMs,
  );
  return (await readCard(page))!;
}

/** Waits until Byline has marked at least `min` names on the page. */
export function waitForMarks(page: E2EPage, min = 1): Promise<number> {
  return waitInPage(page, (n) => (document.querySelectorAll('[data-byline-author]').length >= n ? document.querySelectorAll('[data-byline-author]').length : 0), min, 'marked author names');
}

/** Whether a card is open (present and displayed). */
export async function cardIsOpen(page: E2EPage): Promise<boolean> {
  return Boolean((await readCard(page))?.visible);
}

/** The bounding box of the card, for screenshots and for moving the pointer onto it. */
export function cardBox(page: E2EPage): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(() => {
    const r = document.querySelector('byline-card')?.shadowRoot?.querySelector('[data-testid="byline-card"]')?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, undefined);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
