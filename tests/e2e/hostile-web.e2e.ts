import { afterAll, beforeAll, expect, it } from 'vitest';
import { nestedPage } from '../hostile/hostile-pages';
import type { E2EPage } from './browsers/session';
import { hoverForCard, problemsText, waitForMarks, type CardSnapshot } from './card-helpers';
import { htmlPage, redirectTo } from './fake-web/fault-kinds';
import { startLoopback, type Loopback } from './fake-web/loopback';
import { addRoutes, CONTENT_TYPES, fixture } from './fake-web/routes';
import type { Fault } from './fake-web/server';
import { describeInBrowsers, type BrowserContext } from './suite';

/*
 * The web attacks Byline's background: a homepage that redirects into the user's own network
 * or to a host Byline may not read, cookies the browser holds for the hosts Byline reads, and
 * a homepage built to freeze its reader. Each block runs in a fresh browser, because what a
 * card learned is cached for the life of the browser.
 */

const ABS = 'https://arxiv.org/abs/2403.12968';
const FIRST = '#abs .authors a:nth-of-type(1)';
const SECOND = '#abs .authors a:nth-of-type(2)';
const HOME = 'pzs19.github.io';
const S2 = 'api.semanticscholar.org';

// The second author has no papers of her own in the fake web: Semantic Scholar's empty page.
addRoutes([
  {
    host: S2,
    path: /^\/graph\/v1\/author\/9000000002\/papers\?/,
    contentType: CONTENT_TYPES.JSON,
    api: true,
    body: () => JSON.stringify({ offset: 0, data: [] }),
  },
]);

let loopback: Loopback;
beforeAll(async () => {
  loopback = await startLoopback();
});
afterAll(() => loopback.close());

async function openAbs(ctx: BrowserContext): Promise<E2EPage> {
  const page = await ctx.browser.newPage();
  await page.goto(ABS);
  await waitForMarks(page, 13);
  return page;
}

/** Hovers the first author (whose homepage is the hostile one), then the second: both cards work. */
function hostileHomepage(
  title: string,
  faults: () => Fault[],
  check: (card: CardSnapshot, problems: string, ctx: BrowserContext) => void,
): void {
  describeInBrowsers(`hostile web: ${title}`, (ctx) => {
    it('the first card degrades with a reason, and the next card works', async () => {
      const c = ctx();
      c.web.faults.push(...faults());
      const page = await openAbs(c);
      const card = await hoverForCard(page, FIRST);
      const problems = await problemsText(page);
      console.info(`[${c.browser.name}] ${title}: "${card.status}"; problems: ${problems || 'none'}`);
      // What the APIs gave is intact, and nothing the attacker served reaches the card.
      expect(card.text).toContain('Zhuoshi Pan');
      expect(card.text).toMatch(/h-index 3.*\(Semantic Scholar/);
      expect(card.text).not.toContain('SECRET-ADMIN-TEXT');
      check(card, problems, c);
      const second = await hoverForCard(page, SECOND);
      expect(second.text).toContain('Qianhui Wu');
      await page.close();
    }, 90_000);
  });
}

for (const [label, target] of [
  ['localhost', () => `http://localhost:${loopback.port}/admin`],
  ['127.0.0.1', () => `http://127.0.0.1:${loopback.port}/admin`],
  ['[::1]', () => `http://[::1]:${loopback.port}/admin`],
] as const) {
  const hop = { fault: redirectTo(HOME, 'http://placeholder/') };
  hostileHomepage(
    `a github.io homepage answers 302 to ${label}`,
    () => {
      hop.fault = redirectTo(HOME, target());
      return [hop.fault];
    },
    (card, problems) => {
      expect(card.status).toBe('partial');
      expect(problems).toMatch(/homepage:.*not read:.*private network/);
      // Asked once (no retries), and the loopback server never heard from the browser.
      expect(hop.fault.hops.count).toBe(1);
      expect(loopback.received).toEqual([]);
    },
  );
}

const noPermission = { fault: redirectTo(HOME, 'https://intranet-wiki.example.edu/people/ada') };
hostileHomepage(
  'a github.io homepage answers 302 to an origin Byline has no permission for',
  () => [noPermission.fault],
  (card, problems, c) => {
    expect(card.status).toBe('partial');
    expect(problems).toMatch(/homepage:.*not read:.*no permission to read intranet-wiki\.example\.edu/);
    expect(c.web.requestsTo('intranet-wiki.example.edu')).toEqual([]);
  },
);

/** A same-origin redirect (a moved page) is followed: each hop checked, the homepage read. */
const moved: Fault = {
  host: HOME,
  respond: (req, res, entry) => {
    if (req.url === '/') {
      entry.status = 301;
      res.writeHead(301, { location: '/home/' });
      res.end();
      return;
    }
    entry.status = 200;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fixture('homepages/acad-homepage/pzs19/2026-01-28-c377e3a.html')());
  },
};
hostileHomepage(
  'a homepage that moved answers 301 within its own origin',
  () => [moved],
  (card, problems, c) => {
    expect(problems).not.toMatch(/homepage:/);
    // The homepage's own news made it onto the card, so the checked hop was followed.
    expect(card.text).toMatch(/News|ICLR|NAACL|ACL/);
    expect(c.web.requestsTo(HOME).map((r) => r.path)).toEqual(expect.arrayContaining(['/', '/home/']));
  },
);

hostileHomepage(
  'the homepage is 1.95 MB of nested elements',
  () => [htmlPage(HOME, () => nestedPage())],
  (card, problems) => {
    expect(card.status).toBe('partial');
    expect(problems).toMatch(/homepage:.*could not be read:.*nested more than 256 deep/);
  },
);

describeInBrowsers('hostile web: cookies the browser holds for API and homepage hosts', (ctx) => {
  it('never go out with Byline’s requests', async () => {
    const c = ctx();
    const page = await c.browser.newPage();
    // The user has sessions with both hosts: a Lax cookie and a SameSite=None one, set by the sites.
    // (Documents without subresources, so the browser's own loads stay out of the log.)
    for (const url of [`https://${HOME}/images/me.png`, `https://${S2}/graph/v1/paper/arXiv:2403.12968?fields=title`]) {
      await page.goto(url);
      await page.evaluate(() => {
        // biome-ignore lint/suspicious/noDocumentCookie: the scenario is a site setting its own session cookie
        document.cookie = 'session=lax-secret; path=/; SameSite=Lax; Secure; max-age=3600';
        // biome-ignore lint/suspicious/noDocumentCookie: the scenario is a site setting its own session cookie
        document.cookie = 'tracker=none-secret; path=/; SameSite=None; Secure; max-age=3600';
      }, undefined);
      await page.goto(url);
    }
    // The browser does hold them: its own navigations carried them.
    const navigations = [...c.web.requestsTo(HOME), ...c.web.requestsTo(S2)].filter((r) =>
      String(r.headers.cookie ?? '').includes('lax-secret'),
    );
    expect(navigations.length).toBeGreaterThanOrEqual(2);
    // The browser asked those hosts for a favicon on its own; that is not Byline's doing.
    const own = c.web.unknown.filter((r) => r.path !== '/favicon.ico');
    c.web.unknown.length = 0;
    c.web.unknown.push(...own);
    c.web.requests.length = 0;

    const abs = await openAbs(c);
    const card = await hoverForCard(abs, FIRST);
    expect(card.text).toContain('Zhuoshi Pan');
    // The favicon of the pages opened above can arrive late: it is the browser's, not Byline's.
    const byline = c.web.requests.filter((r) => r.host !== 'arxiv.org' && r.path !== '/favicon.ico');
    const late = c.web.unknown.filter((r) => r.path !== '/favicon.ico');
    c.web.unknown.length = 0;
    c.web.unknown.push(...late);
    expect(byline.map((r) => r.host)).toEqual(expect.arrayContaining([HOME, S2]));
    const withCookies = byline.filter((r) => r.headers.cookie !== undefined || r.headers.authorization !== undefined);
    expect(withCookies.map((r) => `${r.host}${r.path}`)).toEqual([]);
    await abs.close();
    await page.close();
  }, 90_000);
});
