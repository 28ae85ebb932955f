import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { waitInPage, type E2EPage } from './browsers/session';
import {
  cardAttribute,
  clickInCard,
  hoverForCard,
  problemsText,
  waitForMarks,
  type CardSnapshot,
} from './card-helpers';
import { WEB_2026, WEB_2026_CHALLENGED, WEB_2026_S2_DOWN, web2026Routes, type Web2026Mode } from './fake-web/web2026';
import { describeInBrowsers, type BrowserContext } from './suite';

const ABS = 'https://arxiv.org/abs/2403.12968';
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const FIRST = '#abs .authors a:nth-of-type(1)';
const SECOND = '#abs .authors a:nth-of-type(2)';
const ALL_FIELDS = [
  'affiliation',
  'position',
  'advisor',
  'interests',
  'homepage',
  'native name',
  'links',
  'metrics',
  'papers',
  'code',
  'stars',
];

/** The card of the name at `selector`, with the fields it fills and its list of missing sources. */
async function hoverCard(
  page: E2EPage,
  selector: string,
): Promise<CardSnapshot & { fields: string[]; problems: string }> {
  const card = await hoverForCard(page, selector, 40_000);
  // The card's shadow root is closed: read it with the driver's privileges.
  const extra = {
    fields: (await cardAttribute(page, '[data-fields]', 'data-fields')) ?? '',
    problems: await problemsText(page),
  };
  return { ...card, fields: extra.fields.split(',').filter(Boolean), problems: extra.problems };
}

/** Requests per host Byline made, for the log. */
function perHost(ctx: BrowserContext): string {
  const counts = new Map<string, number>();
  for (const r of ctx.web.requests)
    if (!/^(arxiv\.org|cdn|static)/.test(r.host) && !r.path.startsWith('/images/'))
      counts.set(r.host, (counts.get(r.host) ?? 0) + 1);
  return [...counts].map(([h, n]) => `${h} ${n}`).join(', ');
}

/** Runs `body` in both browsers against the fake web in `mode`. */
function in2026(title: string, mode: Web2026Mode, body: (ctx: () => BrowserContext) => void): void {
  describeInBrowsers(`2026 web: ${title}`, (ctx) => {
    beforeAll(() => void ctx().web.overrides.push(...web2026Routes(mode)));
    body(ctx);
  });
}

/** No card calls a bot wall (dblp's, OpenReview's) data it "could not read". */
function noWallUnreadable(card: { text: string }): void {
  expect(card.text).not.toMatch(/could not read/i);
}

in2026('OpenReview answering', WEB_2026, (ctx) => {
  it('Zhuoshi Pan: the full card without dblp or a Semantic Scholar homepage; Qianhui Wu: Microsoft', async () => {
    const c = ctx();
    const page = await c.browser.newPage();
    await page.goto(ABS);
    await waitForMarks(page, 13);
    const card = await hoverCard(page, FIRST);
    console.info(`[${c.browser.name}] 2026 web, OpenReview answering: ${card.fields.length}/11 fields; ${perHost(c)}`);
    expect(card.fields).toEqual(ALL_FIELDS);
    expect(card.text).toContain('Tsinghua University');
    expect(card.text).toContain('H. Vicky Zhao');
    expect(card.text).toContain('盘卓实');
    expect(card.text).toMatch(/microsoft\/LLMLingua\s*★ 5\.8k/);
    expect(card.text).toMatch(/★ [\d.k]+ total \(GitHub/);
    expect(card.text).toContain('Homepage from OpenReview');
    noWallUnreadable(card);
    expect(c.web.requestsTo('dblp.org')).toEqual([]);
    const wu = await hoverCard(page, SECOND);
    expect(wu.text).toContain('Qianhui Wu');
    expect(wu.text).toMatch(/Microsoft.*OpenAlex, at the 2024 paper/);
    noWallUnreadable(wu);
    await page.close();
  }, 90_000);
});

in2026('OpenReview challenging guests', WEB_2026_CHALLENGED, (ctx) => {
  it('the homepage comes from GitHub people; the card says OpenReview asks for a sign-in', async () => {
    const c = ctx();
    const page = await c.browser.newPage();
    await page.goto(ABS);
    await waitForMarks(page, 13);
    const card = await hoverCard(page, FIRST);
    console.info(
      `[${c.browser.name}] 2026 web, OpenReview challenging: ${card.fields.length}/11 fields; ${perHost(c)}`,
    );
    expect(card.fields).toEqual(ALL_FIELDS);
    expect(card.text).toContain('Tsinghua University');
    expect(card.text).toContain('H. Vicky Zhao');
    expect(card.text).toContain('盘卓实');
    expect(card.text).toMatch(/microsoft\/LLMLingua\s*★ 5\.8k/);
    expect(card.text).toContain('Homepage from GitHub (GitHub profile of pzs19');
    expect(card.problems).toContain('OpenReview asks for a sign-in');
    noWallUnreadable(card);
    const wu = await hoverCard(page, SECOND);
    expect(wu.text).toMatch(/Microsoft.*OpenAlex, at the 2024 paper/);
    noWallUnreadable(wu);
    await page.close();
  }, 90_000);
});

in2026('Semantic Scholar down, OpenAlex without the paper', WEB_2026_S2_DOWN, (ctx) => {
  it('still identifies Zhuoshi Pan, by name and co-authors on OpenAlex, and builds his card', async () => {
    const c = ctx();
    const page = await c.browser.newPage();
    await page.goto(ABS);
    await waitForMarks(page, 13);
    const card = await hoverCard(page, FIRST);
    console.info(`[${c.browser.name}] S2 down: "${card.status}", ${card.fields.length}/11 fields; ${perHost(c)}`);
    expect(card.text).toContain('Zhuoshi Pan on OpenAlex, who has published with Qianhui Wu');
    expect(card.text).not.toContain('Sources are busy');
    expect(card.text).toContain('Tsinghua University');
    expect(card.text).toContain('H. Vicky Zhao');
    noWallUnreadable(card);
    await page.close();
  }, 90_000);
});

/** The founding homepage, served from an origin beyond *.github.io (which Byline may read without asking). */
const EDU = 'zhuoshi-pan.example.edu';

describeInBrowsers(
  '2026 web: a homepage on an origin the user must allow',
  (ctx) => {
    beforeAll(() => {
      const { web } = ctx();
      const pzs19 = JSON.parse(readFileSync(fixture('web2026/github-user-pzs19_SYNTHESIZED.json'), 'utf8'));
      web.overrides.push(
        {
          host: 'api.github.com',
          path: '/users/pzs19',
          contentType: 'application/json; charset=utf-8',
          api: true,
          body: () => JSON.stringify({ ...pzs19, blog: `https://${EDU}/` }),
        },
        {
          host: EDU,
          path: '/',
          contentType: 'text/html; charset=utf-8',
          body: () => readFileSync(fixture('homepages/acad-homepage/pzs19/2026-01-28-c377e3a.html'), 'utf8'),
        },
        { host: EDU, path: /^\/(images|assets)\//, contentType: 'image/png', body: () => '' },
        ...web2026Routes(WEB_2026_CHALLENGED),
      );
    });

    it('"Allow reading" on the card opens the grant, the click grants it, and the next card reads the homepage', async () => {
      const c = ctx();
      const page = await c.browser.newPage();
      await page.goto(ABS);
      await waitForMarks(page, 13);
      const before = await hoverCard(page, FIRST);
      expect(before.problems).toContain(`Allow reading ${EDU}`);
      expect(before.text).not.toContain('盘卓实');
      expect(c.web.requestsTo(EDU)).toEqual([]);
      await clickInCard(page, '[data-testid="card-problems"] button');
      const options = await c.browser.waitForPage!(/options\.html#grant=/);
      await options.click('[data-testid="grant-prompt"] button');
      const status = await waitInPage(
        options,
        () => document.querySelector('[data-testid="grant-prompt"] [role="status"]')?.textContent || '',
        undefined,
        'the outcome of the grant',
      );
      expect(status).toContain('Done.');
      await options.close();
      const after = await hoverCard(page, FIRST);
      console.info(`[${c.browser.name}] after the grant: ${after.fields.length}/11 fields`);
      expect(after.text).toContain('盘卓实');
      expect(after.text).toContain('H. Vicky Zhao');
      expect(after.problems).not.toContain('Allow reading');
      expect(c.web.requestsTo(EDU).filter((r) => r.path === '/')).toHaveLength(1);
      await page.close();
    }, 90_000);
  },
  // Chromium asks with a dialog a headless session cannot answer; Firefox's grant is the one at risk.
  ['firefox'],
);
