import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { E2EPage } from './browsers/session';
import {
  cardText,
  clickInCard,
  readCard,
  sleep,
  waitForLoadedCard,
  waitForMarks,
  waitInCard,
  type CardSnapshot,
} from './card-helpers';
import {
  hugeBody,
  malformedJson,
  rateLimited,
  redirectLoop,
  serverError,
  slow,
  truncatedJson,
  unreachable,
} from './fake-web/fault-kinds';
import { addRoutes, CONTENT_TYPES } from './fake-web/routes';
import type { Fault } from './fake-web/server';
import { describeInBrowsers, type BrowserContext } from './suite';

/*
 * One fault per browser session: the cache lives as long as the browser, so a fault injected
 * after an earlier card was cached would be masked. Each block therefore starts a fresh
 * browser, injects its fault, hovers the first author, checks the designed card, and checks
 * that the page and the second author's card still work.
 */

const ABS = 'https://arxiv.org/abs/2403.12968';
const FIRST = '#abs .authors a:nth-of-type(1)';
const SECOND = '#abs .authors a:nth-of-type(2)';
const S2 = 'api.semanticscholar.org';
const S2_PAPER = readFileSync(new URL('./fake-web/data/s2-paper-arxiv-2403.12968.json', import.meta.url), 'utf8');

// The second author, Qianhui Wu, has no papers of her own in the fake web: Semantic Scholar's
// documented empty page answers for her, so her card is built from the paper alone.
addRoutes([
  {
    host: S2,
    path: /^\/graph\/v1\/author\/9000000002\/papers\?/,
    contentType: CONTENT_TYPES.JSON,
    api: true,
    body: () => JSON.stringify({ offset: 0, data: [] }),
  },
]);

/** The arXiv page with its 13 names marked, and what its own links were before Byline ran. */
async function openAbs(ctx: BrowserContext): Promise<{ page: E2EPage; links: string[] }> {
  const page = await ctx.browser.newPage();
  await page.goto(ABS);
  await waitForMarks(page, 13);
  return { page, links: await pageLinks(page) };
}

function pageLinks(page: E2EPage): Promise<string[]> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('a[href]')]
        .filter((a) => !a.closest('byline-card'))
        .map((a) => a.getAttribute('href') ?? ''),
    undefined,
  );
}

async function hoverCard(
  page: E2EPage,
  selector: string,
  timeoutMs = 40_000,
  onHover?: (page: E2EPage) => Promise<void>,
): Promise<CardSnapshot> {
  await page.moveMouse(0, 0);
  const closed = async () =>
    !(await page.inCard((root) => !!root.querySelector('[data-testid="byline-card"]'), undefined));
  for (const end = Date.now() + 5_000; Date.now() < end && !(await closed()); ) await sleep(50);
  await page.hover(selector);
  await onHover?.(page);
  return waitForLoadedCard(page, timeoutMs);
}

/**
 * After a fault: the page's own links are all still there, unchanged, each name marked once,
 * and the second author opens a card of her own (not the first author's, not a blank box).
 */
async function pageStillWorks(page: E2EPage, links: string[], browser: string, label: string): Promise<CardSnapshot> {
  expect(await pageLinks(page)).toEqual(links);
  expect(await page.evaluate(() => document.querySelectorAll('[data-byline-author]').length, undefined)).toBe(13);
  const second = await hoverCard(page, SECOND);
  console.info(`[${browser}] ${label}, second author: ${second.status}: ${second.text.slice(0, 300)}`);
  expect(second.text).toContain('Qianhui Wu');
  expect(second.text).not.toContain('Zhuoshi Pan');
  expect(second.text).not.toContain('Tsinghua University');
  expect(['ready', 'partial', 'stale', 'not-found', 'rate-limited', 'offline', 'error']).toContain(second.status);
  return second;
}

/** The card's list of missing sources, as the user reads it. */
function problemsText(page: E2EPage): Promise<string> {
  return cardText(page, '[data-testid="card-problems"]').then((t) => t ?? '');
}

/** Runs one fault in its own browser session; `check` gets the first author's card and its problems. */
function faultBlock(
  title: string,
  faults: () => Fault[],
  check: (card: CardSnapshot, problems: string, ctx: BrowserContext) => void,
  opts: { onHover?: (page: E2EPage) => Promise<void> } = {},
): void {
  describeInBrowsers(`fault: ${title}`, (ctx) => {
    it('shows the designed card, and the page and the other names keep working', async () => {
      const c = ctx();
      c.web.faults.push(...faults());
      const { page, links } = await openAbs(c);
      const started = Date.now();
      const card = await hoverCard(page, FIRST, 40_000, opts.onHover);
      const problems = await problemsText(page);
      console.info(
        `[${c.browser.name}] ${title}: "${card.status}" after ${Date.now() - started} ms; problems: ${problems || 'none'}`,
      );
      // Whatever a source sent, the card shows only text: nothing from an error page leaks into it.
      expect(card.text).not.toMatch(/alert\(1\)|Bad Gateway|<\/?[a-z]+>/i);
      check(card, problems, c);
      await pageStillWorks(page, links, c.browser.name, title);
      await page.close();
    }, 90_000);
  });
}

/** Cards built without Semantic Scholar: OpenAlex and dblp identify him, the homepage fills in. */
function fellBackToOpenAlex(card: CardSnapshot, problems: string, why: RegExp): void {
  expect(card.status).toBe('partial');
  expect(card.text).toContain('Zhuoshi Pan');
  expect(card.text).toContain('Tsinghua University');
  expect(card.text).toMatch(/citations.*\(OpenAlex/);
  expect(card.text).toContain('author 1 of arXiv 2403.12968 on OpenAlex');
  expect(problems).toMatch(why);
}

faultBlock(
  'Semantic Scholar answers after 3 s',
  () => [slow(S2, 3_000)],
  (card, problems) => {
    expect(card.status).toBe('ready');
    expect(card.text).toMatch(/h-index 3.*\(Semantic Scholar/);
    expect(problems).toBe('');
  },
  {
    // The skeleton shows while Semantic Scholar is slow: the name, and a loading card, not a blank box.
    onHover: async (page) => {
      const loading = await waitInCard(
        page,
        (root) => root.querySelector('[data-testid="byline-card"]')?.getAttribute('data-status') ?? '',
        undefined,
        'the card to open',
        2_500,
      );
      expect(loading).toBe('loading');
      expect((await readCard(page))?.text).toContain('Zhuoshi Pan');
    },
  },
);

faultBlock(
  'GitHub answers 429 with Retry-After: 600',
  () => [rateLimited('api.github.com', 600)],
  (card, problems) => {
    expect(card.status).toBe('partial');
    // Exact GitHub stars are missing; Hugging Face's counts stand in, labelled as such.
    expect(card.text).toMatch(/★ [\d.k]+ total \(Hugging Face/);
    expect(problems).toMatch(/GitHub:.*Back in (9|10) min\./);
  },
);

faultBlock(
  'Semantic Scholar answers 500 to everything',
  () => [serverError(S2)],
  (card, problems) => fellBackToOpenAlex(card, problems, /Semantic Scholar:.*(could not be reached|500)/),
);
faultBlock(
  'Semantic Scholar sends truncated JSON',
  () => [truncatedJson(S2, S2_PAPER)],
  (card, problems) => fellBackToOpenAlex(card, problems, /Semantic Scholar:.*could not read/),
);
faultBlock(
  'Semantic Scholar sends an HTML error page as JSON',
  () => [malformedJson(S2)],
  (card, problems) => fellBackToOpenAlex(card, problems, /Semantic Scholar:.*could not read/),
);

const huge = hugeBody('pzs19.github.io', 20_000_000);
faultBlock(
  'the homepage is 20 MB',
  () => [huge],
  (card, problems, c) => {
    expect(card.status).toBe('partial');
    // Refused with a reason; everything the APIs gave is still on the card.
    expect(problems).toMatch(/homepage:.*too large to read; Byline stopped downloading it/);
    expect(card.text).toMatch(/h-index 3.*\(Semantic Scholar/);
    expect(card.text).toMatch(/microsoft\/LLMLingua\s*★ 5.8k/);
    console.info(
      `[${c.browser.name}] 20 MB homepage: the server sent ${(huge.sent.bytes / 1e6).toFixed(1)} MB before Byline hung up`,
    );
    // The refusal above is Byline stopping at its 5 MB bound. How much left the server before
    // that is the browser's buffering over loopback (2–9 MB on a quiet machine, the whole 20 MB
    // in Firefox on a busy one), so it is logged, not asserted.
    huge.sent.bytes = 0;
  },
);

const loop = redirectLoop('pzs19.github.io');
faultBlock(
  'the homepage redirects forever',
  () => [loop],
  (card, problems, c) => {
    expect(card.status).toBe('partial');
    expect(problems).toMatch(/homepage:.*redirects more than 5 times/);
    expect(card.text).toMatch(/h-index 3.*\(Semantic Scholar/);
    console.info(`[${c.browser.name}] redirect loop: ${loop.hops.count} hops in all`);
    // Byline follows each hop itself, checked, and gives up after 5 redirects, without retrying.
    expect(loop.hops.count).toBeLessThanOrEqual(6);
    loop.hops.count = 0;
  },
);

faultBlock(
  'Hugging Face and GitHub are unreachable',
  () => [unreachable('huggingface.co'), unreachable('api.github.com')],
  (card, problems) => {
    expect(card.status).toBe('partial');
    expect(card.text).not.toContain('★');
    expect(card.text).toContain('microsoft/LLMLingua');
    expect(problems).toMatch(/GitHub:.*could not be reached/);
    expect(problems).toMatch(/Hugging Face:.*could not be reached/);
  },
);

/** Whether the open card's Follow button says "Following". */
function followState(page: E2EPage): Promise<string> {
  return cardText(page, 'button[aria-pressed]').then((t) => t ?? '');
}

describeInBrowsers("fault: the user's follows survive a web that fails in every way at once", (ctx) => {
  it('follow, then every source fails; after a reload the follow is still there', async () => {
    const c = ctx();
    const { page, links } = await openAbs(c);
    await hoverCard(page, FIRST);
    await clickInCard(page, 'button[aria-pressed]');
    await waitInCard(
      page,
      (root) => !!root.querySelector('button[aria-pressed="true"]'),
      undefined,
      'the Follow button to say Following',
    );
    c.web.faults.push(
      serverError(S2),
      unreachable('api.github.com'),
      unreachable('huggingface.co'),
      malformedJson('api.openalex.org'),
      hugeBody('pzs19.github.io', 20_000_000),
    );
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await pageStillWorks(page, links, c.browser.name, 'every source failing');
    c.web.faults.length = 0;
    await page.goto(ABS);
    await waitForMarks(page, 13);
    await hoverCard(page, FIRST);
    expect(await followState(page)).toBe('Following');
    if (c.browser.evaluateInBackground) {
      const follows = await c.browser.evaluateInBackground(async () => {
        const store = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.local;
        return Object.keys(((await store.get('user:follows'))['user:follows'] ?? {}) as object);
      });
      expect(follows).toEqual(['s2:9000000001']);
    }
    await page.close();
  }, 90_000);
});
