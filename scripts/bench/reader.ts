/**
 * The homepage reader's cost on hostile and real pages: what one hover costs the background
 * when a homepage is read. The reader is a pure function (linkedom, no browser APIs), the same
 * code the service worker runs, so it is timed here directly, `reps` times per page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readHomepage } from '../../homepage/read-homepage';
import { manyLinksPage, nestedPage } from '../../tests/hostile/hostile-pages';
import { spread, type Spread } from './stats';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ReaderRow {
  page: string;
  bytes: number;
  outcome: string;
  ms: Spread;
}

/** The widest page the scan admits: a flat list just under the element limit. */
function widestAdmitted(): string {
  const items = Array.from({ length: 7_400 }, (_, i) => `<li><a href="https://example.org/p/${i}">Paper ${i}</a></li>`);
  return `<!doctype html><html><head><title>Ada Example</title></head><body><h1>Ada Example</h1><ul>${items.join('')}</ul></body></html>`;
}

const PAGES: [string, () => string][] = [
  ['nested elements (1.95 MB)', () => nestedPage()],
  ['25,000 links (1.9 MB)', () => manyLinksPage()],
  [
    'Jon Barron, real (237 KB)',
    () => readFileSync(`${ROOT}tests/fixtures/homepages/jonbarron/jonbarron/index.html`, 'utf8'),
  ],
  ['widest page admitted (14,800 elements)', widestAdmitted],
];

export function measureReader(reps: number): ReaderRow[] {
  return PAGES.map(([page, make]) => {
    const html = make();
    const samples: number[] = [];
    let outcome = '';
    for (let i = 0; i < reps; i++) {
      const started = performance.now();
      const result = readHomepage(html, 'https://ada.github.io/');
      samples.push(performance.now() - started);
      outcome = result.ok ? `read (${result.card.papers.length} papers)` : `refused: ${result.reason}`;
    }
    return { page, bytes: Buffer.byteLength(html), outcome, ms: spread(samples) };
  });
}

export function formatReader(rows: ReaderRow[], budgetMs: number): string {
  const lines = [
    `Homepage reader, background time per page (median, min–max of ${rows[0]?.ms.n ?? 0}); budget ${budgetMs} ms`,
    '| page | bytes | outcome | ms | within budget |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.page} | ${r.bytes} | ${r.outcome} | ${r.ms.median.toFixed(1)} (${r.ms.min.toFixed(1)}–${r.ms.max.toFixed(1)}) | ${r.ms.max < budgetMs ? 'yes' : 'NO'} |`,
    );
  return lines.join('\n');
}
