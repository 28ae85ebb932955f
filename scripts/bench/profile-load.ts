/**
 * `npx tsx scripts/bench/profile-load.ts [--no-build] [--reps 3] [--verbose] [--extension DIR] [--url URL]`:
 * where the content script's load task goes, on an arXiv listing of 25/250/2000 entries, an arXiv
 * abstract page and an ACL paper page, and what the first interest costs (the pointer on the
 * first name: the cards load, a paper page is marked). The table uses the bench's attribution
 * (attribute.ts); with --verbose, a Chrome trace with V8's compile categories splits each of
 * Byline's tasks into compiling and running, and a CPU profile of the same load names the
 * functions that ran. --extension measures another unpacked build (an older one, to compare).
 */
import { dirname } from 'node:path';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { findBrowsers } from '../../tests/e2e/environment';
import { prepareBuilds } from './build';
import { launchBenchChromium } from './chromium';
import { addListingRoutes, makeCertificate, startBenchWeb } from './fake-web';
import { listingUrl } from './listing-pages';
import { attributeMainThread, type MainThreadCost } from './attribute';
import { startTrace, type TraceEvent } from './trace';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CATEGORIES = [
  'devtools.timeline',
  'toplevel',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.compile',
  'loading',
  'disabled-by-default-devtools.timeline',
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function traceLoad(page: Page, cdp: CDPSession, url: string) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  return { events, profile };
}

const isExt = (e: TraceEvent) => {
  const u = e.args?.data?.url ?? (e.args as { url?: string; fileName?: string } | undefined)?.url;
  return typeof u === 'string' && u.startsWith('chrome-extension://');
};

function breakdown(events: TraceEvent[], profile: Awaited<ReturnType<typeof traceLoad>>['profile'], url: string) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error('no ParseHTML');
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const inside = (t: TraceEvent, e: TraceEvent) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0);
  const extTasks = tasks.filter((t) => thread.some((e) => inside(t, e) && isExt(e)));
  const out: string[] = [];
  for (const t of extTasks) {
    const kids = thread.filter((e) => e !== t && inside(t, e));
    const byName = new Map<string, number>();
    for (const k of kids) {
      // Only events directly interesting for the split.
      if (
        !/Compile|Parse|Evaluate|FunctionCall|RunMicrotasks|V8\.|ScriptCompiler|Deserial|Layout|Style|Recalc/i.test(
          k.name,
        )
      )
        continue;
      byName.set(k.name, (byName.get(k.name) ?? 0) + (k.dur ?? 0));
    }
    const names = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(2)}`)
      .join('; ');
    out.push(`  task ${((t.dur ?? 0) / 1000).toFixed(2)} ms (CPU ${((t.tdur ?? 0) / 1000).toFixed(2)}): ${names}`);
  }
  // Samples inside the extension tasks, attributed by self frame.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let ts = profile.startTime;
  const self = new Map<string, number>();
  const topExt = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i] ?? 0;
    if (!extTasks.some((t) => ts >= t.ts && ts <= t.ts + (t.dur ?? 0))) continue;
    const node = byId.get(profile.samples[i] ?? -1);
    if (!node) continue;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + 1);
    // The outermost extension frame under which this sample ran (module top level vs main).
    let n: ProfileNode | undefined = node;
    let outer = '';
    while (n) {
      if (n.callFrame.url.startsWith('chrome-extension://'))
        outer = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      n = byId.get(parent.get(n.id) ?? -1);
    }
    topExt.set(outer || '(no extension frame)', (topExt.get(outer || '(no extension frame)') ?? 0) + 1);
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, v]) => `    ${(v * 0.05).toFixed(2)} ms  ${k}`)
      .join('\n');
  out.push('  self time (samples, 50 µs):', fmt(self));
  return out.join('\n');
}

/** The first name on each kind of page the profile loads. */
const FIRST_NAME = (url: string) =>
  url.includes('/list/')
    ? 'dl#articles .list-authors a'
    : url.includes('aclanthology')
      ? '#main p.lead a[href*="/people/"]'
      : '#abs .authors a';

const verbose = process.argv.includes('--verbose');

async function main() {
  const noBuild = process.argv.includes('--no-build');
  const reps = Number(process.argv[process.argv.indexOf('--reps') + 1]) || 2;
  const browsers = findBrowsers();
  if (!browsers.chromium) throw new Error('needs Chromium');
  const at = process.argv.indexOf('--extension');
  const only = process.argv.indexOf('--url');
  const build =
    at > 0
      ? { chrome: process.argv[at + 1] ?? '', firefox: '' }
      : prepareBuilds(ROOT, noBuild, (m) => console.error(m));
  addListingRoutes([25, 250, 2000]);
  const cert = makeCertificate();
  const web = await startBenchWeb(cert);
  const chrome = await launchBenchChromium({ executable: browsers.chromium, port: web.port, extension: build.chrome });
  const urls =
    only > 0
      ? [process.argv[only + 1] ?? '']
      : [
          listingUrl(25),
          listingUrl(250),
          listingUrl(2000),
          'https://arxiv.org/abs/2403.12968',
          'https://aclanthology.org/2021.naacl-main.208/',
        ];
  const rows: string[] = [];
  try {
    for (const url of urls) {
      const load: MainThreadCost[] = [];
      const interest: MainThreadCost[] = [];
      for (let rep = 0; rep <= reps; rep++) {
        const page = await chrome.context.newPage();
        await page.mouse.move(1, 1);
        const cdp = await chrome.context.newCDPSession(page);
        const loaded = await traceLoad(page, cdp, url);
        // A copy: the session's listener keeps adding the next trace's events to the array.
        const events = [...loaded.events];
        const profile = loaded.profile;
        const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
        // Then the first interest: the pointer on the page's first name, the cards loading on it.
        const stop = await startTrace(cdp);
        await page.hover(FIRST_NAME(url));
        await page.waitForTimeout(1500);
        const later = await stop();
        if (parse) later.push({ ...parse, ts: 0 });
        // The first load warms caches; count the rest.
        if (rep > 0) {
          if (verbose) console.log(`${url} rep ${rep}\n${breakdown(events, profile, url)}`);
          load.push(attributeMainThread(events, url));
          interest.push(attributeMainThread(later, url));
        }
        await cdp.detach();
        await page.close();
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
      const f = (xs: number[]) => `${med(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
      rows.push(
        `| ${url} | ${f(load.map((c) => c.evaluateCpuMs))} | ${f(load.map((c) => c.longestTaskMs))} | ${f(load.map((c) => c.longestTaskCpuMs))} | ${f(load.map((c) => c.longestIdleCpuMs))} | ${f(interest.map((c) => c.longestTaskMs))} | ${f(interest.map((c) => c.longestTaskCpuMs))} | ${f(interest.map((c) => c.longestIdleCpuMs))} |`,
      );
    }
    console.log(
      `| page | load task CPU | longest task at load | CPU | longest idle batch CPU at load | longest task on first interest | CPU | longest idle batch CPU after it |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}`,
    );
  } finally {
    await chrome.close();
    await web.close();
    rmSync(dirname(cert.certFile), { recursive: true, force: true });
    if (at < 0) rmSync(dirname(build.chrome), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
