// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asAclId, asArxivId } from '../domain/paper-id';
import type { SitePaperKind } from '../domain/sites';
import { loadPage } from '../tests/fixtures/pages/load-page';
import { aclAdapters } from './acl-adapters';
import { arxivAdapters } from './arxiv-adapters';
import { openReviewAdapters } from './openreview-adapters';
import { findAdapterFor } from './find-site-adapter';
import type { AuthorMention } from './mention';
import type { SiteAdapter } from './site-adapter';

/*
 * Property tests on the real saved pages: whatever a page does to its own markup (entries
 * dropped, duplicated or reordered, scripts and styles injected, javascript:/data: links, huge
 * or odd text), an adapter returns plain-text names and ids, within time and size bounds, and
 * never throws. Each run mutates a fresh copy of one saved page.
 */

/** Every saved page with the URL it was saved from; each one routes to its own adapter. */
const PAGES: { file: string; url: string }[] = [
  { file: 'arxiv/abs-2106.09608-2021-12.html', url: 'https://arxiv.org/abs/2106.09608v2' },
  { file: 'arxiv/abs-2403.12968-synthesized.html', url: 'https://arxiv.org/abs/2403.12968' },
  {
    file: 'arxiv/catchup-cs-2026-09-22-page2-trimmed.html',
    url: 'https://arxiv.org/catchup/cs/2026-09-22?abs=True&page=2',
  },
  { file: 'arxiv/html-2403.12968v1-synthesized.html', url: 'https://arxiv.org/html/2403.12968v1' },
  { file: 'arxiv/list-hep-ph-new-2026-09-25.html', url: 'https://arxiv.org/list/hep-ph/new' },
  { file: 'arxiv/list-math-recent-show25-2026-09-25.html', url: 'https://arxiv.org/list/math/recent?show=25' },
  { file: 'arxiv/search-llmlingua-synthesized.html', url: 'https://arxiv.org/search/?query=LLMLingua&searchtype=all' },
  { file: 'acl/paper-2021.naacl-main.208-2026-02.html', url: 'https://aclanthology.org/2021.naacl-main.208/' },
  { file: 'acl/paper-N04-1001-2026-02.html', url: 'https://aclanthology.org/N04-1001/' },
  {
    file: 'acl/people-andreas-madsack-2026-07.html',
    url: 'https://aclanthology.org/people/andreas-madsack/unverified/',
  },
  { file: 'acl/volume-2024.findings-acl-synthesized.html', url: 'https://aclanthology.org/volumes/2024.findings-acl/' },
  { file: 'acl/event-acl-2024-synthesized.html', url: 'https://aclanthology.org/events/acl-2024/' },
  { file: 'openreview/forum-wS7PxDjy6m-synthesized.html', url: 'https://openreview.net/forum?id=wS7PxDjy6m' },
  {
    file: 'openreview/group-colm-2024-synthesized.html',
    url: 'https://openreview.net/group?id=colmweb.org/COLM/2024/Conference',
  },
  { file: 'openreview/profile-alisa-liu-synthesized.html', url: 'https://openreview.net/profile?id=~Alisa_Liu1' },
];

interface Loaded {
  file: string;
  url: URL;
  adapter: SiteAdapter;
  doc: Document;
}

const LOADED: Loaded[] = PAGES.map(({ file, url }) => {
  const parsed = new URL(url);
  const adapter = findAdapterFor(parsed, [...arxivAdapters, ...aclAdapters, ...openReviewAdapters]);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  return { file, url: parsed, adapter, doc: loadPage(file).doc };
});
const LISTING = LOADED.findIndex((p) => p.file.startsWith('arxiv/list-hep-ph'));

/** Markup a hostile or broken page could carry, each a real element once parsed. */
const HOSTILE_MARKUP = [
  '<script>window.pwned = "<b>x</b>"</script>',
  '<style>a::after { content: "<i>y</i>" }</style>',
  '<template><a href="/search/?searchtype=author&query=Evil">Evil &lt;b&gt;</a></template>',
  '<noscript><img src=x onerror=alert(1)></noscript>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<svg><script>alert("<u>z</u>")</script></svg>',
  '<!-- <a href="?searchtype=author">Comment</a> -->',
];

/** Links Byline must never treat as anything but text. */
const HOSTILE_HREFS = [
  'javascript:alert(document.domain)',
  ' JaVaScRiPt:alert(1)//?searchtype=author&query=X',
  'data:text/html,<script>alert(1)</script>?searchtype=author&query=Y',
  'vbscript:msgbox(1)',
  '/search/?searchtype=author&query=<img src=x onerror=alert(1)>',
  '/people/<script>alert(1)</script>/',
  '/abs/2403.12968"><script>alert(1)</script>',
  '',
];

/** Text that is odd but not markup: huge, bidi overrides, zero-widths, combining marks, lone surrogates, NULs. */
const ODD_TEXT = [
  'A'.repeat(200_000),
  '\u202eNAP IHSOUHZ\u202c',
  'Zh\u200buo\u200dshi\ufeff Pan',
  'Z\u0301\u0301\u0301\u0301h\u0308\u0308uoshi',
  '\ud800 lone \udfff',
  'nul\u0000byte\u0007bell',
  '   \n\t  ',
  '盘卓实 '.repeat(5_000),
  '𝕫𝕙𝕦𝕠𝕤𝕙𝕚 🧑‍🔬',
];

type Op =
  | { kind: 'drop' | 'duplicate' | 'shuffle' | 'wrap'; at: number; hot: boolean }
  | { kind: 'inject'; at: number; hot: boolean; pick: number }
  | { kind: 'href'; at: number; hot: boolean; pick: number }
  | { kind: 'text'; at: number; hot: boolean; pick: number }
  | { kind: 'spoof'; at: number; hot: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop', 'duplicate', 'shuffle', 'wrap'), at: fc.nat(), hot: fc.boolean() }),
  fc.record({ kind: fc.constant('inject'), at: fc.nat(), hot: fc.boolean(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('href'), at: fc.nat(), hot: fc.boolean(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('text'), at: fc.nat(), hot: fc.boolean(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('spoof'), at: fc.nat(), hot: fc.boolean() }),
) as fc.Arbitrary<Op>;

/**
 * A fresh copy of the page with `ops` applied. "Hot" ops hit the marked names and their
 * containers (where adapters look); the others hit any element.
 */
function mutate(page: Loaded, ops: readonly Op[]): Document {
  const doc = page.doc.cloneNode(true) as Document;
  const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
  const names = page.adapter.findMentions(doc, page.url).map((m) => m.element);
  const hot = [
    ...new Set(
      names.flatMap((el) => [el, el.parentElement, el.parentElement?.parentElement].filter((e): e is Element => !!e)),
    ),
  ];
  for (const op of ops) {
    const pool = op.hot && hot.length ? hot : all;
    const el = pool[op.at % Math.max(pool.length, 1)];
    if (!el?.parentNode) continue;
    switch (op.kind) {
      case 'drop':
        el.remove();
        break;
      case 'duplicate':
        el.parentNode.insertBefore(el.cloneNode(true), el);
        break;
      case 'shuffle':
        for (const kid of Array.from(el.children).reverse()) el.appendChild(kid);
        break;
      case 'wrap': {
        const wrapper = doc.createElement(op.at % 2 ? 'b' : 'span');
        el.parentNode.insertBefore(wrapper, el);
        wrapper.appendChild(el);
        break;
      }
      case 'inject': {
        const holder = doc.createElement('template');
        holder.innerHTML = HOSTILE_MARKUP[op.pick % HOSTILE_MARKUP.length] ?? '';
        el.appendChild(holder.content);
        break;
      }
      case 'href':
        el.setAttribute('href', HOSTILE_HREFS[op.pick % HOSTILE_HREFS.length] ?? '');
        break;
      case 'text':
        el.textContent = ODD_TEXT[op.pick % ODD_TEXT.length] ?? '';
        break;
      case 'spoof':
        // A page imitating Byline's own marks must not make an element count as a name.
        el.setAttribute('data-byline-author', '0');
        el.setAttribute('data-byline-name', '');
        break;
    }
  }
  return doc;
}

/** Every mention, as the page marker reads it: unit by unit where the adapter has units. */
function readAll(page: Loaded, doc: Document): AuthorMention[] {
  const units = page.adapter.findUnits ? page.adapter.findUnits(doc) : [doc];
  return units.flatMap((unit) => page.adapter.findMentions(unit, page.url));
}

const MARKUP = /<\/?[a-z][^>]*>/i;
/** The exact form of each kind of paper id a page carries; a new kind without its check is a type error. */
const EXACT_ID: Record<SitePaperKind, (value: string) => string | undefined> = {
  arxiv: asArxivId,
  acl: asAclId,
  openreview: (value) => (/^[\w-]{1,64}$/.test(value) ? value : undefined),
};
const OPENREVIEW_PROFILE_ID = /^~[^\s~/?#&]+\d+$/u;
const ACL_PERSON_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Longest name or title a mention may carry: a name is short, a title a sentence or two. */
const MAX_NAME = 300;
const MAX_TITLE = 1_000;

/** The plain-text guarantees of one mention. */
function checkMention(m: AuthorMention, doc: Document): void {
  expect(doc.contains(m.element)).toBe(true);
  expect(m.printed.trim()).not.toBe('');
  for (const text of [
    m.printed,
    m.normalized,
    m.canonicalName ?? '',
    m.paper?.title ?? '',
    ...(m.paper?.authors ?? []),
  ])
    expect(text).not.toMatch(MARKUP);
  expect(m.printed.length).toBeLessThanOrEqual(MAX_NAME);
  expect(m.normalized.length).toBeLessThanOrEqual(MAX_NAME);
  if (m.paper) {
    expect(EXACT_ID[m.paper.kind](m.paper.id)).toBe(m.paper.id);
    expect(m.paper.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(m.paper.authors[m.paper.position]).toBe(m.printed);
    for (const a of m.paper.authors) expect(a.length).toBeLessThanOrEqual(MAX_NAME);
  }
  if (m.sitePersonId?.kind === 'acl') expect(m.sitePersonId.id).toMatch(ACL_PERSON_ID);
  if (m.sitePersonId?.kind === 'openreview') expect(m.sitePersonId.id).toMatch(OPENREVIEW_PROFILE_ID);
  if (m.sitePersonId?.kind === 'arxiv-query') {
    expect(m.sitePersonId.query).not.toMatch(MARKUP);
    expect(m.sitePersonId.query.length).toBeLessThanOrEqual(MAX_NAME);
  }
  // What crosses the message boundary is plain data: it survives a structured clone unchanged.
  const { element: _element, ...query } = m;
  expect(structuredClone(query)).toEqual(query);
}

const ops = fc.array(opArb, { minLength: 1, maxLength: 12 });
const pageIndex = fc.integer({ min: 0, max: LOADED.length - 1 });

/** Runs per property; each run parses nothing (the saved page is cloned) but mutates and reads one page. */
const RUNS = { mutated: 300, listingTime: 60, unmutatedSpoof: 40 } as const;

describe('site adapters on mutated real pages', () => {
  it('every saved page routes to an adapter that finds names on it unmutated', () => {
    for (const page of LOADED) {
      if (page.file.includes('empty')) continue;
      const mentions = readAll(page, page.doc);
      expect(mentions.length, page.file).toBeGreaterThan(0);
      for (const m of mentions) checkMention(m, page.doc);
    }
  });

  it(`never throw, and return only plain-text names and ids within bounds (${RUNS.mutated} runs)`, () => {
    fc.assert(
      fc.property(pageIndex, ops, (i, list) => {
        const page = LOADED[i]!;
        const doc = mutate(page, list);
        let mentions: AuthorMention[] = [];
        expect(() => (mentions = readAll(page, doc))).not.toThrow();
        // No more names than elements: a page cannot make Byline invent mentions.
        expect(mentions.length).toBeLessThanOrEqual(doc.querySelectorAll('*').length);
        expect(new Set(mentions.map((m) => m.element)).size).toBe(mentions.length);
        for (const m of mentions) checkMention(m, doc);
      }),
      { numRuns: RUNS.mutated },
    );
  }, 120_000);

  // Speed is measured by `npm run bench`, never by a timed test: here the bound is on the work's output.
  it(`read the saved listing, however it is mutated, into at most one mention per author link (${RUNS.listingTime} runs)`, () => {
    const page = LOADED[LISTING]!;
    fc.assert(
      fc.property(ops, (list) => {
        const doc = mutate(page, list);
        const links = doc.querySelectorAll('a[href*="searchtype=author"]').length;
        expect(readAll(page, doc).length).toBeLessThanOrEqual(links);
      }),
      { numRuns: RUNS.listingTime },
    );
  }, 60_000);

  it(`ignore Byline's own attributes a page sets: spoofed marks add no names (${RUNS.unmutatedSpoof} runs)`, () => {
    fc.assert(
      fc.property(pageIndex, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (i, picks) => {
        const page = LOADED[i]!;
        const before = readAll(page, page.doc).map((m) => m.printed);
        const doc = mutate(
          page,
          picks.map((at) => ({ kind: 'spoof', at, hot: false })),
        );
        expect(readAll(page, doc).map((m) => m.printed)).toEqual(before);
      }),
      { numRuns: RUNS.unmutatedSpoof },
    );
  }, 60_000);
});
