// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LLMLINGUA2_AUTHORS as LLMLINGUA2 } from './test-support/llmlingua2';
import { loadPage } from '../tests/fixtures/pages/load-page';
import { arxivHtml } from './arxiv-html';
import { looksLikePersonName } from './arxiv-html-names';

const URL_V1 = new URL('https://arxiv.org/html/2403.12968v1');

function latexml(inner: string): Document {
  return new DOMParser().parseFromString(
    `<article class="ltx_document"><h1 class="ltx_title ltx_title_document">T</h1><div class="ltx_authors">${inner}</div></article>`,
    'text/html',
  );
}
const creator = (inner: string) =>
  `<span class="ltx_creator ltx_role_author"><span class="ltx_personname">${inner}</span></span>`;

describe('arxivHtml', () => {
  it('wraps the 13 names of one ACL-style personname, leaving marks and affiliations out', () => {
    const { doc } = loadPage('arxiv/html-2403.12968v1-synthesized.html');
    const mentions = arxivHtml.findMentions(doc, URL_V1);
    expect(mentions.map((m) => m.printed)).toEqual(LLMLINGUA2);
    expect(doc.querySelectorAll('span[data-byline-name]')).toHaveLength(13);
    expect(mentions[0]).toMatchObject({
      pageType: 'arxiv-html',
      paper: { kind: 'arxiv', id: '2403.12968', position: 0, authors: LLMLINGUA2 },
    });
    expect(mentions[0]?.element.textContent).toBe('Zhuoshi Pan');
    expect(doc.querySelector('.ltx_personname')?.textContent).toContain('Tsinghua University');
  });

  it.each(['https://ar5iv.labs.arxiv.org/html/2403.12968', 'https://ar5iv.org/html/2403.12968'])(
    'ar5iv %s: the same 13 names and the paper id',
    (href) => {
      const { doc } = loadPage('arxiv/ar5iv-2403.12968-synthesized.html');
      const mentions = arxivHtml.findMentions(doc, new URL(href));
      expect(mentions.map((m) => m.printed)).toEqual(LLMLINGUA2);
      expect(mentions[12]?.paper).toMatchObject({ kind: 'arxiv', id: '2403.12968', position: 12 });
    },
  );

  it('does not wrap twice when run again', () => {
    const { doc } = loadPage('arxiv/html-2403.12968v1-synthesized.html');
    arxivHtml.findMentions(doc, URL_V1);
    const again = arxivHtml.findMentions(doc, URL_V1);
    expect(again).toHaveLength(13);
    expect(doc.querySelectorAll('span[data-byline-name]')).toHaveLength(13);
    expect(doc.querySelectorAll('span[data-byline-name] span[data-byline-name]')).toHaveLength(0);
  });

  it.each([
    [creator('Jane Doe'), ['Jane Doe']],
    [creator('Jane Doe<sup>1</sup>') + creator('John Smith<sup>2</sup>'), ['Jane Doe', 'John Smith']],
    [creator('Jane Doe and John Smith'), ['Jane Doe', 'John Smith']],
    [creator('Jane Doe<sup>1</sup> John Smith<sup>2</sup>'), ['Jane Doe', 'John Smith']],
    [creator('Jane Doe<br class="ltx_break">University of Somewhere'), ['Jane Doe']],
    [creator('Jane Doe<br class="ltx_break">New York, NY, USA'), ['Jane Doe']],
    [creator('Chidimma Opara<span class="ltx_ERROR undefined">\\orcidlink</span>'), ['Chidimma Opara']],
    [
      creator(
        'Noam Shazeer<span class="ltx_note ltx_role_footnotemark"><sup>1</sup><span>footnotemark: 1</span></span>',
      ),
      ['Noam Shazeer'],
    ],
    [creator('Ada Lovelace∗, Alan Turing†'), ['Ada Lovelace', 'Alan Turing']],
    [creator('Google DeepMind'), []],
  ])('%s', (inner, names) => {
    const doc = latexml(inner);
    expect(arxivHtml.findMentions(doc, URL_V1).map((m) => m.printed)).toEqual(names);
  });

  it('tells names from places and labs', () => {
    expect(looksLikePersonName('H. Vicky Zhao')).toBe(true);
    expect(looksLikePersonName('Carsten van de Bruck')).toBe(true);
    expect(looksLikePersonName('Microsoft Research Asia')).toBe(false);
    expect(looksLikePersonName('Hong Kong')).toBe(false);
    expect(looksLikePersonName('pzs23@mails.tsinghua.edu.cn')).toBe(false);
  });
});
