import type { TraceEvent } from './trace';

/** What one page load cost the page's main thread, and how much of it was the extension's. */
export interface MainThreadCost {
  /** Sum of the top-level tasks that hold any of the extension's work, ms. */
  extensionMs: number;
  /** The longest of those tasks, ms. */
  longestTaskMs: number;
  extensionTasks: number;
  /** Every top-level task on the page's main thread, ms (rendering the extension causes shows here). */
  totalBusyMs: number;
  /** Time inside script evaluation, function calls and compilation with the content script's URL, ms. */
  scriptUrlMs: number;
  /** CPU time of the extension's tasks (trace `tdur`): wall time minus time the thread was descheduled, ms. */
  extensionCpuMs: number;
  longestTaskCpuMs: number;
  /** The task that evaluated the content script (injection and `main`), ms. */
  evaluateMs: number;
  /** Idle-callback tasks (the marking batches): total and longest, ms. */
  idleMs: number;
  longestIdleMs: number;
  /** The rest: extension IPC and callbacks other than the above (hover listeners, messages), ms. */
  otherMs: number;
  evaluateCpuMs: number;
  longestIdleCpuMs: number;
}

const RUN_TASK = 'ThreadControllerImpl::RunTask';

/** The event's own `chrome-extension://` URL, if it is the extension's script work. */
const extensionUrl = (e: TraceEvent): string | undefined => {
  const url = e.args?.data?.url;
  return typeof url === 'string' && url.startsWith('chrome-extension://') ? url : undefined;
};

/** Injection, API replies and port messages arrive as extension mojo messages. */
const isExtensionMojo = (e: TraceEvent): boolean => {
  if (e.name !== 'Receive mojo message') return false;
  const info = e.args?.chrome_mojo_event_info as { mojo_interface_tag?: string } | undefined;
  return !!info?.mojo_interface_tag?.startsWith('extensions.mojom.');
};

/**
 * Attributes main-thread tasks as scripts/bench/README.md describes: the page's main thread is the one
 * whose ParseHTML carries the page URL; a top-level task (outermost RunTask) is the
 * extension's when it holds an event with a chrome-extension:// URL or an extension mojo
 * message. URL alone would miss promise continuations, which run inside those IPC tasks.
 */
export function attributeMainThread(events: readonly TraceEvent[], pageUrl: string): MainThreadCost {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`no ParseHTML for ${pageUrl} in the trace`);
  const onThread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && (e.ph === 'X' || e.ph === 'I'));
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of onThread.filter((x) => x.name === RUN_TASK && x.ph === 'X').sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    tasks.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  const starts = tasks.map((t) => t.ts);
  const owner = (ts: number): TraceEvent | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= ts) lo = mid;
      else hi = mid - 1;
    }
    const task = tasks[lo];
    return task && task.ts <= ts && ts <= task.ts + (task.dur ?? 0) ? task : undefined;
  };
  const extensionTasks = new Set<TraceEvent>();
  const kind = new Map<TraceEvent, 'evaluate' | 'idle'>();
  const scriptSpans: [number, number][] = [];
  for (const e of onThread) {
    const url = extensionUrl(e);
    if (url || isExtensionMojo(e)) {
      const task = owner(e.ts);
      if (task) extensionTasks.add(task);
      if (task && e.name === 'EvaluateScript') kind.set(task, 'evaluate');
      else if (task && !kind.has(task) && e.name === 'FunctionCall' && isInside(onThread, e, 'FireIdleCallback'))
        kind.set(task, 'idle');
    }
    if (url && e.ph === 'X') scriptSpans.push([e.ts, e.ts + (e.dur ?? 0)]);
  }
  const ms = (us: number) => us / 1000;
  const durs = [...extensionTasks].map((t) => t.dur ?? 0);
  const cpu = [...extensionTasks].map((t) => t.tdur ?? t.dur ?? 0);
  const ofKind = (k: string, cpuTime = false) =>
    [...extensionTasks].filter((t) => kind.get(t) === k).map((t) => (cpuTime ? (t.tdur ?? t.dur ?? 0) : (t.dur ?? 0)));
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    extensionMs: ms(durs.reduce((a, b) => a + b, 0)),
    longestTaskMs: ms(Math.max(0, ...durs)),
    extensionTasks: durs.length,
    totalBusyMs: ms(tasks.reduce((a, t) => a + (t.dur ?? 0), 0)),
    scriptUrlMs: ms(unionLength(scriptSpans)),
    extensionCpuMs: ms(cpu.reduce((a, b) => a + b, 0)),
    longestTaskCpuMs: ms(Math.max(0, ...cpu)),
    evaluateMs: ms(total(ofKind('evaluate'))),
    idleMs: ms(total(ofKind('idle'))),
    longestIdleMs: ms(Math.max(0, ...ofKind('idle'))),
    otherMs: ms(total(durs) - total(ofKind('evaluate')) - total(ofKind('idle'))),
    evaluateCpuMs: ms(total(ofKind('evaluate', true))),
    longestIdleCpuMs: ms(Math.max(0, ...ofKind('idle', true))),
  };
}

/** Total length covered by the spans, so nested events (a call inside a callback) count once. */
function unionLength(spans: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Whether `e` runs inside an event named `name` on the same thread (a call inside an idle callback). */
function isInside(thread: readonly TraceEvent[], e: TraceEvent, name: string): boolean {
  return thread.some((o) => o.name === name && o.ts <= e.ts && e.ts <= o.ts + (o.dur ?? 0));
}
