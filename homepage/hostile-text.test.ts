import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHomepage } from './read-homepage';

const PAGE = readFileSync('tests/fixtures/homepages/acad-homepage/pzs19/2026-01-28-c377e3a.html', 'utf8');

/**
 * The worst-case inputs a ReDoS checker (recheck) found for the reader's patterns, each about
 * 60 KB (16 copies, 1 MB in all): whitespace runs before "and", bracket runs, digit runs before a letter, dot and comma
 * runs. The reader bounds or normalises every text before such a pattern sees it, so a page
 * full of them is read like any other.
 */
const ATTACKS = [
  `\t${'\t'.repeat(60_000)}D\t&\t`,
  '('.repeat(60_000),
  `${'1'.repeat(60_000)}x`,
  `${','.repeat(60_000)}\u0000,`,
  `${'.'.repeat(60_000)}\u0000.`,
  '['.repeat(60_000),
  `IS A ${'  '.repeat(30_000)}T`,
  `supervised by ${' '.repeat(60_000)}x`,
];

describe('the homepage reader on text built against its patterns', () => {
  it.each(ATTACKS.map((a, i) => [i, a]))(
    'reads the page with attack %i in every place the owner is named',
    (_, attack) => {
      const html = PAGE.replaceAll('Zhuoshi Pan', `${attack}Zhuoshi Pan`);
      const result = readHomepage(html, 'https://pzs19.github.io/', { budgetMs: 60_000 });
      expect(result).toMatchObject({ ok: true });
    },
  );
});
