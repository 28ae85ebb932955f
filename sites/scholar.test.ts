// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { scholarProfile } from './scholar-profile';
import { scholarResults } from './scholar-results';

const RESULTS_URL = new URL('https://scholar.google.com/scholar?q=LLMLingua&hl=en');

describe('scholarResults', () => {
  it('reads the 20 names of 4 results: profile links with their ids, plain names wrapped, up to the " - "', () => {
    const { html, doc } = loadPage('scholar/results-llmlingua-synthesized.html');
    expect(countRaw(html, /<div class="gs_a">/)).toBe(4);
    expect(countRaw(html, /oi=sra">/)).toBe(10);
    expect(scholarResults.findUnits?.(doc)).toHaveLength(4);
    const mentions = scholarResults.findMentions(doc, RESULTS_URL);
    expect(mentions).toHaveLength(20);
    expect(mentions.slice(0, 6).map((m) => m.printed)).toEqual([
      'Z Pan',
      'Q Wu',
      'H Jiang',
      'M Xia',
      'X Luo',
      'J Zhang',
    ]);
    expect(mentions[0]).toMatchObject({
      normalized: 'z pan',
      pageType: 'scholar-results',
      sitePersonId: { kind: 'scholar', id: 'PanZhshAAAAJ' },
      paper: {
        kind: 'arxiv',
        id: '2403.12968',
        title: 'LLMLingua-2: Data distillation for efficient and faithful task-agnostic prompt compression',
        position: 0,
      },
    });
    // A name without a profile is text in the line: Byline gives it a span, and no id.
    expect(mentions[3]?.element.tagName).toBe('SPAN');
    expect(mentions[3]?.element.hasAttribute('data-byline-name')).toBe(true);
    expect(mentions[3]?.sitePersonId).toBeUndefined();
    // Scholar cut the list after "J Zhang…": the mark is no part of the name.
    expect(mentions[5]?.printed).toBe('J Zhang');
    expect(mentions[5]?.paper?.authors).toHaveLength(6);
    // The title links the ACL Anthology; the arXiv PDF beside it wins.
    expect(mentions[6]?.paper).toMatchObject({ kind: 'arxiv', id: '2310.06839', position: 0 });
    expect(mentions[12]?.paper).toMatchObject({ kind: 'acl', id: '2023.emnlp-main.825' });
    // "[PDF]" before the title is a format, not the title; no arXiv or ACL link: no paper context.
    expect(mentions.slice(17).map((m) => m.printed)).toEqual(['A Vaswani', 'N Shazeer', 'N Parmar']);
    expect(mentions[17]?.paper).toBeUndefined();
  });

  it('reads a second time without wrapping twice', () => {
    const { doc } = loadPage('scholar/results-llmlingua-synthesized.html');
    const first = scholarResults.findMentions(doc, RESULTS_URL);
    const second = scholarResults.findMentions(doc, RESULTS_URL);
    expect(second.map((m) => m.element)).toEqual(first.map((m) => m.element));
    expect(doc.querySelectorAll('[data-byline-name]')).toHaveLength(10);
    expect(doc.querySelector('div.gs_a')?.textContent).toContain('J Zhang…\u00a0- arXiv preprint arXiv …, 2024');
  });

  it('reads one result on interest: the one the hovered name or line is in', () => {
    const { doc } = loadPage('scholar/results-llmlingua-synthesized.html');
    const names = doc.querySelectorAll(scholarResults.names ?? '');
    // Ten profile links and four lines before anything is wrapped.
    expect(names).toHaveLength(14);
    const line = doc.querySelectorAll('div.gs_a')[3] as Element;
    const [result] = scholarResults.findUnits?.(line) ?? [];
    expect(scholarResults.findMentions(result as Element, RESULTS_URL).map((m) => m.printed)).toEqual([
      'A Vaswani',
      'N Shazeer',
      'N Parmar',
    ]);
  });

  it('reads the real 2016 pages: linked names, a "[CITATION]" title, the CoRR id in the venue', () => {
    const review = loadPage('scholar/results-bengio-review-2016-05.html');
    const mentions = scholarResults.findMentions(review.doc, RESULTS_URL);
    expect(mentions.map((m) => m.printed)).toEqual(['Y Bengio', 'AC Courville', 'P Vincent']);
    expect(mentions[1]).toMatchObject({
      sitePersonId: { kind: 'scholar', id: 'km6CP8cAAAAJ' },
      paper: {
        kind: 'arxiv',
        id: '1206.5538',
        title: 'Unsupervised feature learning and deep learning: A review and new perspectives',
        position: 1,
      },
    });
    const cluster = loadPage('scholar/results-cluster-lecun-2016-05.html');
    const nature = scholarResults.findMentions(cluster.doc, RESULTS_URL);
    expect(nature.map((m) => m.printed)).toEqual(['Y LeCun', 'Y Bengio', 'G Hinton']);
    expect(nature[2]?.sitePersonId).toEqual({ kind: 'scholar', id: 'JicYPdAAAAAJ' });
    expect(nature[2]?.paper).toBeUndefined();
  });
});

describe('scholarProfile', () => {
  const url = new URL('https://scholar.google.com/citations?user=JiangHqAAAAJ&hl=en');

  it('reads the person, 5 co-authors and the 31 names of 4 rows cut with "...": 37', () => {
    const { html, doc } = loadPage('scholar/profile-huiqiang-jiang-synthesized.html');
    expect(countRaw(html, /class="gsc_a_tr"/)).toBe(4);
    expect(countRaw(html, /class="gsc_rsb_aa"/)).toBe(5);
    expect(scholarProfile.findUnits?.(doc)).toHaveLength(10);
    const mentions = scholarProfile.findMentions(doc, url);
    expect(mentions).toHaveLength(37);
    expect(mentions[0]).toMatchObject({
      printed: 'Huiqiang Jiang',
      pageType: 'scholar-profile',
      sitePersonId: { kind: 'scholar', id: 'JiangHqAAAAJ' },
    });
    expect(mentions[0]?.paper).toBeUndefined();
    expect(
      mentions.slice(1, 6).map((m) => [m.printed, m.sitePersonId?.kind === 'scholar' && m.sitePersonId.id]),
    ).toEqual([
      ['Qianhui Wu', 'WuQianhAAAAJ'],
      ['Yuqing Yang', 'YangYuqAAAAJ'],
      ['Chin-Yew Lin', 'LinChYwAAAAJ'],
      ['Lili Qiu', 'QiuLiliAAAAJ'],
      ['Xufang Luo', 'LuoXufaAAAAJ'],
    ]);
    // Row 1: the venue line names the arXiv id.
    expect(mentions[6]).toMatchObject({
      printed: 'H Jiang',
      paper: {
        kind: 'arxiv',
        id: '2310.05736',
        position: 0,
        authors: ['H Jiang', 'Q Wu', 'CY Lin', 'Y Yang', 'L Qiu'],
      },
    });
    // Row 3 is cut after nine names: the "..." is no name.
    const row3 = mentions.filter((m) => m.paper?.id === '2403.12968');
    expect(row3.map((m) => m.printed)).toEqual([
      'Z Pan',
      'Q Wu',
      'H Jiang',
      'M Xia',
      'X Luo',
      'J Zhang',
      'Q Lin',
      'V Rühle',
      'Y Yang',
    ]);
    expect(row3[8]?.paper?.authors).toHaveLength(9);
    // Rows without an arXiv id in their venue have no paper context, but their names are read.
    expect(mentions.slice(-10).map((m) => m.printed)[9]).toBe('CY Lin');
    expect(mentions.at(-1)?.paper).toBeUndefined();
  });

  it('reads one row on interest, and nothing on other views of /citations', () => {
    const { doc } = loadPage('scholar/profile-huiqiang-jiang-synthesized.html');
    const line = doc.querySelectorAll('#gsc_a_b .gsc_a_at + .gs_gray')[1] as Element;
    expect(line.matches(scholarProfile.names ?? '')).toBe(true);
    const [row] = scholarProfile.findUnits?.(line) ?? [];
    expect(scholarProfile.findMentions(row as Element, url)).toHaveLength(7);
    const view = new URL(
      'https://scholar.google.com/citations?view_op=view_citation&user=JiangHqAAAAJ&citation_for_view=x',
    );
    expect(scholarProfile.findMentions(doc, view)).toEqual([]);
    expect(scholarProfile.findMentions(doc, new URL('https://scholar.google.com/citations?hl=en'))).toEqual([]);
  });
});
