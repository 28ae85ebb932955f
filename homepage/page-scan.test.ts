import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manyLinksPage, nestedPage } from '../tests/hostile/hostile-pages';
import { DEFAULT_SCAN_LIMITS, scanPage } from './page-scan';
import { readHomepage } from './read-homepage';

const HOMEPAGES = 'tests/fixtures/homepages';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** A page of `depth` nested elements of the given tag, each closed or not. */
const nested = (tag: string, depth: number, closed: boolean) =>
  `<html><body>${`<${tag}>`.repeat(depth)}x${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`;

describe('scanPage', () => {
  it('passes every saved real homepage with room to spare', () => {
    const files = htmlFiles(HOMEPAGES);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const scan = scanPage(readFileSync(file, 'utf8'));
      expect(scan, file).toMatchObject({ ok: true });
      if (!scan.ok) continue;
      // Real pages stay far inside the bounds: a third of the elements, a tenth of the depth.
      expect(scan.elements, file).toBeLessThan(DEFAULT_SCAN_LIMITS.maxElements / 3);
      expect(scan.depth, file).toBeLessThan(DEFAULT_SCAN_LIMITS.maxDepth / 10);
    }
  });

  it('refuses the 1.95 MB nested page and the 25,000-link page', () => {
    expect(scanPage(nestedPage())).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(scanPage(manyLinksPage())).toMatchObject({ ok: false, reason: 'too-many-elements' });
  });

  it('refuses exactly the pages nested deeper than the limit, closed or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.constantFrom('div', 'span', 'DIV', 'section', 'b'),
        fc.boolean(),
        (depth, tag, closed) => {
          const scan = scanPage(nested(tag, depth, closed), { maxElements: 10_000, maxDepth: 256 });
          // html and body are two levels of their own.
          expect(scan.ok).toBe(depth + 2 <= 256);
        },
      ),
    );
  });

  it('refuses exactly the pages with more elements than the limit, however flat', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000 }), fc.constantFrom('p', 'br', 'img', 'a', 'li'), (count, tag) => {
        const scan = scanPage(`<html><body>${`<${tag}>x`.repeat(count)}</body></html>`, {
          maxElements: 1_000,
          maxDepth: 5_000,
        });
        expect(scan.ok).toBe(count + 2 <= 1_000);
      }),
    );
  });

  it('never counts fewer levels than a page really nests, whatever is between the tags', () => {
    // Text, comments, attributes with `>` in quotes and scripts full of tags never hide a level.
    const filler = fc.constantFrom(
      '',
      'text',
      '<!-- <div> -->',
      '<br>',
      '<img src=x>',
      '<script>"<div><div>"</script>',
    );
    fc.assert(
      fc.property(fc.array(filler, { minLength: 1, maxLength: 200 }), (fills) => {
        const html = `<html><body>${fills.map((f) => `<div>${f}`).join('')}</body></html>`;
        const scan = scanPage(html, { maxElements: 100_000, maxDepth: 100_000 });
        expect(scan.ok && scan.depth).toBeGreaterThanOrEqual(fills.length + 2);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2_000 }), (text) => {
        expect(() => scanPage(text)).not.toThrow();
      }),
    );
  });
});

describe('reading a deeply nested page', () => {
  it('walks 20,000 levels without overflowing the stack when the scan is lifted', () => {
    const html = `<html><body><h1>Ada Example</h1>${'<div>'.repeat(20_000)}<p>Ada Example is a researcher.</p></body></html>`;
    const result = readHomepage(html, 'https://ada.github.io/', { scanLimits: { maxElements: 1e6, maxDepth: 1e6 } });
    // Read, or stopped by the time budget: either way a value, never a stack overflow.
    if (!result.ok) expect(result).toMatchObject({ reason: 'too-complex' });
  });

  it('stops a read that is past its time budget and says so', () => {
    let t = 0;
    const result = readHomepage(
      readFileSync(`${HOMEPAGES}/jonbarron/jonbarron/index.html`, 'utf8'),
      'https://jonbarron.info/',
      {
        // Each clock reading is a second later: the first check is past any budget.
        now: () => (t += 1000),
        budgetMs: 500,
      },
    );
    expect(result).toMatchObject({ ok: false, reason: 'too-complex', message: expect.stringMatching(/too long/) });
  });
});
