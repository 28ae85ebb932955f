/**
 * News and other dated lists. acad-homepage: `<li><em>2025.03</em>: text <a>Paper</a>|<a>Code</a></li>`;
 * al-folio: `<tr><th>Jun 17, 2024</th><td>text</td></tr>`; collapsed `<details>` hold older news
 * (docs/homepages.md §2.6).
 */
import type { DatedEntry, LabelledLink, NewsItem } from './homepage-card';
import { CARD_LIMITS } from './homepage-card';
import { cleanLabel, cleanText } from './clean-text';
import { safeUrl } from '../domain/safe-url';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** Date forms seen on homepages: 2025.03, [2026.02], 2023.09 - Now, Jun 17, 2024, 2024-05-02, May 2024, 2020~2022. */
const DATE = new RegExp(
  `^\\s*[\\[(]?\\s*((?:\\d{4}(?:[./-]\\d{1,2}){0,2}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|${MONTH}\\s+\\d{4}|${MONTH}\\s*['’]\\d{2}|\\d{1,2}/\\d{4})` +
    `(?:\\s*(?:-|–|—|~|to)\\s*(?:\\d{4}(?:[./-]\\d{1,2}){0,2}|${MONTH}\\s+\\d{4}|now|present|today))?)\\s*[\\])]?\\s*[:,.\\-–—]?\\s*`,
  'i',
);

/** Split a leading date off a line of text. */
export function splitDate(text: string): { date: string | null; rest: string } {
  const m = DATE.exec(text);
  if (!m?.[1]) return { date: null, rest: text };
  return { date: cleanText(m[1], 60), rest: text.slice(m[0].length) };
}

function itemLinks(el: Element, base: string | null): LabelledLink[] {
  const links: LabelledLink[] = [];
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const url = safeUrl(a.getAttribute('href'), base);
    if (url && links.length < CARD_LIMITS.links && !links.some((l) => l.url === url)) {
      links.push({ label: cleanText(cleanLabel(a.textContent) || 'Link', 60), url });
    }
  }
  return links;
}

/** Rows of a dated list: `li` items (outer lists only) and table rows. */
function rowsOf(body: readonly Element[]): { row: Element; old: boolean }[] {
  const rows: { row: Element; old: boolean }[] = [];
  for (const el of body) {
    const candidates = el.matches('li,tr')
      ? [el]
      : Array.from(el.querySelectorAll('li,tr')).slice(0, 4 * CARD_LIMITS.news);
    for (const row of candidates) {
      if (row.parentElement?.closest('li,tr') && candidates.includes(row.parentElement.closest('li,tr') as Element))
        continue;
      rows.push({ row, old: row.closest('details') !== null });
    }
  }
  return rows;
}

function dateAndText(row: Element): { date: string | null; text: string } {
  const th = row.tagName.toUpperCase() === 'TR' ? row.querySelector('th,td') : null;
  if (th && row.querySelectorAll('th,td').length > 1) {
    const rest = Array.from(row.querySelectorAll('td')).filter((td) => td !== th);
    return { date: cleanText(th.textContent, 60) || null, text: cleanText(rest.map((td) => td.textContent).join(' ')) };
  }
  const { date, rest } = splitDate(cleanLabel(row.textContent));
  return { date, text: cleanText(rest) };
}

/** News items from a section body (the elements after a "News" heading). */
export function readNews(body: readonly Element[], base: string | null): NewsItem[] {
  const news: NewsItem[] = [];
  for (const { row, old } of rowsOf(body)) {
    const { date, text } = dateAndText(row);
    if (text.length < 3) continue;
    news.push({ date, text, links: itemLinks(row, base), old });
    if (news.length >= CARD_LIMITS.news) break;
  }
  return news;
}

/** Dated entries (honors, education, experience) from a section body. */
export function readDatedEntries(body: readonly Element[]): DatedEntry[] {
  const entries: DatedEntry[] = [];
  for (const { row } of rowsOf(body)) {
    const { date, text } = dateAndText(row);
    if (text.length < 2) continue;
    entries.push({ date, text });
    if (entries.length >= CARD_LIMITS.entries) break;
  }
  return entries;
}
