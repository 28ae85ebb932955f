import { expect, it } from 'vitest';
import { waitForLoadedCard, waitForMarks } from './card-helpers';
import { describeInBrowsers } from './suite';

const ABS = 'https://arxiv.org/abs/2403.12968';

describeInBrowsers('a source that is down degrades one card, never the page', (ctx) => {
  it('with Semantic Scholar answering 429, the card still shows the homepage and says what is missing', async () => {
    const { browser, web } = ctx();
    web.faults.push({
      host: 'api.semanticscholar.org',
      status: 429,
      headers: { 'retry-after': '120' },
      body: JSON.stringify({
        message: 'Too Many Requests. Please wait and try again or apply for a key for higher rate limits.',
        code: '429',
      }),
    });
    const page = await browser.newPage();
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await page.hover('#abs .authors a');
    const card = await waitForLoadedCard(page, 40_000);
    expect(card.status).toBe('partial');
    expect(card.text).toContain('Zhuoshi Pan');
    expect(card.text).toContain('H. Vicky Zhao');
    expect(card.text).toContain('Tsinghua University');
    expect(card.text).toContain('author 1 of arXiv 2403.12968 on OpenAlex');
    expect(card.text).toMatch(/Semantic Scholar:.*rate limiting.*Back in \d+ min/);
    // The page itself keeps working: its own links and the other names are untouched.
    expect(await page.evaluate(() => document.querySelectorAll('#abs .authors a').length, undefined)).toBe(13);
    await page.close();
  }, 60_000);
});
