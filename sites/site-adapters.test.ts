// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageKindOf, SITE_IDS, SITES, type SiteId, siteOfPageType } from '../domain/sites';
import { loadPage } from '../tests/fixtures/pages/load-page';
import { aclAdapters } from './acl-adapters';
import { arxivAdapters } from './arxiv-adapters';
import { dblpAdapters } from './dblp-adapters';
import { findAdapterFor, findSpaSiteFor } from './find-site-adapter';
import { hfAdapters } from './hf-adapters';
import { openReviewAdapters } from './openreview-adapters';
import { scholarAdapters } from './scholar-adapters';
import type { SiteAdapter } from './site-adapter';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Each site's content script bundles its own list; a new site without one here is a type error. */
const ADAPTERS: Record<SiteId, readonly SiteAdapter[]> = {
  arxiv: arxivAdapters,
  'acl-anthology': aclAdapters,
  'huggingface-papers': hfAdapters,
  dblp: dblpAdapters,
  openreview: openReviewAdapters,
  'google-scholar': scholarAdapters,
};
const siteAdapters = SITE_IDS.flatMap((site) => ADAPTERS[site]);
const findSiteAdapter = (url: URL) => findAdapterFor(url, siteAdapters);

describe('site adapters', () => {
  it("lists every adapter file in sites/ in its site's list", () => {
    const index = [
      'arxiv-adapters.ts',
      'acl-adapters.ts',
      'hf-adapters.ts',
      'dblp-adapters.ts',
      'openreview-adapters.ts',
      'scholar-adapters.ts',
    ]
      .map((f) => readFileSync(join(HERE, f), 'utf8'))
      .join('\n');
    const adapterFiles = readdirSync(HERE).filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.endsWith('.test.ts') &&
        readFileSync(join(HERE, f), 'utf8').includes('= defineSiteAdapter('),
    );
    expect(adapterFiles.length).toBe(siteAdapters.length);
    for (const file of adapterFiles) expect(index).toContain(`from './${file.replace(/\.ts$/, '')}'`);
  });

  it("has one adapter per page type of the sites table, in its own site's list", () => {
    for (const site of SITE_IDS)
      expect(ADAPTERS[site].map((a) => a.pageType).sort()).toEqual(Object.keys(SITES[site].pageTypes).sort());
    for (const adapter of siteAdapters) expect(ADAPTERS[siteOfPageType(adapter.pageType)]).toContain(adapter);
  });

  it('reads on interest exactly the listings the sites table says, with a selector for every name', () => {
    for (const adapter of siteAdapters) {
      const onInterest = pageKindOf(adapter.pageType) === 'listing-on-interest';
      expect(Boolean(adapter.names && adapter.findUnits), adapter.pageType).toBe(onInterest);
    }
  });

  it('checks each named selector on the fixture it names', () => {
    for (const adapter of siteAdapters) {
      expect(Object.keys(adapter.checkedOn).sort()).toEqual(Object.keys(adapter.selectors).sort());
      for (const [name, selector] of Object.entries(adapter.selectors)) {
        const { doc } = loadPage(adapter.checkedOn[name] ?? '');
        expect(doc.querySelector(selector), `${adapter.pageType}.${name} on ${adapter.checkedOn[name]}`).not.toBeNull();
      }
    }
  });

  it.each([
    ['https://arxiv.org/abs/2403.12968', 'arxiv-abs'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'arxiv-abs'],
    ['https://export.arxiv.org/abs/2403.12968', 'arxiv-abs'],
    ['https://arxiv.org/list/hep-ph/new', 'arxiv-listing'],
    ['https://arxiv.org/list/math/recent?show=25', 'arxiv-listing'],
    ['https://arxiv.org/list/cs.AI/pastweek?show=2000', 'arxiv-listing'],
    ['https://arxiv.org/list/cs.CL/2024-03', 'arxiv-listing'],
    ['https://export.arxiv.org/list/cs.LG/new', 'arxiv-listing'],
    ['https://arxiv.org/catchup/cs/2026-09-22?abs=True&page=2', 'arxiv-catchup'],
    ['https://arxiv.org/search/?query=Pan%2C+Z&searchtype=author', 'arxiv-search'],
    ['https://arxiv.org/search/cs?searchtype=author&query=Pan,+Z', 'arxiv-search'],
    ['https://arxiv.org/search/advanced?advanced=&terms-0-term=Pan%2C+Z&terms-0-field=author', 'arxiv-search'],
    ['https://arxiv.org/html/2403.12968v1', 'arxiv-html'],
    ['https://ar5iv.labs.arxiv.org/html/2403.12968', 'arxiv-html'],
    ['https://ar5iv.org/html/2403.12968', 'arxiv-html'],
    ['https://aclanthology.org/2024.findings-acl.57/', 'acl-paper'],
    ['https://aclanthology.org/N04-1001/', 'acl-paper'],
    ['https://aclanthology.org/volumes/2024.findings-acl/', 'acl-volume'],
    ['https://aclanthology.org/events/acl-2024/', 'acl-event'],
    ['https://aclanthology.org/people/zhuoshi-pan/', 'acl-people'],
    ['https://aclanthology.org/people/zhuoshi-pan/unverified/', 'acl-people'],
    ['https://aclanthology.org/people/z/zhuoshi-pan/', 'acl-people'],
    ['https://huggingface.co/papers/2403.12968', 'hf-paper'],
    ['https://dblp.org/pid/335/2379.html', 'dblp-person'],
    ['https://dblp.org/pid/l/WeiLi1.html', 'dblp-person'],
    ['https://dblp.org/db/conf/acl/acl2024f.html', 'dblp-toc'],
    ['https://dblp.org/db/journals/tacl/tacl12.html', 'dblp-toc'],
    ['https://huggingface.co/papers', 'hf-daily'],
    ['https://huggingface.co/papers/date/2024-03-20', 'hf-daily'],
    ['https://huggingface.co/papers/week/2024-W12', 'hf-daily'],
    ['https://huggingface.co/papers/month/2024-03', 'hf-daily'],
    ['https://scholar.google.com/scholar?q=LLMLingua&hl=en', 'scholar-results'],
    ['https://scholar.google.com/citations?user=kukA0LcAAAAJ&hl=en', 'scholar-profile'],
    ['https://openreview.net/forum?id=wS7PxDjy6m', 'openreview-forum'],
    ['https://openreview.net/group?id=colmweb.org/COLM/2024/Conference#tab-accept', 'openreview-group'],
    ['https://openreview.net/profile?id=~Alisa_Liu1', 'openreview-profile'],
  ])('%s → %s', (href, pageType) => {
    expect(findSiteAdapter(new URL(href))?.pageType).toBe(pageType);
  });

  it.each([
    'https://arxiv.org/',
    'https://arxiv.org/pdf/2403.12968',
    'https://example.org/abs/2403.12968',
    'https://aclanthology.org/',
    'https://www.arxiv.org/abs/2403.12968',
    'https://www.aclanthology.org/2024.findings-acl.57/',
    'https://arxiv.org.example/abs/2403.12968',
    'https://huggingface.co/papers/trending',
    'https://scholar.google.com/',
    'https://scholar.google.com/scholar_lookup?title=x',
    'https://scholar.google.de/scholar?q=LLMLingua',
    'https://scholar.google.com.evil.example/scholar?q=x',
    'https://dblp.org/search?q=Zhuoshi+Pan',
    'https://dblp.org/pid/335/2379.xml',
    'https://huggingface.co/microsoft/llmlingua-2-xlm-roberta-large-meetingbank',
    'https://openreview.net/',
    'https://openreview.net/pdf?id=wS7PxDjy6m',
    'https://api2.openreview.net/profiles?id=~Alisa_Liu1',
  ])('%s → none', (href) => expect(findSiteAdapter(new URL(href))).toBeUndefined());

  it('starts on any page of a single-page-app site, and only there', () => {
    expect(findSpaSiteFor(new URL('https://openreview.net/'), siteAdapters)).toBe('openreview');
    expect(findSpaSiteFor(new URL('https://openreview.net/search?term=x'), siteAdapters)).toBe('openreview');
    expect(findSpaSiteFor(new URL('https://arxiv.org/'), siteAdapters)).toBeUndefined();
    expect(findSpaSiteFor(new URL('https://openreview.net.example/'), siteAdapters)).toBeUndefined();
    expect(findSpaSiteFor(new URL('https://openreview.net/'), arxivAdapters)).toBeUndefined();
  });
});
