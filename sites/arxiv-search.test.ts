// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { arxivSearch } from './arxiv-search';

describe('arxivSearch', () => {
  it('reads every result', () => {
    const { html, doc } = loadPage('arxiv/search-llmlingua-synthesized.html');
    const mentions = arxivSearch.findMentions(doc, new URL('https://arxiv.org/search/?query=LLMLingua&searchtype=all'));
    expect(countRaw(html, /searchtype=author&amp;query=/)).toBe(25);
    expect(mentions).toHaveLength(25);
    expect(mentions.map((m) => m.paper?.id)).toEqual([
      ...Array(13).fill('2403.12968'),
      ...Array(7).fill('2310.06839'),
      ...Array(5).fill('2310.05736'),
    ]);
    expect(mentions[0]).toMatchObject({
      printed: 'Zhuoshi Pan',
      sitePersonId: { kind: 'arxiv-query', query: 'Pan, Z' },
      paper: { position: 0 },
    });
    expect(mentions[16]).toMatchObject({
      printed: 'Dongsheng Li',
      paper: {
        position: 3,
        title: 'LongLLMLingua: Accelerating and Enhancing LLMs in Long Context Scenarios via Prompt Compression',
      },
    });
  });

  it('reads advanced-search results, which share the markup', () => {
    const { doc } = loadPage('arxiv/search-llmlingua-synthesized.html');
    const url = new URL('https://arxiv.org/search/advanced?advanced=&terms-0-term=LLMLingua&terms-0-field=all');
    expect(arxivSearch.paths.some((p) => p.test(url.pathname))).toBe(true);
    expect(arxivSearch.findMentions(doc, url)).toHaveLength(25);
  });

  it('finds nothing on the bare advanced-search form', () => {
    const doc = new DOMParser().parseFromString('<h1 class="title">Advanced Search</h1><form></form>', 'text/html');
    expect(arxivSearch.findMentions(doc, new URL('https://arxiv.org/search/advanced'))).toEqual([]);
  });
});
