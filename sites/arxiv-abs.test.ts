// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LLMLINGUA2_AUTHORS as LLMLINGUA2 } from './test-support/llmlingua2';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { githubReposIn } from '../domain/github';
import { arxivAbs, commentCodeText } from './arxiv-abs';

describe('arxivAbs', () => {
  it('reads the 2021 layout', () => {
    const { html, doc } = loadPage('arxiv/abs-2106.09608-2021-12.html');
    const mentions = arxivAbs.findMentions(doc, new URL('https://arxiv.org/abs/2106.09608v2'));
    expect(countRaw(html, /searchtype=author&amp;query=/)).toBe(2);
    expect(mentions.map((m) => m.printed)).toEqual(['Prithviraj Ammanabrolu', 'Mark O. Riedl']);
    expect(mentions[1]).toMatchObject({
      normalized: 'mark o riedl',
      pageType: 'arxiv-abs',
      sitePersonId: { kind: 'arxiv-query', query: 'Riedl, M O' },
      paper: {
        kind: 'arxiv',
        id: '2106.09608',
        title: 'Learning Knowledge Graph-based World Models of Textual Environments',
        position: 1,
        authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
      },
    });
    expect(mentions[0]?.element.tagName).toBe('A');
  });

  it('reads the 2024–2026 layout (LLMLingua-2)', () => {
    const { html, doc } = loadPage('arxiv/abs-2403.12968-synthesized.html');
    const mentions = arxivAbs.findMentions(doc, new URL('https://arxiv.org/abs/2403.12968'));
    expect(countRaw(html, /searchtype=author&amp;query=/)).toBe(13);
    expect(mentions.map((m) => m.printed)).toEqual(LLMLINGUA2);
    expect(mentions[0]).toMatchObject({
      normalized: 'zhuoshi pan',
      sitePersonId: { kind: 'arxiv-query', query: 'Pan, Z' },
      paper: { id: '2403.12968', position: 0, authors: LLMLINGUA2 },
    });
    expect(mentions[7]).toMatchObject({
      printed: 'Victor Rühle',
      normalized: 'victor ruhle',
      sitePersonId: { query: 'Rühle, V' },
    });
    expect(mentions[10]?.sitePersonId).toEqual({ kind: 'arxiv-query', query: 'Zhao, H V' });
    expect(mentions[0]?.paper?.title).toBe(
      'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression',
    );
  });

  it('reads the same page from export.arxiv.org', () => {
    const { doc } = loadPage('arxiv/abs-2403.12968-synthesized.html');
    expect(arxivAbs.findMentions(doc, new URL('https://export.arxiv.org/abs/2403.12968v1'))).toHaveLength(13);
  });

  it('counts the hidden #long-author-list of a >100-author paper, not the "et al." toggle', () => {
    const link = (i: number) =>
      `<a href="https://arxiv.org/search/hep-ex?searchtype=author&amp;query=Author,+N${i}" rel="nofollow">N. Author${i}</a>`;
    const first = Array.from({ length: 100 }, (_, i) => link(i)).join(', ');
    const rest = Array.from({ length: 23 }, (_, i) => link(100 + i)).join(', ');
    const doc = new DOMParser().parseFromString(
      `<div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>Big</h1><div class="authors"><span class="descriptor">Authors:</span>${first}, <div id="long-author-list" style="display: none;">${rest}</div><a href="javascript:toggleAuthorList('long-author-list','et al. (23 additional authors not shown)');" id="toggle">et al. (23 additional authors not shown)</a>, <a href="https://arxiv.org/search/hep-ex?searchtype=author&amp;query=ATLAS+Collaboration">ATLAS Collaboration</a></div></div>`,
      'text/html',
    );
    const mentions = arxivAbs.findMentions(doc, new URL('https://arxiv.org/abs/1207.7214'));
    expect(mentions).toHaveLength(123);
    expect(mentions[122]).toMatchObject({ printed: 'N. Author122', paper: { position: 122 } });
    expect(mentions[0]?.paper?.authors).toHaveLength(124);
  });

  it('reads old-style ids from the URL when the meta tag is missing', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="abs"><div class="authors"><a href="/search/hep-th?searchtype=author&amp;query=Maldacena,+J">Juan Maldacena</a></div></div>',
      'text/html',
    );
    expect(arxivAbs.findMentions(doc, new URL('https://arxiv.org/abs/hep-th/9711200v3'))[0]?.paper?.id).toBe(
      'hep-th/9711200',
    );
  });

  it('returns [] on unknown markup', () => {
    const doc = new DOMParser().parseFromString('<p>nothing</p>', 'text/html');
    expect(arxivAbs.findMentions(doc, new URL('https://arxiv.org/abs/2403.12968'))).toEqual([]);
  });
});

describe('code links in the comments line', () => {
  /** What the background makes of what the content script sends. */
  const commentCodeLinks = (comments: Element | null) =>
    githubReposIn(commentCodeText(comments).join(' ')).map((repo) => repo.url);
  const cell = (html: string) => {
    const td = document.createElement('td');
    td.innerHTML = html;
    return td;
  };

  it('reads GitHub repositories from links and from plain text, once each', () => {
    expect(
      commentCodeLinks(
        cell(
          'Code: <a href="https://github.com/microsoft/LLMLingua">this https URL</a>; see also https://github.com/microsoft/LLMLingua.',
        ),
      ),
    ).toEqual(['https://github.com/microsoft/LLMLingua']);
    expect(commentCodeLinks(cell('10 pages. Code at http://github.com/pzs19/TokenSelect.git'))).toEqual([
      'https://github.com/pzs19/TokenSelect',
    ]);
  });

  it('finds none where the comments link elsewhere (aka.ms, project pages)', () => {
    expect(commentCodeLinks(cell('Code: <a href="https://aka.ms/LLMLingua-2">this https URL</a>'))).toEqual([]);
    expect(commentCodeLinks(null)).toEqual([]);
    expect(commentCodeText(cell('Code: <a href="https://aka.ms/LLMLingua-2">this https URL</a>'))).toEqual([]);
  });
});
