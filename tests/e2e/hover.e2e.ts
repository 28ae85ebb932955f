import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { waitInPage } from './browsers/session';
import { cardBox, sleep, waitForLoadedCard, waitForMarks, waitInCard } from './card-helpers';
import type { LoggedRequest } from './fake-web/server';
import { describeInBrowsers } from './suite';

const ABS = 'https://arxiv.org/abs/2403.12968';
const API_HOSTS = [
  'api.semanticscholar.org',
  'api.github.com',
  'huggingface.co',
  'paperswithcode.co',
  'dblp.org',
  'api.openalex.org',
  'pub.orcid.org',
];
/** What Byline's background asks for: the APIs and the homepage itself (the card's photo is the page's own image load). */
const bylineRequests = (requests: LoggedRequest[]) =>
  requests.filter((r) => API_HOSTS.includes(r.host) || (r.host === 'pzs19.github.io' && r.path === '/'));

describeInBrowsers('the founding example: Zhuoshi Pan on arXiv 2403.12968', (ctx) => {
  it('hovering his name opens his card, resolved through the paper, with homepage data, metrics and stars', async () => {
    const { browser, web, artifacts } = ctx();
    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(ABS);
    await waitInPage(page, () => document.documentElement.hasAttribute('data-byline-started'), undefined, 'Byline');
    // Nothing is fetched, nor even marked, until a user shows interest in a name.
    await sleep(300);
    expect(bylineRequests(web.requests)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined)).toBe(0);
    // The first hover on the page loads the cards, and opens his.
    await page.hover('#abs .authors a');
    const card = await waitForLoadedCard(page);
    expect(card.status).toBe('ready');
    expect(await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined)).toBe(13);
    const counts = new Map<string, number>();
    for (const r of bylineRequests(web.requests)) counts.set(r.host, (counts.get(r.host) ?? 0) + 1);
    const perHost = [...counts].map(([host, n]) => `${host} ${n}`);
    console.info(
      `[${browser.name}] cold card: ${bylineRequests(web.requests).length} requests (${perHost.join(', ')})`,
    );
    // The card's shadow root is closed: the page sees a host element and nothing inside it.
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('byline-card');
        return !!host && host.shadowRoot === null;
      }, undefined),
    ).toBe(true);
    expect(card.text).toContain('Zhuoshi Pan');
    expect(card.text).toContain('盘卓实');
    expect(card.text).toContain('Tsinghua University');
    expect(card.text).toContain('H. Vicky Zhao');
    expect(card.text).toMatch(/citations.*h-index 3.*Semantic Scholar/s);
    expect(card.text).toContain('author 1 of arXiv 2403.12968 on Semantic Scholar');
    expect(card.text).toMatch(/microsoft\/LLMLingua\s*★ 5.8k/);
    expect(card.text).toContain('LLMLingua-2');
    expect(card.text).toMatch(/★ [\d.k]+ total \(GitHub/);
    const box = await cardBox(page);
    await page.screenshot(
      `${artifacts}card-${browser.name}.png`,
      box ? { x: 0, y: 250, width: 1280, height: Math.min(650, box.y + box.height + 20 - 250) } : undefined,
    );
    if (browser.name === 'chromium' && process.env.UPDATE_SCREENSHOTS) {
      mkdirSync('docs/screenshots', { recursive: true });
      copyFileSync(`${artifacts}card-chromium.png`, 'docs/screenshots/card-light.png');
    }
    await page.close();
  });

  it('a second hover, after a reload, makes no request: everything comes from the cache', async () => {
    const { browser, web } = ctx();
    const page = await browser.newPage();
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await page.hover('#abs .authors a');
    await waitForLoadedCard(page);
    await page.goto(ABS);
    web.reset();
    await page.moveMouse(0, 0); // a pointer resting on the name after the reload sends no new pointerover
    // The first hover on the reloaded page: the cards load on it and open his, from the cache.
    await page.hover('#abs .authors a');
    const card = await waitForLoadedCard(page);
    expect(card.text).toContain('Zhuoshi Pan');
    expect(bylineRequests(web.requests)).toEqual([]);
    console.info(`[${browser.name}] warm card: 0 requests`);
    await page.close();
  });

  it('the card follows the system dark mode', async () => {
    const { browser, artifacts } = ctx();
    const page = await browser.newPage();
    if (!(await page.emulateDarkMode(true))) {
      console.info(`[${browser.name}] dark mode not checked: its driver cannot emulate prefers-color-scheme`);
      return;
    }
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await page.hover('#abs .authors a');
    await waitForLoadedCard(page);
    const bg = await page.inCard((root) => {
      const card = root.querySelector('.card');
      return card ? getComputedStyle(card).backgroundColor : '';
    }, undefined);
    expect(bg).toBe('rgb(28, 33, 40)');
    const box = await cardBox(page);
    await page.screenshot(
      `${artifacts}card-dark-${browser.name}.png`,
      box ? { x: 0, y: 250, width: 1280, height: Math.min(650, box.y + box.height + 20 - 250) } : undefined,
    );
    if (browser.name === 'chromium' && process.env.UPDATE_SCREENSHOTS)
      copyFileSync(`${artifacts}card-dark-chromium.png`, 'docs/screenshots/card-dark.png');
    await page.close();
  });

  it('a cold card is painted in stages: name, affiliation and metrics first, grey rows for the rest, then all of it', async () => {
    const { browser, web } = ctx();
    const page = await browser.newPage();
    await page.setViewport(1280, 900);
    await page.goto(ABS);
    await waitForMarks(page, 13);
    // Slow answers, so the early stage stays on screen long enough to be read. The fake web knows
    // no papers of hers: Semantic Scholar's answer for an author with none (`data: []`).
    web.latencyMs = 400;
    const noPapers = {
      host: 'api.semanticscholar.org',
      pathPrefix: '/graph/v1/author/9000000002/papers',
      status: 200,
      delayMs: 400,
      body: JSON.stringify({ offset: 0, data: [] }),
    };
    web.faults.push(noPapers);
    try {
      await page.hover('#abs .authors a:nth-of-type(2)');
      const early = await waitInCard(
        page,
        (root) => {
          const card = root.querySelector('[data-testid="byline-card"]');
          if (card?.getAttribute('data-status') !== 'arriving' || getComputedStyle(card).visibility === 'hidden')
            return null;
          const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
          return {
            name: text('card-name'),
            affiliation: text('card-affiliation'),
            metrics: text('card-metrics'),
            coming: [...root.querySelectorAll('[data-testid^="pending-"]')].map((e) => e.getAttribute('data-testid')),
            follow: (root.querySelector('button[aria-pressed]') as HTMLButtonElement | null)?.disabled,
          };
        },
        undefined,
        'the card in an early stage',
        15_000,
      );
      expect(early.name).toContain('Qianhui Wu');
      expect(early.affiliation).toContain('Microsoft');
      expect(early.metrics).toMatch(/citations/);
      expect(early.coming.length).toBeGreaterThan(0);
      expect(early.follow).toBe(true);
      const card = await waitForLoadedCard(page);
      expect(card.text).toContain('Qianhui Wu');
      expect(await page.inCard((root) => root.querySelectorAll('[data-testid^="pending-"]').length, undefined)).toBe(0);
      expect(
        await page.inCard(
          (root) => (root.querySelector('button[aria-pressed]') as HTMLButtonElement | null)?.disabled,
          undefined,
        ),
      ).toBe(false);
    } finally {
      web.latencyMs = 0;
      web.faults.splice(web.faults.indexOf(noPapers), 1);
    }
    await page.close();
  });
});
