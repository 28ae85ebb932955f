/**
 * `npm run bench [-- --json out.json] [--reps 5] [--sizes 25,250,2000] [--latency 150]
 *  [--no-build] [--no-firefox] [--no-hover] [--no-page-cost] [--no-webs] [--reader]`
 * `npm run bench -- --session [--s2-429 0.1] [--latency 150] [--no-build] [--json out.json]`: the
 *  session bench alone (session.ts), an hour of hovers against the keyless limits.
 * `npm run bench -- --opt-in [--reps 5] [--no-build] [--json out.json]`: the opt-in sites' biggest
 *  pages alone (opt-in.ts); the full run measures them too unless `--no-opt-in`.
 * What Byline costs a page and how fast its card comes, in real Chromium and Firefox against
 * the fake web (method: a Chrome trace attributes main-thread tasks to the content script and
 * compares them with one bare querySelectorAll pass over the same links). A measurement, not a test: it reports
 * budgets as met or not and always exits 0 when it could measure. `--reader` measures only the
 * homepage reader on hostile and real pages (no browser needed).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowsers } from '../../tests/e2e/environment';
import { prepareBuilds } from './build';
import { bundleSizes } from './bundle';
import { measureChromiumPageCost } from './chromium-page-cost';
import { addListingRoutes, makeCertificate, startBenchWeb } from './fake-web';
import { addVenueRoutes, formatOpenReview, measureOpenReviewCost, type OpenReviewCost } from './openreview-cost';
import { measureFirefoxPageCost } from './firefox';
import { measureHover } from './hover';
import { measureWebs } from './webs';
import { forward443 } from './loopback-443';
import { describeMachine } from './machine';
import { formatReport, type BenchReport } from './report';
import { formatSession, measureSession } from './session';
import { addSessionRoutes } from './session-web';
import { formatReader, measureReader } from './reader';
import { addOptInRoutes, formatOptIn, measureOptIn, type OptInRow } from './opt-in';
import { within } from './settle';
import { checkBudgets, summarizeChromium, summarizeFirefox, summarizeHover } from './summary';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Options {
  json?: string;
  reps: number;
  sizes: number[];
  latencyMs: number;
  build: boolean;
  firefox: boolean;
  hover: boolean;
  pageCost: boolean;
  session: boolean;
  s2RefusalRate: number;
  sessionAuthors?: number;
  webs: boolean;
  reader: boolean;
  /** The opt-in sites' pages: 'also' in a full run, 'only' alone, 'no' not at all. */
  optIn: 'also' | 'only' | 'no';
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    reps: 5,
    sizes: [25, 250, 2000],
    latencyMs: 150,
    build: true,
    firefox: true,
    hover: true,
    pageCost: true,
    session: false,
    s2RefusalRate: 0.1,
    webs: true,
    reader: false,
    optIn: 'also',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? '';
    if (a === '--json') o.json = next();
    else if (a === '--reps') o.reps = Math.max(1, Number(next()));
    else if (a === '--sizes')
      o.sizes = next()
        .split(',')
        .map(Number)
        .filter((n) => n > 0);
    else if (a === '--latency') o.latencyMs = Number(next());
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-firefox') o.firefox = false;
    else if (a === '--no-hover') o.hover = false;
    else if (a === '--no-page-cost') o.pageCost = false;
    else if (a === '--session') o.session = true;
    else if (a === '--session-authors') o.sessionAuthors = Math.max(1, Number(next()));
    else if (a === '--s2-429') o.s2RefusalRate = Math.min(1, Math.max(0, Number(next())));
    else if (a === '--no-webs') o.webs = false;
    else if (a === '--reader') o.reader = true;
    else if (a === '--opt-in') o.optIn = 'only';
    else if (a === '--no-opt-in') o.optIn = 'no';
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** What one homepage may cost the background, hostile or not. */
const READER_BUDGET_MS = 200;

const log = (msg: string) => console.error(`[bench] ${msg}`);

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.reader) {
    const rows = measureReader(opts.reps);
    console.log(formatReader(rows, READER_BUDGET_MS));
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ reader: rows }, null, 2)}\n`);
    return;
  }
  const browsers = findBrowsers();
  if (opts.session) return session(opts, browsers.chromium);
  if (opts.optIn === 'only') return optInOnly(opts, browsers.chromium);
  const build = prepareBuilds(ROOT, !opts.build, log);
  addListingRoutes(opts.sizes);
  const optInPages = opts.optIn === 'also' ? addOptInRoutes() : [];
  let optInRows: OptInRow[] | undefined;
  // OpenReview's biggest page type, as big as the biggest arXiv listing.
  const venueNotes = Math.max(...opts.sizes);
  addVenueRoutes([venueNotes]);
  let openreview: OpenReviewCost | undefined;
  const cert = makeCertificate();
  const web = await startBenchWeb(cert);
  const report: BenchReport = {
    machine: describeMachine(browsers),
    build,
    reps: opts.reps,
    bundles: bundleSizes(build.chrome),
    budgets: [],
  };
  try {
    if (browsers.chromium && opts.pageCost) {
      const runs = await measureChromiumPageCost({
        executable: browsers.chromium,
        extension: build.chrome,
        web,
        sizes: opts.sizes,
        reps: opts.reps,
        log,
      });
      report.chromium = summarizeChromium(runs);
      openreview = await measureOpenReviewCost({
        executable: browsers.chromium,
        extension: build.chrome,
        web,
        notes: venueNotes,
        reps: opts.reps,
        log,
      });
    }
    if (browsers.chromium && opts.hover) {
      report.hover = summarizeHover(
        await measureHover({
          executable: browsers.chromium,
          extension: build.chrome,
          web,
          reps: opts.reps,
          latencyMs: opts.latencyMs,
          log,
        }),
      );
    }
    if (browsers.chromium && opts.webs)
      report.webs = await measureWebs({ executable: browsers.chromium, extension: build.chrome, web, log });
    if (opts.firefox) report.firefox = await firefoxPageCost(browsers.firefox, build.firefox, web, opts);
    if (browsers.chromium && optInPages.length)
      optInRows = await measureOptIn({
        executable: browsers.chromium,
        extension: build.chrome,
        web,
        pages: optInPages,
        reps: opts.reps,
        log,
      });
  } finally {
    await within('closing the fake web', web.close(), 10_000, log);
    for (const dir of [dirname(cert.certFile), dirname(build.chrome)]) rmSync(dir, { recursive: true, force: true });
  }
  report.budgets = checkBudgets(report.chromium ?? [], report.hover, report.bundles);
  console.log(formatReport(report));
  if (openreview) console.log(`\n${formatOpenReview(openreview)}`);
  if (optInRows) console.log(`\n${formatOptIn(optInRows)}`);
  if (opts.json) {
    writeFileSync(
      opts.json,
      `${JSON.stringify({ ...report, ...(openreview && { openreview }), ...(optInRows && { optIn: optInRows }) }, null, 2)}\n`,
    );
    log(`figures written to ${opts.json}`);
  }
}

/** The session bench: Chromium only (the limits and the card logic are the same in Firefox). */
async function session(opts: Options, chromium: string | undefined): Promise<void> {
  if (!chromium) throw new Error('the session bench needs Chromium');
  const build = prepareBuilds(ROOT, !opts.build, log);
  const world = addSessionRoutes();
  const cert = makeCertificate();
  const web = await startBenchWeb(cert);
  try {
    const run = await measureSession({
      executable: chromium,
      extension: build.chrome,
      web,
      world,
      latencyMs: opts.latencyMs,
      s2RefusalRate: opts.s2RefusalRate,
      ...(opts.sessionAuthors ? { authors: opts.sessionAuthors } : {}),
      log,
    });
    console.log(formatSession(run));
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify(run, null, 2)}\n`);
  } finally {
    await within('closing the fake web', web.close(), 10_000, log);
    for (const dir of [dirname(cert.certFile), dirname(build.chrome)]) rmSync(dir, { recursive: true, force: true });
  }
}

/** The opt-in sites' pages alone (Chromium: the sites are turned on in its options page). */
async function optInOnly(opts: Options, chromium: string | undefined): Promise<void> {
  if (!chromium) throw new Error('the opt-in bench needs Chromium');
  const build = prepareBuilds(ROOT, !opts.build, log);
  const pages = addOptInRoutes();
  const cert = makeCertificate();
  const web = await startBenchWeb(cert);
  try {
    const rows = await measureOptIn({
      executable: chromium,
      extension: build.chrome,
      web,
      pages,
      reps: opts.reps,
      log,
    });
    console.log(formatOptIn(rows));
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ optIn: rows }, null, 2)}\n`);
  } finally {
    await within('closing the fake web', web.close(), 10_000, log);
    for (const dir of [dirname(cert.certFile), dirname(build.chrome)]) rmSync(dir, { recursive: true, force: true });
  }
}

/** Firefox's figures, or why there are none: a Firefox problem must not lose Chromium's. */
async function firefoxPageCost(
  executable: string | undefined,
  extension: string,
  web: Awaited<ReturnType<typeof startBenchWeb>>,
  opts: Options,
): Promise<BenchReport['firefox']> {
  if (!executable) return { error: 'Firefox not installed' };
  let forward: Awaited<ReturnType<typeof forward443>> | undefined;
  try {
    forward = await forward443(web.port);
    return summarizeFirefox(
      await measureFirefoxPageCost({
        executable,
        extension,
        web,
        address: forward.address,
        sizes: opts.sizes,
        reps: opts.reps,
        log,
      }),
    );
  } catch (error) {
    log(`Firefox failed: ${String(error)}`);
    return { error: String(error).split('\n')[0] ?? 'failed' };
  } finally {
    if (forward) await within('closing the :443 forwarder', forward.close(), 10_000, log);
  }
}

// Exit explicitly: a browser's leftover handles must not keep the process alive after the report.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
