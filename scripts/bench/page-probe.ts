/**
 * Functions run inside the page (they are serialized, so each is self-contained). The bare pass
 * is the floor: one querySelectorAll over the author links reading every
 * textContent, timed with performance.now.
 */

/** Times `repeats` bare passes; the first is the one that counts as the floor. */
export function barePass(repeats: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    let chars = 0;
    for (const a of document.querySelectorAll('div.list-authors a')) chars += (a.textContent ?? '').length;
    times.push(performance.now() - t0);
    (globalThis as { __benchSink?: number }).__benchSink = chars;
  }
  return times;
}

/** Marked names, author links, and the page's JS heap where the browser exposes it. */
export function pageCounts(): { marked: number; links: number; ready: boolean; heapUsed?: number } {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return {
    // Byline has started on the page (names of big pages are read only on hover).
    ready: document.documentElement.hasAttribute('data-byline-started'),
    marked: document.querySelectorAll('[data-byline-author]').length,
    links: document.querySelectorAll('div.list-authors a[href*="searchtype=author"]').length,
    heapUsed: memory?.usedJSHeapSize,
  };
}

/** Tags the page's last author name so the bench can hover exactly that one. */
export function tagLastName(): void {
  const links = document.querySelectorAll('div.list-authors a[href*="searchtype=author"]');
  links[links.length - 1]?.setAttribute('data-bench-last', '');
}

/** After a hover on the last name: how many of that entry's names Byline read (0 = it did not answer). */
export function lastEntryMarked(): number {
  const entry = document.querySelector('[data-bench-last]')?.closest('dd');
  return entry ? entry.querySelectorAll('[data-byline-author]').length : 0;
}

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps inner functions in a `__name`
 * helper that does not exist in the page; evaluate this first so serialized probes run there.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn; undefined';
