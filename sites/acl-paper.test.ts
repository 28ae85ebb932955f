// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { aclPaper } from './acl-paper';
import { parseAclPersonLink } from './acl-person-link';

const URL_208 = new URL('https://aclanthology.org/2021.naacl-main.208/');

describe('aclPaper', () => {
  it.each([
    [
      'acl/paper-2021.naacl-main.208-2026-02.html',
      { kind: 'acl', id: 'teven-le-scao', verified: false },
      { kind: 'acl', id: 'alexander-m-rush', verified: true },
    ],
    [
      'acl/paper-2021.naacl-main.208-2025-09.html',
      { kind: 'acl', id: 'teven-le-scao', verified: true },
      { kind: 'acl', id: 'alexander-m-rush', verified: true },
    ],
    [
      'acl/paper-2021.naacl-main.208-2024-08.html',
      { kind: 'acl', id: 'teven-le-scao', verified: false },
      { kind: 'acl', id: 'alexander-m-rush', verified: false },
    ],
  ])('%s: the two authors, not the nine editors', (file, first, second) => {
    const { html, doc } = loadPage(file);
    expect(countRaw(html, /href=\/people\//)).toBe(11);
    const mentions = aclPaper.findMentions(doc, URL_208);
    expect(mentions.map((m) => m.printed)).toEqual(['Teven Le Scao', 'Alexander Rush']);
    expect(mentions.map((m) => m.sitePersonId)).toEqual([first, second]);
    expect(mentions[1]).toMatchObject({
      normalized: 'alexander rush',
      canonicalName: 'Alexander M. Rush',
      pageType: 'acl-paper',
      paper: {
        kind: 'acl',
        id: '2021.naacl-main.208',
        title: 'How many data points is a prompt worth?',
        position: 1,
        authors: ['Teven Le Scao', 'Alexander Rush'],
      },
    });
  });

  it('N04-1001: printed initials, canonical names, paper_params ids', () => {
    const { html, doc } = loadPage('acl/paper-N04-1001-2026-02.html');
    expect(countRaw(html, /href=\/people\//)).toBe(8);
    const mentions = aclPaper.findMentions(doc, new URL('https://aclanthology.org/N04-1001/'));
    expect(mentions.map((m) => m.printed)).toEqual([
      'R. Florian',
      'H. Hassan',
      'A. Ittycheriah',
      'H. Jing',
      'N. Kambhatla',
      'X. Luo',
      'N. Nicolov',
      'S. Roukos',
    ]);
    expect(mentions.map((m) => m.canonicalName)).toEqual([
      'Radu Florian',
      undefined,
      'Abe Ittycheriah',
      'Hongyan Jing',
      'Nanda Kambhatla',
      'Xiaoqiang Luo',
      'Nicolas Nicolov',
      'Salim Roukos',
    ]);
    expect(mentions[1]?.sitePersonId).toEqual({ kind: 'acl', id: 'h-hassan', verified: false });
    expect(mentions[0]?.sitePersonId).toEqual({ kind: 'acl', id: 'radu-florian', verified: true });
    expect(mentions[0]?.paper?.id).toBe('N04-1001');
  });

  it('keeps the native-script form of citation_author out of canonicalName', () => {
    const { doc } = loadPage('acl/paper-N04-1001-2026-02.html');
    const meta = doc.querySelector('meta[name="citation_author"]');
    meta?.setAttribute('content', 'Feng Jiang (蒋峰)');
    const [first] = aclPaper.findMentions(doc, new URL('https://aclanthology.org/N04-1001/'));
    expect(first?.canonicalName).toBe('Feng Jiang');
    expect(first?.nativeName).toBe('蒋峰');
  });

  it('parses the three people-link schemes', () => {
    expect(parseAclPersonLink('/people/zhuoshi-pan/')).toEqual({ kind: 'acl', id: 'zhuoshi-pan', verified: true });
    expect(parseAclPersonLink('/people/zhuoshi-pan/unverified/')).toEqual({
      kind: 'acl',
      id: 'zhuoshi-pan',
      verified: false,
    });
    expect(parseAclPersonLink('/people/z/zhuoshi-pan/')).toEqual({ kind: 'acl', id: 'zhuoshi-pan', verified: false });
    expect(parseAclPersonLink('https://www.aclweb.org/anthology/people/a/andreas-madsack/')).toEqual({
      kind: 'acl',
      id: 'andreas-madsack',
      verified: false,
    });
    expect(parseAclPersonLink('/volumes/2024.findings-acl/')).toBeUndefined();
  });
});
