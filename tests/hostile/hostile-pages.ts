/**
 * Synthesized hostile homepages, the same for the unit tests, the e2e suite and the bench:
 * each is built to cost a naive reader as much as possible for its size.
 */

const HEAD = '<!doctype html><html><head><title>Ada Example</title></head><body><h1>Ada Example</h1>';

/** About 1.95 MB of `<div>`s nested in one another, never closed (390,000 levels). */
export function nestedPage(bytes = 1_950_000): string {
  const levels = Math.floor((bytes - HEAD.length) / 5);
  return `${HEAD}${'<div>'.repeat(levels)}deep</body></html>`;
}

/** 25,000 links in one list (about 1.9 MB), the shape of a page that lists every paper ever cited. */
export function manyLinksPage(links = 25_000): string {
  const items: string[] = [];
  for (let i = 0; i < links; i++)
    items.push(`<li><a href="https://example.org/p/${i}">Paper number ${i} of many</a></li>`);
  return `${HEAD}<h2>Publications</h2><ul>${items.join('\n')}</ul></body></html>`;
}
