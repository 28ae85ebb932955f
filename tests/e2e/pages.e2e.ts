import { expect, it } from 'vitest';
import { waitInPage } from './browsers/session';
import { waitForLoadedCard, waitForMarks } from './card-helpers';
import { describeInBrowsers } from './suite';

/** One saved page of each kind, the number of names Byline must mark there, and a name to hover. */
const PAGES = [
  // A listing is read on interest: no name is touched until one is hovered.
  {
    kind: 'arXiv listing',
    url: 'https://arxiv.org/list/hep-ph/new',
    marks: 0,
    selector: 'dl#articles .list-authors a',
  },
  {
    kind: 'ACL Anthology paper',
    url: 'https://aclanthology.org/2021.naacl-main.208/',
    marks: 2,
    selector: '[data-byline-author]',
  },
  {
    kind: 'ACL Anthology people page',
    url: 'https://aclanthology.org/people/andreas-madsack/unverified/',
    marks: 34,
    selector: '[data-byline-author]',
  },
];

describeInBrowsers('author names on every kind of page', (ctx) => {
  for (const p of PAGES) {
    it(`marks the names on an ${p.kind} and opens a card on hover`, async () => {
      const { browser } = ctx();
      const page = await browser.newPage();
      await page.goto(p.url);
      if (p.marks) expect(await waitForMarks(page, p.marks)).toBe(p.marks);
      else
        await waitInPage(
          page,
          () => document.documentElement.hasAttribute('data-byline-started'),
          undefined,
          'Byline to start',
        );
      const printed = await page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? '', p.selector);
      await page.hover(p.selector);
      const card = await waitForLoadedCard(page);
      // The fake web knows nothing about these people: the card says so instead of staying blank.
      expect(card.text).toContain(printed);
      expect(['ready', 'partial', 'not-found', 'stale']).toContain(card.status);
      if (!p.marks) {
        // Only the hovered entry's names were read: the other 71 entries were never touched.
        const counts = await page.evaluate(
          (sel) => ({
            marked: document.querySelectorAll('[data-byline-author]').length,
            entry: document.querySelector(sel)!.closest('dd')!.querySelectorAll('.list-authors a').length,
          }),
          p.selector,
        );
        expect(counts.marked).toBe(counts.entry);
      }
      await page.close();
    });
  }
});
