import { defineSiteAdapter } from './define-site-adapter';
import { titleText } from './element-text';
import { scholarLineMentions, scholarPaperOf } from './scholar-mentions';
import { unitsAt } from './units-at';

const FIXTURE = 'scholar/results-llmlingua-synthesized.html';
const REAL_2016 = 'scholar/results-bengio-review-2016-05.html';

const SELECTORS = {
  // `#gs_res_ccl_mid` since about 2018; `#gs_ccl` on the 2016 page.
  page: ':is(#gs_res_ccl_mid, #gs_ccl)',
  result: 'div.gs_r',
  title: 'h3.gs_rt',
  authorLine: 'div.gs_a',
  profileLink: 'div.gs_a > a[href*="user="]',
  // "[PDF]", "[HTML]", "[CITATION]" before the title: a format, not part of it.
  formatMark: '.gs_ctc, .gs_ctu',
} as const;

/** Linked names, names already wrapped, and the line itself (its text names are wrapped on interest). */
const NAMES = `${SELECTORS.result} ${SELECTORS.profileLink}, ${SELECTORS.result} ${SELECTORS.authorLine} > [data-byline-name], ${SELECTORS.result} ${SELECTORS.authorLine}`;

const isResult = (el: Element): boolean => el.querySelector(SELECTORS.authorLine) !== null;

/**
 * Google Scholar results `/scholar?q=…` (docs/pages.md §7.1): one `div.gs_r` per result, its
 * authors at the start of the green line `div.gs_a` up to the first " - ": profile links for
 * authors with a Scholar profile (their id is passed on), plain text for the others, "…" when
 * Scholar cut the list short. The title is the result's `h3`; its own links (title, PDF) or the
 * venue text give the arXiv or ACL id. Read on interest: a hover reads one result.
 */
export const scholarResults = defineSiteAdapter({
  pageType: 'scholar-results',
  paths: [/^\/scholar$/],
  selectors: SELECTORS,
  checkedOn: { ...Object.fromEntries(Object.keys(SELECTORS).map((k) => [k, FIXTURE])), page: REAL_2016 },
  findUnits: (root) => unitsAt(root, SELECTORS.result, SELECTORS.result, isResult).filter(isResult),
  names: NAMES,
  findMentions(root) {
    return unitsAt(root, SELECTORS.result, SELECTORS.result, isResult)
      .filter(isResult)
      .flatMap((result) => {
        const line = result.querySelector(SELECTORS.authorLine) as Element;
        const titleEl = result.querySelector(SELECTORS.title);
        const title = titleText(titleEl, (el) => el.matches(SELECTORS.formatMark))
          .replace(/^(?:\[[^\]]{1,12}\]\s*)+/, '')
          .trim();
        const hrefs = Array.from(
          result.querySelectorAll('h3.gs_rt a[href], .gs_ggs a[href]'),
          (a) => a.getAttribute('href') ?? '',
        );
        const paper = scholarPaperOf(hrefs, line.textContent ?? '');
        return scholarLineMentions(line, true, 'scholar-results', paper, title);
      });
  },
});

/* Test URLs:
   https://scholar.google.com/scholar?q=LLMLingua
   https://scholar.google.com/scholar?hl=en&q=%22Learning+deep+architectures+for+AI%22 */
