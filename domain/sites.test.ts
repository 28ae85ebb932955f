import { describe, expect, it } from 'vitest';
import {
  contentScriptMatches,
  isOptInSite,
  isSiteHost,
  isSiteId,
  OPT_IN_SITE_IDS,
  OPT_IN_SITE_ORIGINS,
  pageKindOf,
  SITE_IDS,
  siteOfPageType,
} from './sites';

describe('the sites table', () => {
  it('derives each content script’s matches from its hosts', () => {
    expect(contentScriptMatches('arxiv')).toEqual([
      'https://arxiv.org/*',
      'https://export.arxiv.org/*',
      'https://ar5iv.labs.arxiv.org/*',
      'https://ar5iv.org/*',
    ]);
    expect(contentScriptMatches('acl-anthology')).toEqual(['https://aclanthology.org/*']);
  });

  it('puts each page type on its site, and says how it is read', () => {
    expect(siteOfPageType('arxiv-html')).toBe('arxiv');
    expect(siteOfPageType('acl-people')).toBe('acl-anthology');
    expect(pageKindOf('arxiv-abs')).toBe('paper');
    expect(pageKindOf('arxiv-listing')).toBe('listing-on-interest');
    expect(pageKindOf('acl-volume')).toBe('listing');
  });

  it('matches hosts exactly, case aside', () => {
    expect(isSiteHost('arxiv', 'export.arxiv.org')).toBe(true);
    expect(isSiteHost('arxiv', 'ARXIV.org')).toBe(true);
    expect(isSiteHost('arxiv', 'aclanthology.org')).toBe(false);
    expect(isSiteHost('arxiv', 'arxiv.org.example')).toBe(false);
  });

  it('knows its site ids when read back from storage', () => {
    expect(SITE_IDS).toEqual(['arxiv', 'acl-anthology', 'huggingface-papers', 'dblp', 'openreview', 'google-scholar']);
    expect(isSiteId('acl-anthology')).toBe(true);
    expect(isSiteId('constructor')).toBe(false);
  });

  it('keeps the new sites opt-in, and arXiv and the ACL Anthology on from install', () => {
    expect(OPT_IN_SITE_IDS).toEqual(['huggingface-papers', 'dblp', 'openreview', 'google-scholar']);
    expect(isOptInSite('arxiv')).toBe(false);
    expect(OPT_IN_SITE_ORIGINS).toEqual([
      'https://huggingface.co/*',
      'https://dblp.org/*',
      'https://openreview.net/*',
      'https://scholar.google.com/*',
    ]);
    expect(siteOfPageType('dblp-toc')).toBe('dblp');
    expect(siteOfPageType('hf-paper')).toBe('huggingface-papers');
    expect(siteOfPageType('hf-daily')).toBe('huggingface-papers');
    expect(siteOfPageType('scholar-profile')).toBe('google-scholar');
  });
});
