import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_LIMITS, type HomepageCard } from './homepage-card';
import { parsePage } from './parse-page';
import { readHomepage } from './read-homepage';

const FIXTURES = new URL('../tests/fixtures/homepages/', import.meta.url);
const PAGES = [
  'acad-homepage/pzs19/2025-09-06-04d7912.html',
  'al-folio/594zyc/index.html',
  'academicpages/HanseulJo/publications.html',
  'hugo-blox/1zb/index.html',
].map((f) => readFileSync(new URL(f, FIXTURES), 'utf8'));

const HOSTILE = [
  '<script>window.pwned = "<b>x</b>"</script>',
  '<a href="javascript:alert(1)">Code</a>',
  '<a href="data:text/html,<script>alert(1)</script>">PDF</a>',
  '<a href="vbscript:msgbox(1)">arXiv</a>',
  '<img src="javascript:alert(1)">',
  `<p>${'A'.repeat(20_000)}</p>`,
  `<a href="https://github.com/${'x'.repeat(3000)}/y">Code</a>`,
  '<li><em>2099.01</em>: &lt;script&gt;alert(1)&lt;/script&gt; <a href="  java\tscript:alert(1)">Paper</a></li>',
  '<div class="paper-box"><div class="paper-box-text"><p><a href="//evil.example/x">&lt;img src=x onerror=alert(1)&gt;</a><br><strong>Zhuoshi Pan</strong>, Evil</p></div></div>',
];

/** Every string and URL in a card, walked generically so new fields are covered too. */
function collect(value: unknown, key: string, out: { key: string; value: string }[]): void {
  if (typeof value === 'string') out.push({ key, value });
  else if (Array.isArray(value)) {
    expect(value.length).toBeLessThanOrEqual(CARD_LIMITS.papers);
    for (const v of value) collect(v, key, out);
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k, out);
}

function checkCard(card: HomepageCard): void {
  const strings: { key: string; value: string }[] = [];
  collect(card, '', strings);
  for (const { value } of strings) {
    expect(value.length).toBeLessThanOrEqual(CARD_LIMITS.text);
    expect(value).not.toMatch(/<\/?[a-z][^>]*>/i);
  }
  for (const url of [
    card.photo,
    card.pageUrl,
    ...Object.values(card.links),
    ...card.advisors.map((a) => a.url),
    ...card.papers.flatMap((p) => [p.url, ...p.links.map((l) => l.url), ...p.code.map((c) => c.url)]),
    ...card.news.flatMap((n) => n.links.map((l) => l.url)),
  ]) {
    if (url !== null) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
  }
  expect(card.papers.length).toBeLessThanOrEqual(CARD_LIMITS.papers);
  expect(card.news.length).toBeLessThanOrEqual(CARD_LIMITS.news);
  expect(card.warnings.length).toBeLessThanOrEqual(CARD_LIMITS.warnings);
  expect(JSON.parse(JSON.stringify(card))).toEqual(card);
}

/** Mutate a real page at the element level: drop, duplicate, shuffle children, inject hostile markup. */
function mutate(html: string, ops: readonly { op: number; at: number; pick: number }[]): string {
  const doc = parsePage(html);
  const elements = Array.from(doc.querySelectorAll('body *'));
  for (const { op, at, pick } of ops) {
    const el = elements[at % Math.max(elements.length, 1)];
    if (!el?.parentNode) continue;
    if (op === 0) el.parentNode.removeChild(el);
    else if (op === 1) el.parentNode.insertBefore(el.cloneNode(true), el);
    else if (op === 2) {
      const kids = Array.from(el.children);
      for (const kid of kids.reverse()) el.appendChild(kid);
    } else {
      const holder = doc.createElement('div');
      holder.innerHTML = HOSTILE[pick % HOSTILE.length] ?? '';
      el.appendChild(holder);
    }
  }
  return doc.toString();
}

describe('readHomepage on mutated real pages', () => {
  const mutation = fc.array(fc.record({ op: fc.integer({ min: 0, max: 3 }), at: fc.nat(), pick: fc.nat() }), {
    maxLength: 25,
  });

  it('never throws, keeps only http(s)/mailto URLs, never returns markup, stays bounded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PAGES.length - 1 }), mutation, (page, ops) => {
        const result = readHomepage(mutate(PAGES[page] ?? '', ops), 'https://owner.github.io/');
        if (result.ok) checkCard(result.card);
        else expect(['too-large', 'not-html', 'empty']).toContain(result.reason);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('keeps only http(s)/mailto URLs whatever the page URL it is read at', () => {
    const bases = [
      'https://owner.github.io/',
      'javascript:alert(1)//',
      'data:text/html,x',
      'file:///etc/passwd',
      'about:blank',
      'not a url',
      'http://localhost:4000/',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: PAGES.length - 1 }),
        fc.constantFrom(...bases),
        mutation,
        (page, base, ops) => {
          const result = readHomepage(mutate(PAGES[page] ?? '', ops), base);
          if (result.ok) checkCard(result.card);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('survives arbitrary strings and hostile fragments', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.subarray(HOSTILE), (noise, fragments) => {
        const result = readHomepage(
          `<html><body>${noise}${fragments.join(noise)}</body></html>`,
          'https://owner.github.io/',
        );
        if (result.ok) checkCard(result.card);
      }),
      { numRuns: 150 },
    );
  });
});
