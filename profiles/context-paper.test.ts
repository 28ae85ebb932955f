import { describe, expect, it } from 'vitest';
import type { PaperContext } from '../messaging/types';
import { contextPaperFirst } from './context-paper';
import type { PaperEntry } from './profile';

const LLMLINGUA = 'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression';

function paper(title: string, ids: PaperEntry['ids']): PaperEntry {
  return { title, ids, venues: [], code: [], sources: ['homepage'] };
}

const homepagePapers = [
  paper('TokenSelect', { arxiv: '2411.02886' }),
  paper('Another paper', { arxiv: '2401.00001' }),
  paper('A third one', { doi: '10.1/x' }),
  paper(LLMLINGUA, { arxiv: '2403.12968' }),
];

const aclPage: PaperContext = {
  kind: 'acl',
  id: '2024.findings-acl.57',
  title: LLMLINGUA,
  position: 0,
  authors: ['Zhuoshi Pan'],
};

describe('contextPaperFirst', () => {
  it('puts the ACL page paper first when the homepage knows it by its arXiv id, joined through the paper record', () => {
    const out = contextPaperFirst(homepagePapers, aclPage, { arxiv: '2403.12968', acl: '2024.findings-acl.57' });
    expect(out[0]?.title).toBe(LLMLINGUA);
    expect(out).toHaveLength(4);
  });

  it('joins by DOI, whatever its case', () => {
    const out = contextPaperFirst(homepagePapers, { ...aclPage, title: 'x' }, { doi: '10.1/X' });
    expect(out[0]?.title).toBe('A third one');
  });

  it('falls back to the exact title when no source joins the ids', () => {
    expect(contextPaperFirst(homepagePapers, aclPage)[0]?.title).toBe(LLMLINGUA);
  });

  it('leaves the order alone when the page paper is not listed, and short titles never match by title', () => {
    const out = contextPaperFirst(homepagePapers, { ...aclPage, id: '2020.acl-main.1', title: 'TokenSelect' });
    expect(out.map((p) => p.title)).toEqual(homepagePapers.map((p) => p.title));
  });

  it('adds the code the page links to the page paper when no source had any', () => {
    const out = contextPaperFirst([paper(LLMLINGUA, { arxiv: '2403.12968' })], {
      ...aclPage,
      kind: 'arxiv',
      id: '2403.12968',
      code: ['https://github.com/microsoft/LLMLingua'],
    });
    expect(out[0]?.code).toEqual([{ repo: 'microsoft/LLMLingua', url: 'https://github.com/microsoft/LLMLingua' }]);
  });
});
