import { describe, expect, it } from 'vitest';
import type { HomepageCard } from '../homepage/homepage-card';
import { readHomepage } from '../homepage/read-homepage';
import { checkHomepage } from './homepage-check';
import { nameScore } from './name-score';
import { repoFile } from './test-support/test-env';

const URL_ = 'https://pzs19.github.io/';
const card = (): HomepageCard => {
  const read = readHomepage(repoFile('tests/fixtures/homepages/acad-homepage/pzs19/2026-01-28-c377e3a.html'), URL_);
  if (!read.ok) throw new Error(read.message);
  return read.card;
};
const LLMLINGUA2 = { ids: { arxiv: '2403.12968', acl: '2024.findings-acl.57' } };

describe('checkHomepage: a listed homepage is used only when it is the person’s', () => {
  it('accepts the founding homepage for Zhuoshi Pan with the page’s paper', () => {
    expect(checkHomepage(card(), { name: 'Zhuoshi Pan', papers: [LLMLINGUA2] }, nameScore)).toEqual({ ok: true });
  });

  it('accepts it by the ACL id alone when the homepage lists the arXiv id and the title agrees', () => {
    const byTitle = {
      ids: { acl: '2024.findings-acl.57' },
      title: 'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression',
    };
    expect(checkHomepage(card(), { name: 'Zhuoshi Pan', papers: [byTitle] }, nameScore).ok).toBe(true);
  });

  it('refuses a page that names someone else (a co-author’s page listed on a profile)', () => {
    const verdict = checkHomepage(card(), { name: 'Qianhui Wu', papers: [LLMLINGUA2] }, nameScore);
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining('not Qianhui Wu') });
  });

  it('refuses a page of the same name that lists none of the person’s papers', () => {
    const verdict = checkHomepage(
      card(),
      { name: 'Zhuoshi Pan', papers: [{ ids: { arxiv: '1706.03762' } }] },
      nameScore,
    );
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining('none of the papers') });
  });

  it('refuses a page that names nobody, and accepts one without papers when the name agrees', () => {
    expect(checkHomepage({ ...card(), name: null }, { name: 'Zhuoshi Pan', papers: [] }, nameScore).ok).toBe(false);
    expect(checkHomepage({ ...card(), papers: [] }, { name: 'Zhuoshi Pan', papers: [LLMLINGUA2] }, nameScore).ok).toBe(
      true,
    );
  });
});
