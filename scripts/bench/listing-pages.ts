import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Big arXiv listings for the bench, built at run time from the saved hep-ph listing of
 * 2026-09-25 (72 real entries, 200 author links): its own markup, with each section's entries
 * repeated until the page holds the wanted number, every copy given a unique arXiv id and item
 * number so no two entries look alike to the extension.
 */

const SOURCE = fileURLToPath(
  new URL('../../tests/fixtures/pages/arxiv/list-hep-ph-new-2026-09-25.html', import.meta.url),
);

/** The listing URL the bench serves a page of `entries` entries at. */
export const listingUrl = (entries: number) => `https://arxiv.org/list/hep-ph/new?skip=0&show=${entries}`;

interface Section {
  heading: string;
  entries: string[];
}

/** Splits the saved page into the text before, its `dl#articles` sections, and the text after. */
function splitListing(html: string): { before: string; sections: Section[]; between: string[]; after: string } {
  const dl = /<dl id='articles'>([\s\S]*?)<\/dl>/g;
  const sections: Section[] = [];
  const between: string[] = [];
  let last = 0;
  let before = '';
  for (let m = dl.exec(html); m; m = dl.exec(html)) {
    if (sections.length === 0) before = html.slice(0, m.index);
    else between.push(html.slice(last, m.index));
    const body = m[1] ?? '';
    const heading = /<h3>[\s\S]*?<\/h3>/.exec(body)?.[0] ?? '';
    sections.push({ heading, entries: body.match(/<dt>[\s\S]*?<\/dd>/g) ?? [] });
    last = m.index + m[0].length;
  }
  return { before, sections, between, after: html.slice(last) };
}

/** One copy of a saved entry under a new arXiv id and item number. */
function renumber(entry: string, item: number): string {
  const id = /id="(\d{4}\.\d{4,5})"/.exec(entry)?.[1];
  const fresh = `2609.${String(item).padStart(5, '0')}`;
  let out = entry.replace(/name='item\d+'>\[\d+\]/, `name='item${item}'>[${item}]`);
  if (id) out = out.replaceAll(id, fresh);
  return out;
}

/** A listing page of `count` entries, the sections keeping the saved page's proportions. */
export function buildListing(count: number): { html: string; entries: number } {
  const page = splitListing(readFileSync(SOURCE, 'utf8'));
  const total = page.sections.reduce((n, s) => n + s.entries.length, 0);
  let item = 0;
  let remaining = count;
  const parts: string[] = [];
  page.sections.forEach((section, i) => {
    const isLast = i === page.sections.length - 1;
    const n = isLast ? remaining : Math.min(remaining, Math.round((count * section.entries.length) / total));
    remaining -= n;
    const copies: string[] = [];
    for (let k = 0; k < n; k++) copies.push(renumber(section.entries[k % section.entries.length] ?? '', ++item));
    const heading = section.heading.replace(/showing \d+ of \d+ entries/, `showing ${n} of ${n} entries`);
    parts.push(
      `${i === 0 ? '' : (page.between[i - 1] ?? '')}<dl id='articles'>\n    ${heading}\n\n${copies.join('\n')}\n</dl>`,
    );
  });
  const html = (page.before + parts.join('') + page.after).replace(
    /Total of \d+ entries/g,
    `Total of ${count} entries`,
  );
  return { html, entries: item };
}
