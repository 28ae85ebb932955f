// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listPageResearchers } from '../../hover-card/page-researchers';
import { aclPaper } from '../../sites/acl-paper';
import { aclVolume } from '../../sites/acl-volume';
import { arxivAbs } from '../../sites/arxiv-abs';
import { loadPage } from '../../tests/fixtures/pages/load-page';
import { foundResult } from '../test-support/card-fixtures';
import { bylinePlace, ordinal, paperIdLabel, paperOfPage, rowLine } from './page-rows';

/** The researchers the content script would report for a saved page. */
function researchersOf(file: string, adapter: typeof arxivAbs, url: string) {
  const { doc } = loadPage(file);
  return listPageResearchers(adapter.findMentions(doc, new URL(url)));
}

describe('the popup rows of a page', () => {
  it('an arXiv abstract (13 authors): the paper once, each row its own place in the byline', () => {
    const researchers = researchersOf(
      'arxiv/abs-2403.12968-synthesized.html',
      arxivAbs,
      'https://arxiv.org/abs/2403.12968',
    );
    const paper = paperOfPage(researchers);
    expect(paper).toMatchObject({ kind: 'arxiv', id: '2403.12968' });
    expect(paper?.title).toMatch(/^LLMLingua-2/);
    const lines = researchers.map((r) => rowLine(r, true));
    expect(lines[0]).toBe('first author');
    expect(lines[1]).toBe('2nd of 13');
    expect(lines[2]).toBe('3rd of 13');
    expect(lines[10]).toBe('11th of 13');
    expect(lines[12]).toBe('last author');
    // No row repeats the title, and no two rows say the same.
    expect(lines.some((l) => l.includes('LLMLingua'))).toBe(false);
    expect(new Set(lines).size).toBe(13);
  });

  it('a name looked at adds what its card found', () => {
    const [pan] = researchersOf('arxiv/abs-2403.12968-synthesized.html', arxivAbs, 'https://arxiv.org/abs/2403.12968');
    expect(rowLine({ ...pan!, result: foundResult() }, true)).toBe(
      'first author · Graduate student, Tsinghua University (SIST)',
    );
    // A name with no card found keeps its place alone.
    expect(rowLine({ ...pan!, result: { ok: false, reason: 'not-found', message: '', problems: [] } }, true)).toBe(
      'first author',
    );
  });

  it('an ACL Anthology paper page is one paper too', () => {
    const researchers = researchersOf(
      'acl/paper-2021.naacl-main.208-2026-02.html',
      aclPaper,
      'https://aclanthology.org/2021.naacl-main.208/',
    );
    expect(researchers.length).toBeGreaterThan(1);
    expect(paperOfPage(researchers)).toMatchObject({ kind: 'acl', id: '2021.naacl-main.208' });
    expect(rowLine(researchers[0]!, true)).toBe('first author');
  });

  it('a listing names no single paper: each row says which paper the name was read on', () => {
    const researchers = researchersOf(
      'acl/volume-2024.findings-acl-synthesized.html',
      aclVolume,
      'https://aclanthology.org/volumes/2024.findings-acl/',
    );
    expect(paperOfPage(researchers)).toBeUndefined();
    const pan = researchers.find((r) => r.query.printed === 'Zhuoshi Pan')!;
    expect(rowLine(pan, false)).toMatch(/^LLMLingua-2/);
    expect(rowLine({ ...pan, result: foundResult() }, false)).toMatch(
      /^Graduate student, Tsinghua University \(SIST\) · LLMLingua-2/,
    );
    // The volume's editors belong to no paper: their rows say nothing rather than something wrong.
    expect(rowLine(researchers[0]!, false)).toBe('');
  });
});

describe('bylinePlace', () => {
  it('says a place as a reader does', () => {
    expect(bylinePlace(0, 1)).toBe('sole author');
    expect(bylinePlace(0, 2)).toBe('first author');
    expect(bylinePlace(1, 2)).toBe('2nd of 2');
    expect(bylinePlace(2, 7)).toBe('3rd of 7');
    expect(bylinePlace(6, 7)).toBe('last author');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
  });

  it('names each kind of paper id by its site', () => {
    expect(paperIdLabel({ kind: 'arxiv', id: '2403.12968' })).toBe('arXiv 2403.12968');
    expect(paperIdLabel({ kind: 'acl', id: '2024.findings-acl.57' })).toBe('ACL Anthology 2024.findings-acl.57');
    expect(paperIdLabel({ kind: 'openreview', id: 'wS7PxDjy6m' })).toBe('OpenReview wS7PxDjy6m');
  });
});
