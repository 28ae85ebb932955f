// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { arxivListing } from './arxiv-listing';

const AUTHOR_LINK = /searchtype=author&amp;query=/;

describe('arxivListing', () => {
  it('reads every section of /list/hep-ph/new (new, cross-lists, replacements)', () => {
    const { html, doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const url = new URL('https://arxiv.org/list/hep-ph/new');
    const mentions = arxivListing.findMentions(doc, url);
    expect(countRaw(html, AUTHOR_LINK)).toBe(200);
    expect(mentions).toHaveLength(200);
    expect(arxivListing.findUnits?.(doc)).toHaveLength(72);
    expect(new Set(mentions.map((m) => m.paper?.id)).size).toBe(72);
    expect(mentions.slice(0, 9).map((m) => m.printed)).toEqual([
      'D. Vattolo',
      'D. Ahn',
      'G. Carugno',
      'R. Di Vora',
      'D. Maiello',
      'A. Ortolan',
      'G. Ruoso',
      'G. Sardo Infirri',
      'C. Braggio',
    ]);
    expect(mentions[3]).toMatchObject({
      normalized: 'r di vora',
      pageType: 'arxiv-listing',
      sitePersonId: { kind: 'arxiv-query', query: 'Di Vora, R' },
      paper: {
        kind: 'arxiv',
        id: '2609.28538',
        position: 3,
        title:
          'Spectral shaping of Gaussian white noise for synthetic axion signal generation in microwave cavity haloscopes',
      },
    });
    expect(mentions[0]?.paper?.authors).toHaveLength(9);
    const meissner = mentions.find((m) => m.printed === 'Ulf-G. Meißner');
    expect(meissner).toMatchObject({ normalized: 'ulf g meissner', sitePersonId: { query: 'Meißner, U' } });
  });

  it('reads a cross-listed entry with its own archive in the query link', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const cross = arxivListing
      .findMentions(doc, new URL('https://arxiv.org/list/hep-ph/new'))
      .filter((m) => m.paper?.id === '2609.22470');
    expect(cross.length).toBeGreaterThan(0);
    expect(cross[0]?.element.getAttribute('href')).not.toContain('/search/hep-ph?');
  });

  it('reads /list/math/recent?show=25', () => {
    const { html, doc } = loadPage('arxiv/list-math-recent-show25-2026-09-25.html');
    const mentions = arxivListing.findMentions(doc, new URL('https://arxiv.org/list/math/recent?show=25'));
    expect(countRaw(html, AUTHOR_LINK)).toBe(61);
    expect(mentions).toHaveLength(61);
    expect(new Set(mentions.map((m) => m.paper?.id)).size).toBe(25);
  });

  it('finds nothing on a day without papers, and the layout is still known', () => {
    const { doc } = loadPage('arxiv/list-cs.GL-new-empty-2026-09-25.html');
    expect(arxivListing.findMentions(doc, new URL('https://arxiv.org/list/cs.GL/new'))).toEqual([]);
    expect(doc.querySelector(arxivListing.selectors.page)).not.toBeNull();
  });

  it('reads one entry on its own (a unit), with the id from the dt before it', () => {
    const { doc } = loadPage('arxiv/list-hep-ph-new-2026-09-25.html');
    const unit = arxivListing.findUnits?.(doc)[27];
    const mentions = arxivListing.findMentions(unit as Element, new URL('https://arxiv.org/list/hep-ph/new'));
    expect(mentions[0]?.paper?.id).toBe('2609.22470');
  });
});
