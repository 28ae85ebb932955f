// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { hfDaily } from './hf-daily';

const URL_DAY = new URL('https://huggingface.co/papers/date/2024-03-20');

describe('hfDaily', () => {
  it('reads the 8 avatar names of 2 entries, each with its arXiv id and title', () => {
    const { html, doc } = loadPage('huggingface/daily-2024-03-20-synthesized.html');
    expect(countRaw(html, /<article\b/)).toBe(2);
    expect(countRaw(html, /<li title="/)).toBe(8);
    expect(hfDaily.findUnits?.(doc)).toHaveLength(2);
    const mentions = hfDaily.findMentions(doc, URL_DAY);
    expect(mentions).toHaveLength(8);
    expect(mentions.map((m) => m.printed)).toEqual([
      'Takuya Akiba',
      'Makoto Shing',
      'Yujin Tang',
      'Qi Sun',
      'Zhuoshi Pan',
      'Qianhui Wu',
      'Huiqiang Jiang',
      'Menglin Xia',
    ]);
    expect(mentions[5]).toMatchObject({
      normalized: 'qianhui wu',
      pageType: 'hf-daily',
      paper: {
        kind: 'arxiv',
        id: '2403.12968',
        title: 'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression',
        position: 1,
        authors: ['Zhuoshi Pan', 'Qianhui Wu', 'Huiqiang Jiang', 'Menglin Xia'],
      },
    });
    expect(mentions[0]?.element.tagName).toBe('LI');
  });

  it('reads one entry on interest; the submitter is no author', () => {
    const { doc } = loadPage('huggingface/daily-2024-03-20-synthesized.html');
    const names = doc.querySelectorAll(hfDaily.names ?? '');
    expect(names).toHaveLength(8);
    const [entry] = hfDaily.findUnits?.(names[6] as Element) ?? [];
    const mentions = hfDaily.findMentions(entry as Element, URL_DAY);
    expect(mentions.map((m) => m.printed)).toEqual(['Zhuoshi Pan', 'Qianhui Wu', 'Huiqiang Jiang', 'Menglin Xia']);
    expect(mentions.map((m) => m.printed)).not.toContain('akhaliq');
  });

  it('finds nothing in an entry without a paper link, or with an overlong title attribute', () => {
    const doc = new DOMParser().parseFromString(
      `<main><h1>Daily Papers</h1><article><ul><li title="A B">x</li></ul></article>
       <article><h3><a href="/papers/2403.12968">T</a></h3><ul><li title="${'x'.repeat(400)}"></li></ul></article></main>`,
      'text/html',
    );
    expect(hfDaily.findMentions(doc, URL_DAY)).toEqual([]);
  });
});
