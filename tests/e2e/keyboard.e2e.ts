import { expect, it } from 'vitest';
import {
  cardBox,
  cardIsOpen,
  clickInCard,
  readCard,
  sleep,
  tabTo,
  waitForLoadedCard,
  waitForMarks,
  waitInCard,
} from './card-helpers';
import { describeInBrowsers } from './suite';

const ABS = 'https://arxiv.org/abs/2403.12968';
const NAME = '#abs .authors a';

describeInBrowsers('hover rules: keyboard, Esc, close button and grace period', (ctx) => {
  it('opens when Tab brings keyboard focus to a name, and Esc closes it and returns focus to the name', async () => {
    const { browser } = ctx();
    const page = await browser.newPage();
    await page.goto(ABS);
    // The first interest on the page is the keyboard's: the cards load on it and open.
    await tabTo(page, NAME);
    await waitForLoadedCard(page);
    expect(await cardIsOpen(page)).toBe(true);
    // Tab from the name moves into the card, so its links are reachable by keyboard.
    await page.press('Tab');
    const inCard = await page.evaluate(() => document.activeElement?.tagName === 'BYLINE-CARD', undefined);
    expect(inCard).toBe(true);
    await page.press('Escape');
    expect(await cardIsOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent, undefined)).toBe('Zhuoshi Pan');
    await page.close();
  });

  it('the close button closes the card', async () => {
    const { browser } = ctx();
    const page = await browser.newPage();
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await page.hover(NAME);
    await waitForLoadedCard(page);
    await page.inCard((root) => (root.querySelector('button.close') as HTMLButtonElement).click(), undefined);
    expect(await cardIsOpen(page)).toBe(false);
    await page.close();
  });

  it('stays open while the pointer moves from the name onto the card, and closes after the grace period', async () => {
    const { browser } = ctx();
    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await page.hover(NAME);
    await waitForLoadedCard(page);
    const box = (await cardBox(page))!;
    await page.moveMouse(box.x + 20, box.y + 20);
    await sleep(600);
    expect(await cardIsOpen(page)).toBe(true);
    await page.moveMouse(Math.min(box.x + box.width + 200, 1270), 890);
    await sleep(100);
    expect(await cardIsOpen(page), 'still open inside the 300 ms grace period').toBe(true);
    await sleep(600);
    expect(await cardIsOpen(page)).toBe(false);
    expect(await readCard(page)).toBeNull();
    await page.close();
  });

  it("a page script pressing Follow changes nothing; the user's own click does", async () => {
    const { browser } = ctx();
    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await page.hover(NAME);
    await waitForLoadedCard(page);
    const pressed = (root: ShadowRoot) => root.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed');
    // The shadow root is closed; were a script to get hold of the button, its synthetic click is ignored.
    await page.inCard((root) => (root.querySelector('button[aria-pressed]') as HTMLButtonElement).click(), undefined);
    await sleep(500);
    expect(await page.inCard(pressed, undefined)).toBe('false');
    await clickInCard(page, 'button[aria-pressed]');
    await waitInCard(
      page,
      (root) => root.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed') === 'true',
      undefined,
      'Following',
    );
    await clickInCard(page, 'button[aria-pressed]');
    await waitInCard(
      page,
      (root) => root.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed') === 'false',
      undefined,
      'not following again',
    );
    await page.close();
  });
});
