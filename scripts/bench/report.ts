import { CARD_FIELDS } from '../../profiles/card-fields';
import type { Builds } from './build';
import type { BundleSize } from './bundle';
import type { Machine } from './machine';
import type { Spread } from './stats';
import type { WebCard } from './webs';
import { BUDGETS, type BudgetCheck, type ChromiumSize, type FirefoxSize, type HoverSummary } from './summary';

/** Everything one run measured: printed as tables and written as JSON. */
export interface BenchReport {
  machine: Machine;
  build: Builds;
  reps: number;
  chromium?: ChromiumSize[];
  hover?: HoverSummary;
  bundles: BundleSize[];
  firefox?: FirefoxSize[] | { error: string };
  webs?: WebCard[];
  budgets: BudgetCheck[];
}

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
/** "median (min–max)", the form every timed figure is printed in. */
const ms = (s: Spread, digits = 1) =>
  s.n > 1 ? `${f(s.median, digits)} (${f(s.min, digits)}–${f(s.max, digits)})` : f(s.median, digits);
const ok = (met: boolean) => (met ? 'met' : 'NOT MET');

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function chromiumTables(sizes: ChromiumSize[]): string {
  const cost = table(
    [
      'entries (links)',
      'read at load',
      'bare pass ms',
      'Byline main-thread ms',
      '× bare',
      `≤${BUDGETS.ratioToBare}×`,
      'load task CPU ms',
      `≤${BUDGETS.loadTaskCpuMs} ms`,
      'longest task ms',
      `≤${BUDGETS.longestTaskMs} ms`,
      'tasks',
      'requests',
      '0 req',
    ],
    sizes.map((s) => [
      `${s.entries} (${s.links})`,
      `${f(s.marked.median, 0)}/${s.links}${s.answersHover === undefined ? '' : s.answersHover ? ' (hover read ✓)' : ' (hover NOT read)'}`,
      ms(s.bareFirstMs),
      ms(s.bylineMs),
      f(s.ratio),
      ok(s.ratio <= BUDGETS.ratioToBare),
      ms(s.evaluateCpuMs),
      ok(s.evaluateCpuMs.median <= BUDGETS.loadTaskCpuMs),
      ms(s.longestTaskMs),
      ok(s.longestTaskMs.median <= BUDGETS.longestTaskMs),
      f(s.extensionTasks.median, 0),
      String(s.requestsBeforeHover),
      ok(s.requestsBeforeHover === 0),
    ]),
  );
  const page = table(
    [
      'entries',
      'of which script (URL)',
      'marked by (after load)',
      'page busy without',
      'page busy with',
      'JS heap without MB',
      'JS heap with MB',
      'heap Δ MB',
      'bare pass warm ms',
    ],
    sizes.map((s) => [
      String(s.entries),
      ms(s.scriptUrlMs),
      ms(s.markedAfterLoadMs, 0),
      ms(s.busyWithoutMs, 0),
      ms(s.busyWithMs, 0),
      ms(s.heapWithoutMB),
      ms(s.heapWithMB),
      f(s.heapWithMB.median - s.heapWithoutMB.median),
      ms(s.bareWarmMs),
    ]),
  );
  const perLink = (msValue: number, links: number) => f((msValue * 1000) / links, 2);
  const parts = table(
    [
      'entries',
      'script evaluation ms',
      'CPU',
      'idle batches ms',
      'longest batch ms',
      'CPU',
      'other ms',
      'Byline CPU ms',
      'longest task CPU ms',
      'µs per link: Byline',
      'bare',
    ],
    sizes.map((s) => [
      String(s.entries),
      ms(s.evaluateMs),
      ms(s.evaluateCpuMs),
      ms(s.idleMs),
      ms(s.longestIdleMs),
      ms(s.longestIdleCpuMs),
      ms(s.otherMs),
      ms(s.cpuMs),
      ms(s.longestTaskCpuMs),
      perLink(s.bylineMs.median, s.links),
      perLink(s.bareFirstMs.median, s.links),
    ]),
  );
  return `Page cost, Chromium (CDP trace; main-thread tasks holding the content script's work; wall time)\n${cost}\n\n${page}\n\nWhere Byline's time goes (wall; CPU = the same tasks' thread time, without time the thread was descheduled)\n${parts}`;
}

function hoverTable(h: HoverSummary): string {
  const hosts = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  return `Hover to card, Chromium (${'https://arxiv.org/abs/2403.12968'}, first author; show delay ${h.showDelayMs} ms; figures are ms after the delay, counted from when the page received the pointer; the browser's own input delay before that: ${ms(h.inputDelayMs)} ms)\n${table(
    [
      'hover',
      'card on screen',
      'card with data painted',
      `≤${f(BUDGETS.cachedCardMs)} ms`,
      'requests (median per host)',
    ],
    [
      [
        `cold (API latency ${h.latencyMs} ms)`,
        ms(h.coldShownMs),
        ms(h.coldCardMs),
        '(no budget)',
        hosts(h.coldRequests),
      ],
      [
        'warm (cached; first hover after a reload, loads the cards)',
        ms(h.warmCardMs),
        ms(h.warmCardMs),
        ok(h.warmCardMs.median <= BUDGETS.cachedCardMs),
        hosts(h.warmRequests),
      ],
      [
        'warm again (cards already loaded)',
        ms(h.againCardMs),
        ms(h.againCardMs),
        ok(h.againCardMs.median <= BUDGETS.cachedCardMs),
        '',
      ],
    ],
  )}`;
}

function bundleTable(bundles: BundleSize[]): string {
  return `Bundles (.output/chrome-mv3)\n${table(
    ['entry', 'raw KB', 'gzip KB', 'budget', 'files'],
    bundles.map((b) => [
      b.name,
      f(b.raw / 1024),
      f(b.gzip / 1024),
      b.name.startsWith('content script (')
        ? `≤${BUDGETS.contentScriptGzipKB} KB: ${ok(b.gzip / 1024 <= BUDGETS.contentScriptGzipKB)}`
        : '',
      b.files.join(' + '),
    ]),
  )}`;
}

function firefoxTable(sizes: FirefoxSize[] | { error: string }): string {
  if (!Array.isArray(sizes)) return `Firefox: not measured (${sizes.error})`;
  const longTask = sizes.some((s) => s.longTaskSupported)
    ? 'reported'
    : 'not exposed (no longtask entries in this browser)';
  return `Page cost, Firefox (in-page only: content-script main-thread time and JS heap not exposed over BiDi; long tasks ${longTask})\n${table(
    [
      'entries (links)',
      'marked',
      'bare pass ms',
      'marked by (after load)',
      'first→last mark',
      'longest frame gap without',
      'with',
      'blocked without',
      'with',
      'requests',
    ],
    sizes.map((s) => [
      `${s.entries} (${s.links})`,
      `${f(s.marked.median, 0)}/${s.links}`,
      ms(s.bareFirstMs),
      ms(s.markedAfterLoadMs, 0),
      ms(s.markingSpanMs, 0),
      ms(s.frameGapWithoutMs),
      ms(s.frameGapWithMs),
      ms(s.blockedWithoutMs, 0),
      ms(s.blockedWithMs, 0),
      `${s.requestsBeforeHover} (${ok(s.requestsBeforeHover === 0)})`,
    ]),
  )}`;
}

/** The whole report as text. */
/** The founding card on each web: the fields it fills and the requests it made per host. */
function websTable(webs: WebCard[]): string {
  const hosts = [...new Set(webs.flatMap((w) => Object.keys(w.requests)))].sort();
  return [
    `The founding card (Zhuoshi Pan, arXiv 2403.12968), cold, Chromium: fields filled of ${CARD_FIELDS.length} (${CARD_FIELDS.join(', ')})`,
    table(
      ['web', 'card', 'fields', 'missing'],
      webs.map((w) => [w.web, w.status, `${w.fields.length}/${CARD_FIELDS.length}`, w.missing.join(', ') || '–']),
    ),
    'Requests per host',
    table(
      ['host', ...webs.map((w) => w.web)],
      hosts.map((h) => [h, ...webs.map((w) => String(w.requests[h] ?? 0))]),
    ),
  ].join('\n');
}

export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const parts = [
    `Byline bench, ${m.date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.chromium}; ${m.firefox}; Node ${m.node}`,
    `Build: .output as of ${r.build.builtAt}${r.build.note ? ` (${r.build.note})` : ''}. Figures: median (min–max) over ${r.reps} loads, fresh tab each, after a warm-up load.`,
  ];
  if (r.chromium) parts.push(chromiumTables(r.chromium));
  if (r.hover) parts.push(hoverTable(r.hover));
  if (r.webs) parts.push(websTable(r.webs));
  parts.push(bundleTable(r.bundles));
  if (r.firefox) parts.push(firefoxTable(r.firefox));
  parts.push(
    `Budgets (scripts/bench/README.md)\n${table(
      ['budget', 'figure', ''],
      r.budgets.map((b) => [b.budget, b.figure, ok(b.met)]),
    )}`,
  );
  return parts.join('\n\n');
}
