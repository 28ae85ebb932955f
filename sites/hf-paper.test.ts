// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { hfPaper } from './hf-paper';

const URL_PAPER = new URL('https://huggingface.co/papers/2403.12968');

describe('hfPaper', () => {
  it('reads the 13 authors, claimed (links) and unclaimed (buttons), with arXiv paper context', () => {
    const { html, doc } = loadPage('huggingface/paper-2403.12968-synthesized.html');
    expect(countRaw(html, /<span class="author">/)).toBe(13);
    const mentions = hfPaper.findMentions(doc, URL_PAPER);
    expect(mentions).toHaveLength(13);
    expect(mentions.map((m) => m.element.tagName)).toEqual(['BUTTON', 'A', 'A', ...Array(10).fill('BUTTON')]);
    expect(mentions[1]).toMatchObject({
      printed: 'Qianhui Wu',
      normalized: 'qianhui wu',
      pageType: 'hf-paper',
      paper: {
        kind: 'arxiv',
        id: '2403.12968',
        title: 'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression',
        position: 1,
      },
    });
    expect(mentions[12]?.paper?.authors).toHaveLength(13);
    expect(mentions[7]?.printed).toBe('Victor Rühle');
    // Claimed authors link their account: its name is the site's person id; unclaimed ones have none.
    expect(mentions[1]?.sitePersonId).toEqual({ kind: 'hf', id: 'qianhuiwu' });
    expect(mentions[0]?.sitePersonId).toBeUndefined();
  });

  it('finds nothing on a page without an author list', () => {
    const doc = new DOMParser().parseFromString('<main><h1>Daily Papers</h1></main>', 'text/html');
    expect(hfPaper.findMentions(doc, URL_PAPER)).toEqual([]);
  });
});
