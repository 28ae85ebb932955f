import { describe, expect, it } from 'vitest';
import type { AuthorQuery } from '../messaging/types';
import { withPagePersonLink } from './page-person-link';
import type { ResearcherProfile } from './profile';

const NOW = Date.UTC(2026, 10, 1);
const base: ResearcherProfile = {
  key: 's2:1',
  name: { value: 'Huiqiang Jiang', source: 'semantic-scholar', fetchedAt: NOW },
  links: {},
  papers: [],
  ids: {},
};
const query = (sitePersonId: AuthorQuery['sitePersonId']): AuthorQuery => ({
  printed: 'H Jiang',
  normalized: 'h jiang',
  pageType: 'scholar-results',
  ...(sitePersonId ? { sitePersonId } : {}),
});

describe('withPagePersonLink', () => {
  it('links the Scholar profile a result links, credited to the page', () => {
    const profile = withPagePersonLink(base, query({ kind: 'scholar', id: 'JiangHqAAAAJ' }), NOW);
    expect(profile.links.scholar).toEqual({
      value: 'https://scholar.google.com/citations?user=JiangHqAAAAJ',
      source: 'google-scholar',
      fetchedAt: NOW,
    });
  });

  it('links the dblp person page and keeps the pid', () => {
    const profile = withPagePersonLink(base, query({ kind: 'dblp', id: '61/3234-34' }), NOW);
    expect(profile.links.dblp?.value).toBe('https://dblp.org/pid/61/3234-34.html');
    expect(profile.ids.dblp).toBe('61/3234-34');
  });

  it('links the Hugging Face account that claimed the paper', () => {
    const profile = withPagePersonLink(base, query({ kind: 'hf', id: 'iofu728' }), NOW);
    expect(profile.links['hugging-face']).toMatchObject({
      value: 'https://huggingface.co/iofu728',
      source: 'huggingface-papers',
    });
  });

  it('leaves a link a source gave, and profiles of mentions without an id, as they are', () => {
    const withLink: ResearcherProfile = {
      ...base,
      links: {
        scholar: { value: 'https://scholar.google.com/citations?user=OtherIdAAAAJ', source: 'homepage', fetchedAt: 1 },
      },
    };
    expect(withPagePersonLink(withLink, query({ kind: 'scholar', id: 'JiangHqAAAAJ' }), NOW)).toBe(withLink);
    expect(withPagePersonLink(base, query(undefined), NOW)).toBe(base);
    expect(withPagePersonLink(base, query({ kind: 'arxiv-query', query: 'Jiang, H' }), NOW)).toBe(base);
  });
});
