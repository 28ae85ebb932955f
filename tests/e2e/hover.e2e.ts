import { expect, it } from 'vitest';
import { waitInPage } from './browsers/session';
import { describeInBrowsers } from './suite';

const ABS = 'https://arxiv.org/abs/2403.12968';

/** Reads the card's text from inside its shadow root (the page cannot see into it otherwise). */
const cardText = () => document.querySelector('byline-card')?.shadowRoot?.querySelector('[data-testid="byline-card"]')?.textContent ?? '';

describeInBrowsers('hover on the founding example', (ctx) => {
  it('hovering Zhuoshi Pan opens his card in a shadow root with data from the fake web', async () => {
    const { browser, web, artifacts } = ctx();
    const page = await browser.newPage();
    await page.goto(ABS);
    await waitInPage(page, () => document.querySelectorAll('[data-byline-author]').length, undefined, 'marked authors');
    await page.hover('#abs .authors a');
    const text = await waitInPage(page, () => {
      const card = document.querySelector('byline-card')?.shadowRoot?.querySelector('[data-testid="byline-card"]');
      return card && card.getAttribute('data-status') !== 'loading' ? card.textContent : '';
    }, undefined, 'a loaded card', 15_000);
    expect(text).toContain('Zhuoshi Pan');
    expect(await page.evaluate(() => !!document.querySelector('byline-card')?.shadowRoot, undefined)).toBe(true);
    expect(web.requests.some((r) => r.host !== 'arxiv.org')).toBe(true);
    await page.screenshot(`${artifacts}card-${browser.name}.png`);
    await page.close();
    void cardText;
  });
});
