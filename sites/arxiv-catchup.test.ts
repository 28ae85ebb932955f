// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { arxivCatchup } from './arxiv-catchup';

describe('arxivCatchup', () => {
  it('reads the catchup page', () => {
    const { html, doc } = loadPage('arxiv/catchup-cs-2026-09-22-page2-trimmed.html');
    const mentions = arxivCatchup.findMentions(doc, new URL('https://arxiv.org/catchup/cs/2026-09-22?abs=True&page=2'));
    expect(countRaw(html, /searchtype=author&amp;query=/)).toBe(9);
    expect(mentions).toHaveLength(9);
    expect(new Set(mentions.map((m) => m.paper?.id)).size).toBe(3);
    expect(mentions.every((m) => m.pageType === 'arxiv-catchup' && m.sitePersonId?.kind === 'arxiv-query')).toBe(true);
  });
});
