// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadPage } from '../tests/fixtures/pages/load-page';
import { arxivHtml } from './arxiv-html';
import { arxivListing } from './arxiv-listing';
import { AUTHOR_ATTR, STARTED_ATTR, startPageMarker, type ScheduleIdle } from './page-marker';
import type { SiteAdapter } from './site-adapter';

const LIST_URL = new URL('https://arxiv.org/list/hep-ph/new');
/** The listing adapter without `names`: marked in idle time, as small pages are. */
const { names: _names, ...eagerListing } = arxivListing;

/** An idle queue the test drains by hand, counting batches. */
function manualIdle() {
  const pending: Parameters<ScheduleIdle>[0][] = [];
  let batches = 0;
  const scheduleIdle: ScheduleIdle = (cb) => void pending.push(cb);
  const drain = (): void => {
    while (pending.length > 0) {
      batches++;
      pending.shift()?.({ timeRemaining: () => 50 });
    }
  };
  return { scheduleIdle, drain, batches: () => batches, pending: () => pending.length };
}

/** A clock that advances 1 ms per reading, so a batch ends after about 8 units. */
function tickingClock(): () => number {
  let t = 0;
  return () => (t += 1);
}

const marked = (doc: Document) => doc.querySelectorAll(`[${AUTHOR_ATTR}]`);

describe('startPageMarker', () => {
  it('marks every author of a listing in several small idle batches', async () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const idle = manualIdle();
    const marker = startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: eagerListing,
      scheduleIdle: idle.scheduleIdle,
      signal: new AbortController().signal,
      now: tickingClock(),
    });
    expect(marked(doc)).toHaveLength(0);
    idle.drain();
    await marker.ready;
    expect(idle.batches()).toBeGreaterThan(5);
    expect(marker.mentions()).toHaveLength(200);
    expect(marked(doc)).toHaveLength(200);
    const el = doc.querySelector(`[${AUTHOR_ATTR}="3"]`) as Element;
    expect(marker.mentionFor(el)?.printed).toBe('R. Di Vora');
    expect(marker.mentions()[3]?.element).toBe(el);
    expect(doc.documentElement.hasAttribute(STARTED_ATTR)).toBe(true);
  });

  it('stops a batch when the idle deadline runs out', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const calls: Parameters<ScheduleIdle>[0][] = [];
    startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: eagerListing,
      scheduleIdle: (cb) => void calls.push(cb),
      signal: new AbortController().signal,
    });
    calls.shift()?.({ timeRemaining: () => 0 });
    expect(marked(doc).length).toBeLessThan(200);
    expect(calls).toHaveLength(1);
  });

  it('queues entries added later and marks only them', async () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const idle = manualIdle();
    const marker = startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: eagerListing,
      scheduleIdle: idle.scheduleIdle,
      signal: new AbortController().signal,
    });
    idle.drain();
    const dl = doc.querySelector('dl[id=articles]') as Element;
    const dt = dl.querySelector('dt')?.cloneNode(true) as Element;
    const dd = dl.querySelector('dd')?.cloneNode(true) as Element;
    for (const el of dd.querySelectorAll(`[${AUTHOR_ATTR}]`)) el.removeAttribute(AUTHOR_ATTR);
    dl.append(dt, dd);
    await new Promise((resolve) => setTimeout(resolve, 0));
    idle.drain();
    expect(marker.mentions()).toHaveLength(209);
    expect(marked(doc)).toHaveLength(209);
  });

  it('hands over to a new instance without duplicating marks or name spans', async () => {
    const { doc } = loadPage('arxiv/html-2403.12968v1-synthesized.html');
    const url = new URL('https://arxiv.org/html/2403.12968v1');
    const idle = manualIdle();
    const oldController = new AbortController();
    const first = startPageMarker({
      root: doc,
      url,
      adapter: arxivHtml,
      scheduleIdle: idle.scheduleIdle,
      signal: oldController.signal,
    });
    idle.drain();
    await first.ready;
    expect(first.mentions()).toHaveLength(13);
    // The newer script's context ends the older one first (hover-card/isolated-context.ts).
    oldController.abort();
    const second = startPageMarker({
      root: doc,
      url,
      adapter: arxivHtml,
      scheduleIdle: idle.scheduleIdle,
      signal: new AbortController().signal,
    });
    idle.drain();
    await second.ready;
    expect(second.mentions()).toHaveLength(13);
    expect(doc.querySelectorAll('span[data-byline-name]')).toHaveLength(13);
    expect(marked(doc)).toHaveLength(13);
    const span = doc.querySelector('span[data-byline-name]') as Element;
    expect(second.mentionFor(span)?.printed).toBe('Zhuoshi Pan');
    expect(doc.documentElement.hasAttribute(STARTED_ATTR)).toBe(true);
  });

  it('an older instance stops when its signal ends (a newer script took over), and the newer one marks', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const idle = manualIdle();
    const older = new AbortController();
    const old = startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: eagerListing,
      scheduleIdle: idle.scheduleIdle,
      signal: older.signal,
      now: tickingClock(),
    });
    older.abort();
    const fresh = startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: eagerListing,
      scheduleIdle: idle.scheduleIdle,
      signal: new AbortController().signal,
      now: tickingClock(),
    });
    idle.drain();
    expect(old.mentions()).toHaveLength(0);
    expect(fresh.mentions()).toHaveLength(200);
    expect(marked(doc)).toHaveLength(200);
  });

  it('a page writing or removing attributes on <html> does not stop it', async () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const idle = manualIdle();
    const marker = startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: eagerListing,
      scheduleIdle: idle.scheduleIdle,
      signal: new AbortController().signal,
      now: tickingClock(),
    });
    // What a page could write to stop a marker that trusted the page for its handover.
    doc.documentElement.setAttribute('data-byline-version', 'page');
    doc.documentElement.removeAttribute(STARTED_ATTR);
    idle.drain();
    await marker.ready;
    expect(marker.mentions()).toHaveLength(200);
    const link = doc.querySelector('dl[id=articles] > dd div.list-authors a') as Element;
    expect(marker.nameAt(link)).toBe(link);
  });

  it('marks nothing on an unknown layout and reports once', async () => {
    const doc = new DOMParser().parseFromString(
      '<main><a href="/search/?searchtype=author&query=X">X Y</a></main>',
      'text/html',
    );
    const onDiagnostic = vi.fn();
    const idle = manualIdle();
    const marker = startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: eagerListing,
      scheduleIdle: idle.scheduleIdle,
      signal: new AbortController().signal,
      onDiagnostic,
    });
    idle.drain();
    await marker.ready;
    expect(onDiagnostic).toHaveBeenCalledTimes(1);
    expect(marked(doc)).toHaveLength(0);
    expect(idle.batches()).toBe(0);
  });

  it('never throws into the page when an adapter fails', async () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const broken: SiteAdapter = {
      ...eagerListing,
      findMentions: () => {
        throw new Error('boom');
      },
    };
    const onDiagnostic = vi.fn();
    const idle = manualIdle();
    const marker = startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: broken,
      scheduleIdle: idle.scheduleIdle,
      signal: new AbortController().signal,
      onDiagnostic,
    });
    expect(() => idle.drain()).not.toThrow();
    await marker.ready;
    expect(onDiagnostic).toHaveBeenCalledTimes(1);
  });

  it('stops when its signal aborts', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const idle = manualIdle();
    const controller = new AbortController();
    const marker = startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: eagerListing,
      scheduleIdle: idle.scheduleIdle,
      signal: controller.signal,
    });
    controller.abort();
    idle.drain();
    expect(marker.mentions()).toHaveLength(0);
    expect(doc.documentElement.hasAttribute(STARTED_ATTR)).toBe(false);
  });
});

describe('startPageMarker on big pages (names read on interest)', () => {
  const start = (doc: Document, signal = new AbortController().signal) =>
    startPageMarker({
      root: doc,
      url: LIST_URL,
      adapter: arxivListing,
      scheduleIdle: () => expect.fail('no idle work on a big page'),
      signal,
    });

  it('does nothing per name when the page loads', async () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const marker = start(doc);
    await marker.ready;
    expect(marked(doc)).toHaveLength(0);
    expect(doc.documentElement.hasAttribute(STARTED_ATTR)).toBe(true);
  });

  it('reads the entry of a hovered name, with its paper, and marks only that entry', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const marker = start(doc);
    const link = doc.querySelectorAll('dl[id=articles] > dd div.list-authors a')[3] as Element;
    const text = link.firstChild ?? link;
    expect(marker.nameAt((text.nodeType === 1 ? text : link) as Element)).toBe(link);
    const mention = marker.mentionFor(link);
    expect(mention?.printed).toBe('R. Di Vora');
    expect(mention?.paper?.authors).toContain('R. Di Vora');
    const entryNames = link.closest('dd')!.querySelectorAll('div.list-authors a').length;
    expect(marked(doc)).toHaveLength(entryNames);
    expect(marker.nameAt(doc.querySelector('#dlpage') as Element)).toBeNull();
  });

  it('reads the whole page only when the full list is asked for', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const marker = start(doc);
    expect(marker.mentions()).toHaveLength(200);
    expect(marked(doc)).toHaveLength(200);
  });

  it('stops answering hovers once its signal ends', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const controller = new AbortController();
    const old = start(doc, controller.signal);
    controller.abort();
    const link = doc.querySelector('dl[id=articles] > dd div.list-authors a') as Element;
    expect(old.nameAt(link)).toBeNull();
    expect(old.mentionFor(link)).toBeUndefined();
  });

  it('keeps answering hovers whatever the page writes on <html>', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const marker = start(doc);
    doc.documentElement.setAttribute('data-byline-version', 'page');
    doc.documentElement.removeAttribute(STARTED_ATTR);
    const link = doc.querySelector('dl[id=articles] > dd div.list-authors a') as Element;
    expect(marker.nameAt(link)).toBe(link);
    expect(marker.mentionFor(link)?.printed).toBeTruthy();
  });
});
