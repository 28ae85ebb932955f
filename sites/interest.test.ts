// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { siteOfPageType } from '../domain/sites';
import { loadPage } from '../tests/fixtures/pages/load-page';
import { aclAdapters } from './acl-adapters';
import { ACL_PERSON_LINK } from './acl-mentions';
import { ARXIV_AUTHOR_LINK } from './arxiv-author-links';
import { arxivAdapters } from './arxiv-adapters';
import { findAdapterFor } from './find-site-adapter';
import { INTEREST_SELECTORS } from './interest';
import { dblpAdapters } from './dblp-adapters';
import { hfAdapters } from './hf-adapters';
import { openReviewAdapters } from './openreview-adapters';
import { scholarAdapters } from './scholar-adapters';

/** Every saved page with a name on it, at the address it was saved from. */
const PAGES: { file: string; url: string }[] = [
  { file: 'arxiv/abs-2106.09608-2021-12.html', url: 'https://arxiv.org/abs/2106.09608v2' },
  { file: 'arxiv/abs-2403.12968-synthesized.html', url: 'https://arxiv.org/abs/2403.12968' },
  { file: 'arxiv/ar5iv-2403.12968-synthesized.html', url: 'https://ar5iv.labs.arxiv.org/html/2403.12968' },
  {
    file: 'arxiv/catchup-cs-2026-09-22-page2-trimmed.html',
    url: 'https://arxiv.org/catchup/cs/2026-09-22?abs=True&page=2',
  },
  { file: 'arxiv/html-2403.12968v1-synthesized.html', url: 'https://arxiv.org/html/2403.12968v1' },
  { file: 'arxiv/list-hep-ph-new-2026-09-25.html', url: 'https://arxiv.org/list/hep-ph/new' },
  { file: 'arxiv/list-math-recent-show25-2026-09-25.html', url: 'https://arxiv.org/list/math/recent?show=25' },
  { file: 'arxiv/search-llmlingua-synthesized.html', url: 'https://arxiv.org/search/?query=LLMLingua&searchtype=all' },
  { file: 'acl/paper-2021.naacl-main.208-2024-08.html', url: 'https://aclanthology.org/2021.naacl-main.208/' },
  { file: 'acl/paper-2021.naacl-main.208-2025-09.html', url: 'https://aclanthology.org/2021.naacl-main.208/' },
  { file: 'acl/paper-2021.naacl-main.208-2026-02.html', url: 'https://aclanthology.org/2021.naacl-main.208/' },
  { file: 'acl/paper-N04-1001-2026-02.html', url: 'https://aclanthology.org/N04-1001/' },
  { file: 'acl/people-andreas-madsack-2023-01.html', url: 'https://aclanthology.org/people/a/andreas-madsack/' },
  {
    file: 'acl/people-andreas-madsack-2026-07.html',
    url: 'https://aclanthology.org/people/andreas-madsack/unverified/',
  },
  { file: 'acl/volume-2024.findings-acl-synthesized.html', url: 'https://aclanthology.org/volumes/2024.findings-acl/' },
  { file: 'acl/event-acl-2024-synthesized.html', url: 'https://aclanthology.org/events/acl-2024/' },
  { file: 'huggingface/paper-2403.12968-synthesized.html', url: 'https://huggingface.co/papers/2403.12968' },
  { file: 'huggingface/daily-2024-03-20-synthesized.html', url: 'https://huggingface.co/papers/date/2024-03-20' },
  { file: 'dblp/pid-zhuoshi-pan-synthesized.html', url: 'https://dblp.org/pid/335/2379.html' },
  { file: 'dblp/toc-acl-findings-2024-synthesized.html', url: 'https://dblp.org/db/conf/acl/acl2024f.html' },
  { file: 'openreview/forum-wS7PxDjy6m-synthesized.html', url: 'https://openreview.net/forum?id=wS7PxDjy6m' },
  {
    file: 'openreview/group-colm-2024-synthesized.html',
    url: 'https://openreview.net/group?id=colmweb.org/COLM/2024/Conference',
  },
  { file: 'openreview/profile-alisa-liu-synthesized.html', url: 'https://openreview.net/profile?id=~Alisa_Liu1' },
  { file: 'scholar/results-llmlingua-synthesized.html', url: 'https://scholar.google.com/scholar?q=LLMLingua&hl=en' },
  {
    file: 'scholar/results-bengio-review-2016-05.html',
    url: 'https://scholar.google.com/scholar?q=%22Unsupervised+feature+learning+and+deep+learning%3A+A+review+and+new+perspectives%22&btnG=&hl=en',
  },
  {
    file: 'scholar/results-cluster-lecun-2016-05.html',
    url: 'https://scholar.google.com/scholar?hl=en&cluster=5362332738201102290&num=1',
  },
  {
    file: 'scholar/profile-huiqiang-jiang-synthesized.html',
    url: 'https://scholar.google.com/citations?user=JiangHqAAAAJ&hl=en',
  },
];

const ADAPTERS = [
  ...arxivAdapters,
  ...aclAdapters,
  ...hfAdapters,
  ...dblpAdapters,
  ...openReviewAdapters,
  ...scholarAdapters,
];

describe('interest selectors', () => {
  for (const { file, url } of PAGES) {
    it(`cover every name Byline finds on ${file}`, () => {
      const adapter = findAdapterFor(new URL(url), ADAPTERS);
      expect(adapter, `an adapter for ${url}`).toBeDefined();
      if (!adapter) return;
      const { doc } = loadPage(file);
      const mentions = adapter.findMentions(doc, new URL(url));
      expect(mentions.length).toBeGreaterThan(0);
      const interest = INTEREST_SELECTORS[siteOfPageType(adapter.pageType)];
      const missed = mentions.filter((m) => m.element.closest(interest) === null).map((m) => m.normalized);
      expect(missed).toEqual([]);
    });
  }

  it("repeat the adapters' own link selectors", () => {
    expect(INTEREST_SELECTORS.arxiv.split(', ')).toContain(ARXIV_AUTHOR_LINK);
    expect(INTEREST_SELECTORS['acl-anthology'].split(', ')).toContain(ACL_PERSON_LINK);
  });

  it('do not cover the rest of a page: its navigation, titles and abstracts', () => {
    const { doc } = loadPage('arxiv/abs-2403.12968-synthesized.html');
    for (const sel of ['h1.title', 'blockquote.abstract', 'a[href="/"]'])
      for (const el of Array.from(doc.querySelectorAll(sel))) expect(el.closest(INTEREST_SELECTORS.arxiv)).toBeNull();
  });
});
