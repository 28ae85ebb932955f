import { describe, expect, it } from 'vitest';
import {
  aclIdInPath,
  ACL_PAPER_PATH,
  arxivIdIn,
  asAclId,
  asArxivId,
  paperDoi,
  paperIdsInUrl,
  paperKey,
  paperLabel,
  paperOfDoi,
  parsePaperKey,
  s2PaperId,
} from './paper-id';

describe('arXiv ids', () => {
  it.each([
    ['2403.12968', '2403.12968'],
    ['2403.12968v2', '2403.12968'],
    ['0704.0001', '0704.0001'],
    ['hep-th/9901001v3', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    [' 2106.09608 ', '2106.09608'],
  ])('%s is the id %s', (value, id) => expect(asArxivId(value)).toBe(id));

  it.each(['', '2403.129', '12345.6789', 'hep-th/990100', 'HEP-TH/9901001', '2403.12968/../x', 'arXiv:2403.12968'])(
    '%j is not an id',
    (value) => expect(asArxivId(value)).toBeUndefined(),
  );

  it('finds the id in paths, links and citations', () => {
    expect(arxivIdIn('/abs/2403.12968v1')).toBe('2403.12968');
    expect(arxivIdIn('https://arxiv.org/abs/hep-th/9901001')).toBe('hep-th/9901001');
    expect(arxivIdIn('arXiv:2106.09608 [cs.CL]')).toBe('2106.09608');
    expect(arxivIdIn('no id here')).toBeUndefined();
  });
});

describe('ACL Anthology ids', () => {
  it('accepts both id styles, exactly', () => {
    expect(asAclId('2024.findings-acl.57')).toBe('2024.findings-acl.57');
    expect(asAclId('N04-1001')).toBe('N04-1001');
    expect(asAclId('n04-1001')).toBeUndefined();
    expect(asAclId('2024.findings-acl')).toBeUndefined();
  });

  it('finds the id in paper links and page paths', () => {
    expect(aclIdInPath('/2024.findings-acl.57/')).toBe('2024.findings-acl.57');
    expect(aclIdInPath('https://aclanthology.org/N04-1001.pdf')).toBe('N04-1001');
    expect(aclIdInPath('/volumes/2024.findings-acl/')).toBeUndefined();
    expect(ACL_PAPER_PATH.test('/2021.naacl-main.208/')).toBe(true);
    expect(ACL_PAPER_PATH.test('/people/zhuoshi-pan/')).toBe(false);
  });
});

describe('paper ids in links', () => {
  it.each([
    ['http://arxiv.org/pdf/2507.10541v1', [{ kind: 'arxiv', id: '2507.10541' }]],
    ['https://arxiv.org/html/2403.12968v2#S1', [{ kind: 'arxiv', id: '2403.12968' }]],
    ['https://arxiv.org/abs/math.GT/0309136', [{ kind: 'arxiv', id: 'math.GT/0309136' }]],
    ['https://aclanthology.org/2024.findings-acl.57/', [{ kind: 'acl', id: '2024.findings-acl.57' }]],
    ['https://www.aclweb.org/anthology/P/P19/P19-1001.pdf', [{ kind: 'acl', id: 'P19-1001' }]],
    ['https://doi.org/10.1145/3592433', [{ kind: 'doi', id: '10.1145/3592433' }]],
    ['https://dl.acm.org/doi/abs/10.1145/3592433).', [{ kind: 'doi', id: '10.1145/3592433' }]],
    ['https://doi.org/10.1000/ABC%5B1%5D', [{ kind: 'doi', id: '10.1000/abc[1]' }]],
    ['https://openreview.net/forum?id=eIgGesYKLG&noteId=x', [{ kind: 'openreview', id: 'eIgGesYKLG' }]],
    ['https://openreview.net/pdf?id=eIgGesYKLG', [{ kind: 'openreview', id: 'eIgGesYKLG' }]],
    ['https://github.com/microsoft/LLMLingua', []],
    ['https://arxiv.org/list/cs.CL/new', []],
  ])('%s', (url, ids) => expect(paperIdsInUrl(url)).toEqual(ids));
});

describe('labels and other spellings', () => {
  const arxiv = { kind: 'arxiv', id: '2403.12968' } as const;
  const acl = { kind: 'acl', id: '2024.findings-acl.57' } as const;
  const oldAcl = { kind: 'acl', id: 'N04-1001' } as const;
  const doi = { kind: 'doi', id: '10.1145/3592433' } as const;
  const openreview = { kind: 'openreview', id: 'eIgGesYKLG' } as const;

  it('labels a paper the way the card names it', () => {
    expect([arxiv, acl, doi, openreview].map(paperLabel)).toEqual([
      'arXiv 2403.12968',
      'ACL 2024.findings-acl.57',
      'DOI 10.1145/3592433',
      'OpenReview eIgGesYKLG',
    ]);
  });

  it('spells Semantic Scholar paper ids (no version; no OpenReview ids there)', () => {
    expect(s2PaperId({ kind: 'arxiv', id: '2403.12968v2' })).toBe('ARXIV:2403.12968');
    expect(s2PaperId(acl)).toBe('ACL:2024.findings-acl.57');
    expect(s2PaperId(doi)).toBe('DOI:10.1145/3592433');
    expect(s2PaperId(openreview)).toBeUndefined();
  });

  it('gives DOIs both ways: arXiv DataCite, ACL since 2016', () => {
    expect(paperDoi(arxiv)).toBe('10.48550/arXiv.2403.12968');
    expect(paperDoi(acl)).toBe('10.18653/v1/2024.findings-acl.57');
    expect(paperDoi(oldAcl)).toBeUndefined();
    expect(paperDoi(doi)).toBe('10.1145/3592433');
    expect(paperDoi(openreview)).toBeUndefined();
    for (const paper of [arxiv, acl, doi]) expect(paperOfDoi(paperDoi(paper) ?? '')).toEqual(paper);
    expect(paperOfDoi('10.48550/ARXIV.2403.12968')).toEqual(arxiv);
    expect(paperOfDoi('10.1145/ABC')).toEqual({ kind: 'doi', id: '10.1145/abc' });
  });

  it('keys a paper and reads the key back', () => {
    for (const paper of [arxiv, acl, doi, openreview, { kind: 'arxiv', id: 'hep-th/9901001' } as const])
      expect(parsePaperKey(paperKey(paper))).toEqual(paper);
    expect(paperKey(arxiv)).toBe('arxiv:2403.12968');
    expect(parsePaperKey('name:zhuoshi pan')).toBeUndefined();
    expect(parsePaperKey('arxiv:')).toBeUndefined();
    expect(parsePaperKey('2403.12968')).toBeUndefined();
  });
});
