import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Big pages of the opt-in sites for the bench, built at run time from the saved ones
 * (`tests/fixtures/pages/`, provenance in its SOURCES.md): the page's own markup with its
 * entries repeated, in order, until it holds the wanted number. Each is the largest page of its
 * type a user meets: Scholar's 20 results, a profile after "Show more" (100 rows), a month of
 * Hugging Face papers, a prolific dblp author.
 */
export interface OptInPage {
  label: string;
  url: string;
  /** Paths on the page's host that are the page's own files, not requests of Byline's. */
  assets: RegExp;
  /** Every name element (the adapter's `names` candidates), for the bare pass and the counts. */
  names: string;
  /** The name to hover (the page's last) and the entry it belongs to. */
  hover: string;
  entry: string;
  entries: number;
  /** Author names on the page as the adapter reads them (the saved page's count, repeated). */
  namesOnPage: number;
  html: string;
}

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../tests/fixtures/pages/${path}`, import.meta.url)), 'utf8');

/** `html` with the run of entries `unit` matches (contiguous in the saved page) repeated to `n`. */
function repeatEntries(html: string, unit: RegExp, n: number): string {
  const found = [...html.matchAll(unit)];
  const first = found[0];
  const last = found.at(-1);
  if (!first || !last || first.index === undefined || last.index === undefined) throw new Error(`no ${unit} in page`);
  const copies = Array.from({ length: n }, (_, i) => found[i % found.length]?.[0] ?? '');
  return html.slice(0, first.index) + copies.join('') + html.slice(last.index + last[0].length);
}

export function buildOptInPages(): OptInPage[] {
  return [
    {
      label: 'Scholar results, 20',
      url: 'https://scholar.google.com/scholar?q=LLMLingua&hl=en&num=20',
      assets: /^\/favicon\.ico$/,
      names: 'div.gs_r div.gs_a > a[href*="user="], div.gs_r div.gs_a',
      hover: 'div.gs_r div.gs_a > a[href*="user="]',
      entry: 'div.gs_r',
      entries: 20,
      // 20 names in 4 results (10 profile links, 10 plain), repeated 5 times.
      namesOnPage: 100,
      html: repeatEntries(fixture('scholar/results-llmlingua-synthesized.html'), /<div class="gs_r gs_or[^\n]*\n/g, 20),
    },
    {
      label: 'Scholar profile, 100 rows',
      url: 'https://scholar.google.com/citations?user=JiangHqAAAAJ&hl=en&pagesize=100',
      assets: /^\/favicon\.ico$|^\/citations\/images\//,
      names: '#gsc_prf_in, #gsc_rsb_co .gsc_rsb_a_desc > a, #gsc_a_b .gsc_a_at + .gs_gray',
      hover: '#gsc_a_b .gsc_a_at + .gs_gray',
      entry: 'tr.gsc_a_tr',
      entries: 100,
      // The person and 5 co-authors, then rows of 5, 7, 9 and 10 names, repeated 25 times.
      namesOnPage: 6 + 25 * 31,
      html: repeatEntries(
        fixture('scholar/profile-huiqiang-jiang-synthesized.html'),
        /<tr class="gsc_a_tr">[^\n]*\n/g,
        100,
      ),
    },
    {
      label: 'Hugging Face month, 60',
      url: 'https://huggingface.co/papers/month/2024-03',
      assets: /^\/(front|avatars)\/|^\/favicon\.ico$/,
      names: 'article ul > li[title]',
      hover: 'article ul > li[title]',
      entry: 'article',
      entries: 60,
      namesOnPage: 60 * 4,
      html: repeatEntries(
        fixture('huggingface/daily-2024-03-20-synthesized.html'),
        /<div class="relative"><article[\s\S]*?<\/article><\/div>\n/g,
        60,
      ),
    },
    {
      label: 'dblp person, 2000',
      url: 'https://dblp.org/pid/99/9999.html',
      assets: /^\/(css|img)\/|^\/favicon\.ico$/,
      names: 'li.entry cite.data span[itemprop="author"] > :is(a, span.this-person)',
      hover: 'li.entry cite.data span[itemprop="author"] > :is(a, span.this-person)',
      entry: 'li.entry',
      entries: 2000,
      namesOnPage: 2000 * 13,
      html: repeatEntries(fixture('dblp/pid-zhuoshi-pan-synthesized.html'), /<li class="entry[^\n]*\n/g, 2000),
    },
  ];
}
