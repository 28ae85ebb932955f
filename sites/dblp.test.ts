// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LLMLINGUA2_AUTHORS as LLMLINGUA2 } from './test-support/llmlingua2';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { dblpPerson } from './dblp-person';
import { dblpToc } from './dblp-toc';

describe('dblpPerson', () => {
  const url = new URL('https://dblp.org/pid/335/2379.html');

  it('reads every author of every entry, the page’s own person included, with the paper each links', () => {
    const { html, doc } = loadPage('dblp/pid-zhuoshi-pan-synthesized.html');
    expect(countRaw(html, /itemprop="author"/)).toBe(26);
    expect(dblpPerson.findUnits?.(doc)).toHaveLength(2);
    const mentions = dblpPerson.findMentions(doc, url);
    expect(mentions).toHaveLength(26);
    expect(mentions.slice(0, 13).map((m) => m.printed)).toEqual(LLMLINGUA2);
    expect(mentions[0]?.element.className).toBe('this-person');
    // The ACL Anthology edition gives the conference paper, arXiv the CoRR one.
    expect(mentions[1]?.paper).toEqual({
      kind: 'acl',
      id: '2024.findings-acl.57',
      title: 'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression',
      position: 1,
      authors: LLMLINGUA2,
    });
    expect(mentions[13]?.paper).toMatchObject({ kind: 'arxiv', id: '2403.12968', position: 0 });
    expect(mentions[7]).toMatchObject({ printed: 'Victor Rühle', normalized: 'victor ruhle', pageType: 'dblp-person' });
  });

  it('leaves the co-author index alone: it is not a byline', () => {
    const { doc } = loadPage('dblp/pid-zhuoshi-pan-synthesized.html');
    const elements = new Set(dblpPerson.findMentions(doc, url).map((m) => m.element));
    for (const a of doc.querySelectorAll('#coauthor-section a')) expect(elements.has(a)).toBe(false);
  });

  it('reads one entry on interest: the hovered name’s', () => {
    const { doc } = loadPage('dblp/pid-zhuoshi-pan-synthesized.html');
    const name = doc.querySelectorAll(dblpPerson.names ?? '')[23];
    expect(name?.textContent).toBe('H. Vicky Zhao');
    const [entry] = dblpPerson.findUnits?.(name as Element) ?? [];
    expect(dblpPerson.findMentions(entry as Element, url)).toHaveLength(13);
  });
});

describe('dblpToc', () => {
  it('reads the papers’ authors, not the volume’s editors; an entry without an arXiv or ACL edition has no paper context', () => {
    const { html, doc } = loadPage('dblp/toc-acl-findings-2024-synthesized.html');
    expect(countRaw(html, /itemprop="editor"/)).toBe(3);
    const mentions = dblpToc.findMentions(doc, new URL('https://dblp.org/db/conf/acl/acl2024f.html'));
    expect(mentions).toHaveLength(20);
    expect(mentions.map((m) => m.printed)).not.toContain('Lun-Wei Ku');
    expect(mentions[0]).toMatchObject({ printed: 'Zhuoshi Pan', paper: { kind: 'acl', id: '2024.findings-acl.57' } });
    expect(mentions[13]).toMatchObject({ printed: 'Huiqiang Jiang', pageType: 'dblp-toc' });
    expect(mentions[13]?.paper).toBeUndefined();
    expect(dblpToc.findUnits?.(doc)).toHaveLength(3);
  });
});
