import type { Page } from 'playwright-core';
import { DEFAULT_TIMINGS } from '../../hover-card/hover-controller';
import { DEFAULT_SETTINGS } from '../../storage/user-data-schema';
import { keylessLimits, seeded } from '../../tests/e2e/fake-web/limits';
import type { FakeWeb } from '../../tests/e2e/fake-web/server';
import { handOverCardRoot } from './card-root';
import { launchBenchChromium } from './chromium';
import {
  type Crossing,
  installCrossingProbe,
  installSessionProbe,
  takeCrossings,
  readCardContent,
  readSessionProbe,
  resetSessionProbe,
  type CardReading,
} from './session-probe';
import { NAME_SHIM } from './page-probe';
import { SESSION_LISTING_URL, type SessionWorld } from './session-web';
import { within } from './settle';

/**
 * The session bench: an hour of a researcher's browsing, compressed. The user opens the saved
 * hep-ph listing and hovers 60 distinct authors, two or three per paper (so co-authors share
 * papers and groups share repositories), reads each card for a moment and moves on. The fake web
 * enforces every source's documented keyless limit (tests/e2e/fake-web/limits.ts) on the real
 * clock; only the user's pauses are compressed, so per-minute limits are met at a faster pace
 * than a person would cause and hourly ones in full.
 */

const SHOW_DELAY_MS = Math.max(DEFAULT_SETTINGS.hoverDelayMs, DEFAULT_TIMINGS.dwellMs);
const AUTHORS = 60;
/** How long the user reads a card after it first shows data, and the pause before the next name. */
const READ_MS = 2500;
const PAUSE_MS: [number, number] = [1000, 3000];

export interface CardSample {
  author: string;
  arxiv: string;
  firstDataMs: number;
  fullMs: number;
  status: string;
  complete: boolean;
  missing: string[];
  repos: number;
  reposExact: number;
  reposHf: number;
  requests: Record<string, number>;
  githubCore: number;
  githubSearch: number;
  refused: Record<string, number>;
}

/** The pointer's way from one card to the next, across names the user does not mean. */
export interface PassSample {
  /** Names crossed (the card's own name excluded), with the time the pointer stayed on each. */
  crossed: Crossing[];
  /** Pointer speed of the move, px/s. */
  speed: number;
  /** API requests between the start of the move and the next hover. */
  requests: number;
  /** Names crossed long enough for the built dwell to start a look-up. */
  lookups: number;
}

export interface SessionRun {
  s2RefusalRate: number;
  latencyMs: number;
  wallMs: number;
  cards: CardSample[];
  passes: PassSample[];
  /** The hover card's dwell before a look-up starts, as built. */
  dwellMs: number;
  /** Status counts of the refusals per host over the whole run (429s and 403s). */
  refused: Record<string, number>;
  unknown: string[];
}

/** Which authors the user hovers: walking the listing, up to three per paper, 60 in all. */
export function pickAuthors(world: SessionWorld, count = AUTHORS): { author: string; arxiv: string }[] {
  const picked: { author: string; arxiv: string }[] = [];
  const seen = new Set<string>();
  for (const paper of world.listing) {
    const names = paper.authors;
    const choice = [names[0], names.at(-1), names[1]].filter((n): n is string => Boolean(n));
    for (const author of choice.slice(0, 1 + (paper.authors.length > 3 ? 2 : 1))) {
      if (seen.has(author) || picked.length >= count) continue;
      seen.add(author);
      picked.push({ author, arxiv: paper.arxiv });
    }
  }
  return picked;
}

const formatCount = (n: number) =>
  n < 1000 ? String(n) : n < 10_000 ? `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k` : `${Math.round(n / 1000)}k`;

/** Whether the card has every field its sources have for this author. */
function judge(world: SessionWorld, author: string, card: CardReading | null) {
  const truth = world.authors.get(author);
  const missing: string[] = [];
  let exact = 0;
  let hf = 0;
  // A card with a profile: ready, partial (a source had a problem) or stale; the fields decide.
  if (!card || !['ready', 'partial', 'stale'].includes(card.status)) missing.push(`status ${card?.status ?? 'none'}`);
  if (card && truth) {
    if (truth.affiliation && !card.hasAffiliation) missing.push('affiliation');
    if (!card.hasMetrics) missing.push('metrics');
    if (!card.papers) missing.push('papers');
    for (const r of card.repos) {
      const real = world.stars.get(r.repo.toLowerCase());
      if (!r.stars) missing.push(`stars ${r.repo}`);
      else if (r.label?.startsWith('Hugging Face')) hf++;
      else if (real && r.stars === formatCount(real.stars) && r.label?.startsWith('GitHub')) exact++;
      else missing.push(`exact stars ${r.repo}`);
    }
  }
  return { missing, exact, hf, repos: card?.repos.length ?? 0 };
}

async function hoverAuthor(
  page: Page,
  arxiv: string,
  author: string,
): Promise<{ x: number; y: number; lineEnd: number } | undefined> {
  // The entry is the <dd> after the <dt> holding the arXiv id's link.
  const line = page.locator(
    `xpath=//a[@id="${arxiv}"]/ancestor::dt/following-sibling::dd[1]//div[contains(@class,"list-authors")]`,
  );
  const link = line.locator('a').filter({ hasText: author }).first();
  try {
    await link.scrollIntoViewIfNeeded({ timeout: 5000 });
    await link.hover({ timeout: 5000 });
    const box = await link.boundingBox();
    const lineBox = await line.boundingBox();
    if (!box) return { x: 0, y: 0, lineEnd: 0 };
    return {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      lineEnd: lineBox ? lineBox.x + lineBox.width : box.x + box.width,
    };
  } catch {
    return undefined;
  }
}

/**
 * After reading a card the user moves on, as people do: the pointer runs along the rest of the
 * author line (reading the co-authors' names without meaning to open them), then down and across
 * the listing, at a hand's speed (300–1500 px/s, one move a frame), over whatever names lie on
 * the way. Returns the speed.
 */
async function passOver(
  page: Page,
  from: { x: number; y: number; lineEnd: number },
  random: () => number,
): Promise<number> {
  const view = page.viewportSize() ?? { width: 1280, height: 720 };
  const along = { x: Math.min(view.width - 10, Math.max(from.x, from.lineEnd - 5)), y: from.y };
  const away = {
    x: Math.min(view.width - 10, Math.max(10, along.x + (random() * 2 - 1) * 300)),
    y: Math.min(view.height - 5, from.y + 120 + random() * 240),
  };
  const speed = 300 + random() * 1200;
  let at = { x: from.x, y: from.y };
  for (const to of [along, away]) {
    const frames = Math.max(2, Math.round((Math.hypot(to.x - at.x, to.y - at.y) / speed) * 60));
    for (let i = 1; i <= frames; i++) {
      await page.mouse.move(at.x + ((to.x - at.x) * i) / frames, at.y + ((to.y - at.y) * i) / frames);
      await page.waitForTimeout(16);
    }
    at = to;
  }
  return speed;
}

export async function measureSession(opts: {
  executable: string;
  extension: string;
  web: FakeWeb;
  world: SessionWorld;
  latencyMs: number;
  s2RefusalRate: number;
  /** Fewer authors for a quick look; the session is 60. */
  authors?: number;
  log(msg: string): void;
}): Promise<SessionRun> {
  const { web, world } = opts;
  const random = seeded(7);
  const browser = await launchBenchChromium({ executable: opts.executable, port: web.port, extension: opts.extension });
  const started = Date.now();
  const cards: CardSample[] = [];
  const passes: PassSample[] = [];
  try {
    web.reset();
    web.latencyMs = opts.latencyMs;
    web.limits.push(...keylessLimits({ s2RefusalRate: opts.s2RefusalRate, seed: 16 }));
    const page = await browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    let rootHandedOver = false;
    await page.mouse.move(1, 1);
    await page.goto(SESSION_LISTING_URL, { waitUntil: 'load' });
    await page.evaluate(NAME_SHIM);
    await page.evaluate(installSessionProbe);
    await page.evaluate(installCrossingProbe);
    for (const { author, arxiv } of pickAuthors(world, opts.authors)) {
      await page.evaluate(resetSessionProbe);
      const from = web.requests.length;
      const at = await hoverAuthor(page, arxiv, author);
      if (!at) {
        opts.log(`could not hover ${author} (${arxiv})`);
        continue;
      }
      // The driver's move resolves once the page has taken the pointer event: the arrival, in Node's clock.
      const hoveredAt = Date.now();
      const deadline = Date.now() + 20_000;
      let probe = await page.evaluate(readSessionProbe);
      while (probe.firstData === undefined && Date.now() < deadline) {
        // The card's host is made on the first hover and kept: hand its root over once it exists.
        if (!rootHandedOver) rootHandedOver = await handOverCardRoot(cdp);
        await page.waitForTimeout(rootHandedOver ? 50 : 10);
        probe = await page.evaluate(readSessionProbe);
      }
      await page.waitForTimeout(READ_MS);
      probe = await page.evaluate(readSessionProbe);
      const card = await page.evaluate(readCardContent);
      const made = web.requests.slice(from);
      await page.evaluate(takeCrossings);
      const passFrom = web.requests.length;
      const speed = await passOver(page, at, random);
      await page.mouse.move(1, 1);
      await page.waitForTimeout(PAUSE_MS[0] + random() * (PAUSE_MS[1] - PAUSE_MS[0]));
      const passMade = web.requests.slice(passFrom);
      const crossed = (await page.evaluate(takeCrossings)).filter((c) => c.name !== author);
      passes.push({
        crossed,
        speed,
        requests: passMade.filter((r) => r.host !== 'arxiv.org').length,
        lookups: crossed.filter((c) => c.dwellMs >= DEFAULT_TIMINGS.dwellMs).length,
      });
      const requests: Record<string, number> = {};
      const refused: Record<string, number> = {};
      for (const r of made) {
        requests[r.host] = (requests[r.host] ?? 0) + 1;
        if (r.status === 429 || r.status === 403)
          refused[`${r.host} ${r.status}`] = (refused[`${r.host} ${r.status}`] ?? 0) + 1;
      }
      const gh = made.filter((r) => r.host === 'api.github.com');
      const due = (probe.arrival ?? Number.NaN) + SHOW_DELAY_MS;
      const verdict = judge(world, author, card);
      const sample: CardSample = {
        author,
        arxiv,
        firstDataMs: (probe.firstData ?? Number.NaN) - due,
        fullMs: (probe.lastChange ?? Number.NaN) - due,
        status: card?.status ?? 'none',
        complete: verdict.missing.length === 0,
        missing: verdict.missing,
        repos: verdict.repos,
        reposExact: verdict.exact,
        reposHf: verdict.hf,
        requests,
        githubCore: gh.filter((r) => !r.path.startsWith('/search/')).length,
        githubSearch: gh.filter((r) => r.path.startsWith('/search/')).length,
        refused,
      };
      cards.push(sample);
      opts.log(`   timeline (ms from the hover, API answers only): ${timeline(made, hoveredAt)}`);
      opts.log(
        `${cards.length}. ${author}: ${sample.status} first ${sample.firstDataMs.toFixed(0)} ms full ${sample.fullMs.toFixed(0)} ms, repos ${sample.reposExact}/${sample.repos} exact, ${JSON.stringify(requests)}${verdict.missing.length ? ` missing ${verdict.missing.join(', ')}` : ''}`,
      );
    }
  } finally {
    web.latencyMs = 0;
    web.limits.length = 0;
    await within('closing Chromium', browser.close(), 15_000, opts.log);
  }
  const refused: Record<string, number> = {};
  for (const r of web.requests)
    if (r.status === 429 || r.status === 403 || r.status === 503)
      refused[`${r.host} ${r.status}`] = (refused[`${r.host} ${r.status}`] ?? 0) + 1;
  return {
    s2RefusalRate: opts.s2RefusalRate,
    latencyMs: opts.latencyMs,
    wallMs: Date.now() - started,
    cards,
    passes,
    dwellMs: DEFAULT_TIMINGS.dwellMs,
    refused,
    unknown: web.unknown.map((r) => `${r.host}${r.path}`),
  };
}

/** Each API request of one card: when it left (from the hover) and how long its answer took, in order. */
function timeline(made: FakeWeb['requests'], hoveredAt: number): string {
  return made
    .filter((r) => r.host !== 'arxiv.org')
    .map((r) => {
      const what = `${r.host.split('.').at(-2)}${r.path.split('?')[0]!.slice(0, 28)}`;
      return `${what} ${r.at - hoveredAt}+${r.doneAt ? r.doneAt - r.at : '?'}${r.status === 200 ? '' : ` ${r.status}`}`;
    })
    .join(' | ');
}

const percentile = (xs: number[], p: number) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

/**
 * Cards a passing-over had already looked up: a name crossed, on an earlier move, for at least
 * the built dwell. Their times and requests are not a cold card's.
 */
function warmedBefore(run: SessionRun): Set<number> {
  const warmed = new Set<number>();
  const seen = new Set<string>();
  run.cards.forEach((card, i) => {
    if (seen.has(card.author)) warmed.add(i);
    for (const c of run.passes[i]?.crossed ?? []) if (c.dwellMs >= run.dwellMs) seen.add(c.name);
  });
  return warmed;
}

/** A time's p50 / p95 over every card, and over the cold ones alone when passing-over warmed some. */
function timeRows(
  label: string,
  of: (c: CardSample) => number,
  cards: CardSample[],
  warmed: Set<number>,
): [string, string][] {
  const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
  const fmt = (xs: number[]) => `${f0(percentile(xs, 50))} / ${f0(percentile(xs, 95))} ms`;
  const rows: [string, string][] = [[label, fmt(cards.map(of))]];
  if (warmed.size) {
    const cold = cards.filter((_, i) => !warmed.has(i));
    rows.push([`${label}, the ${cold.length} cards no passing-over looked up first`, fmt(cold.map(of))]);
  }
  return rows;
}

/** Dwell thresholds the passed-over names are counted against. */
const DWELL_CANDIDATES = [50, 80, 100, 120, 150, 200, 300];

/** The pointer's moves between cards: what each dwell threshold would have spent on names merely crossed. */
function passRows(run: SessionRun): [string, string][] {
  const crossed = run.passes.flatMap((p) => p.crossed.map((c) => c.dwellMs));
  if (!run.passes.length) return [];
  const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
  return [
    [
      'names passed over on the way (pointer 300–1500 px/s)',
      `${crossed.length} in ${run.passes.length} moves; time on a name p50 / p90 / max ${f0(percentile(crossed, 50))} / ${f0(percentile(crossed, 90))} / ${f0(Math.max(...crossed))} ms`,
    ],
    [
      'passed-over names a dwell of N ms would look up',
      DWELL_CANDIDATES.map((t) => `${t}: ${crossed.filter((d) => d >= t).length}`).join(', '),
    ],
    [
      `look-ups / API requests spent on passed-over names (dwell ${run.dwellMs} ms, as built)`,
      `${run.passes.reduce((s, p) => s + p.lookups, 0)} / ${run.passes.reduce((s, p) => s + p.requests, 0)}`,
    ],
    [
      'API requests in the whole session (cards and passing-over), per card',
      (
        (run.cards.reduce(
          (s, c) => s + Object.entries(c.requests).reduce((t, [h, n]) => t + (h === 'arxiv.org' ? 0 : n), 0),
          0,
        ) +
          run.passes.reduce((s, p) => s + p.requests, 0)) /
        Math.max(1, run.cards.length)
      ).toFixed(2),
    ],
  ];
}

/** The session's table, as printed. */
export function formatSession(run: SessionRun): string {
  const { cards } = run;
  const n = cards.length;
  const sum = (f: (c: CardSample) => number) => cards.reduce((s, c) => s + f(c), 0);
  const repos = sum((c) => c.repos);
  const hosts = [...new Set(cards.flatMap((c) => Object.keys(c.requests)))].filter((h) => h !== 'arxiv.org').sort();
  const rows: [string, string][] = [
    ['cards hovered', String(n)],
    ['cards complete (every field its sources have)', `${sum((c) => (c.complete ? 1 : 0))} / ${n}`],
    [
      'repositories shown with exact stars (GitHub) / shown',
      `${sum((c) => c.reposExact)} / ${repos} (${repos ? ((100 * sum((c) => c.reposExact)) / repos).toFixed(1) : '–'}%)`,
    ],
    ['repositories shown with Hugging Face stars (labelled)', String(sum((c) => c.reposHf))],
    ['GitHub core requests per card', (sum((c) => c.githubCore) / Math.max(1, n)).toFixed(2)],
    ['GitHub search requests per card', (sum((c) => c.githubSearch) / Math.max(1, n)).toFixed(2)],
    ...hosts.map((h): [string, string] => [
      `requests per card: ${h}`,
      (sum((c) => c.requests[h] ?? 0) / Math.max(1, n)).toFixed(2),
    ]),
    [
      '429 / 403 / 503 received',
      Object.entries(run.refused)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ') || 'none',
    ],
    ...timeRows('show delay → first data, p50 / p95', (c) => c.firstDataMs, cards, warmedBefore(run)),
    ...timeRows('show delay → full card, p50 / p95', (c) => c.fullMs, cards, warmedBefore(run)),
    ...passRows(run),
    ['wall time of the session', `${(run.wallMs / 60_000).toFixed(1)} min`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = [
    `Session: ${n} distinct authors on the saved hep-ph listing, keyless limits enforced, ${run.latencyMs} ms added to every API answer, Semantic Scholar refusing ${(run.s2RefusalRate * 100).toFixed(0)}% of requests at random (429)`,
    '',
    `| ${'figure'.padEnd(width)} | value |`,
    `|${'-'.repeat(width + 2)}|-------|`,
    ...rows.map(([k, v]) => `| ${k.padEnd(width)} | ${v} |`),
  ];
  const incomplete = cards.filter((c) => !c.complete);
  if (incomplete.length) {
    const reasons: Record<string, number> = {};
    for (const c of incomplete)
      for (const m of c.missing) {
        const k = m.replace(/ \S+\/\S+$/, '');
        reasons[k] = (reasons[k] ?? 0) + 1;
      }
    lines.push(
      '',
      `What incomplete cards lacked: ${Object.entries(reasons)
        .map(([k, v]) => `${k} ×${v}`)
        .join(', ')}`,
    );
  }
  if (run.unknown.length) lines.push('', `Requests the fake web did not know: ${run.unknown.slice(0, 10).join(', ')}`);
  return lines.join('\n');
}
