import type { BrowserContext, Page } from 'playwright-core';
import { CARD_FIELDS } from '../../profiles/card-fields';
import type { FakeWeb } from '../../tests/e2e/fake-web/server';
import {
  WEB_2026,
  WEB_2026_CHALLENGED,
  WEB_2026_S2_DOWN,
  web2026Routes,
  type Web2026Mode,
} from '../../tests/e2e/fake-web/web2026';
import { handOverCardRoot } from './card-root';
import { launchBenchChromium } from './chromium';
import { ABS_URL } from './hover';
import { within } from './settle';

const NAME = '#abs .authors a';

/** The webs the founding card is built on: as the sources were expected to answer, and as they answer in 2026. */
export const WEBS: { name: string; mode?: Web2026Mode }[] = [
  { name: 'normal web' },
  { name: '2026 web, OpenReview answering', mode: WEB_2026 },
  { name: '2026 web, OpenReview challenging guests', mode: WEB_2026_CHALLENGED },
  { name: '2026 web, Semantic Scholar down, OpenAlex without the paper', mode: WEB_2026_S2_DOWN },
];

/** What one cold founding card holds on one web, and what it cost. */
export interface WebCard {
  web: string;
  status: string;
  fields: string[];
  missing: string[];
  /** Requests Byline made for the card, per host (the arXiv page itself left out). */
  requests: Record<string, number>;
  /** The card's list of sources that could not answer, as the user reads it. */
  problems: string;
}

/** Hovers the founding name once per web, each in a fresh profile, and reads the card's fields. */
export async function measureWebs(opts: {
  executable: string;
  extension: string;
  web: FakeWeb;
  log(msg: string): void;
}): Promise<WebCard[]> {
  const out: WebCard[] = [];
  for (const w of WEBS) {
    opts.web.overrides.splice(0, opts.web.overrides.length, ...(w.mode ? web2026Routes(w.mode) : []));
    const browser = await launchBenchChromium({
      executable: opts.executable,
      port: opts.web.port,
      extension: opts.extension,
    });
    try {
      const page = await browser.context.newPage();
      await page.mouse.move(1, 1);
      await page.goto(ABS_URL, { waitUntil: 'load' });
      await page.waitForSelector('html[data-byline-started]', { timeout: 15_000 });
      const from = opts.web.requests.length;
      await page.hover(NAME);
      const card = await readCard(page, browser.context);
      // A homepage read or a star count after the first paint still belongs to this card.
      await page.waitForTimeout(1500);
      const requests: Record<string, number> = {};
      for (const r of opts.web.requests.slice(from))
        if (!(r.host === 'arxiv.org' || r.path.startsWith('/images/') || r.path.startsWith('/assets/')))
          requests[r.host] = (requests[r.host] ?? 0) + 1;
      out.push({
        web: w.name,
        ...card,
        missing: CARD_FIELDS.filter((f) => !card.fields.includes(f)),
        requests,
      });
      opts.log(`${w.name}: ${card.fields.length}/${CARD_FIELDS.length} fields, ${JSON.stringify(requests)}`);
    } finally {
      await within('closing Chromium', browser.close(), 15_000, opts.log);
      opts.web.overrides.splice(0);
    }
  }
  return out;
}

async function readCard(
  page: Page,
  context: BrowserContext,
): Promise<{ status: string; fields: string[]; problems: string }> {
  // The card's shadow root is closed: the driver hands it to the page first (card-root.ts).
  const cdp = await context.newCDPSession(page);
  try {
    for (const end = Date.now() + 30_000; !(await handOverCardRoot(cdp)); ) {
      if (Date.now() > end) throw new Error('the card never appeared');
      await page.waitForTimeout(100);
    }
  } finally {
    await cdp.detach();
  }
  const handle = await page.waitForFunction(
    () => {
      const root = (window as unknown as { __bylineCardRoot?: ShadowRoot }).__bylineCardRoot;
      const card = root?.querySelector('[data-testid="byline-card"]');
      const status = card?.getAttribute('data-status');
      if (!card || !status || status === 'loading') return null;
      return {
        status,
        fields: (root?.querySelector('[data-fields]')?.getAttribute('data-fields') ?? '').split(',').filter(Boolean),
        problems: root?.querySelector('[data-testid="card-problems"]')?.textContent ?? '',
      };
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  return (await handle.jsonValue()) as { status: string; fields: string[]; problems: string };
}
