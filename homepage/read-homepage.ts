/**
 * Byline's homepage reader: untrusted HTML in, a bounded JSON-safe card out. Pages are parsed
 * with linkedom (no scripts run, nothing loaded), comments and hidden elements are removed,
 * the template is detected, and its reader fills the card.
 */
import type { HomepageResult, TemplateId } from './homepage-card';
import { boundCard } from './bound-card';
import { ReadBudgetSpent, withReadBudget } from './dom-walk';
import { DEFAULT_SCAN_LIMITS, scanPage, type ScanLimits } from './page-scan';
import { parsePage, pruneInvisible } from './parse-page';
import { readJsonLdNames, type ReaderContext, type TemplateReader } from './reader-context';
import { safeBase } from '../domain/safe-url';
import { readAcadHomepage } from './templates/acad-homepage';
import { readAcademicPages } from './templates/academicpages';
import { readAlFolio } from './templates/al-folio';
import { detectTemplate } from './templates/detect-template';
import { readGenericPage } from './templates/generic';
import { readHugoBlox } from './templates/hugo-blox';
import { readJonBarron } from './templates/jon-barron';

/** Options of readHomepage. */
export interface ReadHomepageOptions {
  /** Refuse pages larger than this many UTF-16 code units (default 2 MB). */
  maxLength?: number;
  /** The name the caller expects (the author hovered on arXiv); helps find the owner in author lists. */
  ownerName?: string;
  /** Force a reader instead of detecting the template. */
  template?: TemplateId;
  /** Bounds checked before parsing (elements, nesting depth). */
  scanLimits?: ScanLimits;
  /** Milliseconds the walks over the parsed page may take (default `READ_BUDGET_MS`). */
  budgetMs?: number;
  /** Clock for the budget (`performance.now` by default). */
  now?: () => number;
}

/**
 * A backstop behind the scan, which already refuses the shapes that cost the parser most. Real
 * pages are read in tens of milliseconds, a few hundred on a busy machine (the 237 KB Barron
 * page); the budget is set well above that so a slow machine never loses a real homepage.
 */
export const READ_BUDGET_MS = 2_000;

/** Default size limit: real homepages are 9–240 KB (docs/homepages.md §5). */
export const MAX_PAGE_LENGTH = 2_000_000;

/** One reader per template family. */
export const TEMPLATE_READERS: Readonly<Record<TemplateId, TemplateReader>> = {
  'acad-homepage': readAcadHomepage,
  'al-folio': readAlFolio,
  academicpages: readAcademicPages,
  'hugo-blox': readHugoBlox,
  jonbarron: readJonBarron,
  generic: readGenericPage,
};

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  if (/^(?:%PDF|\{|\[|PK\u0003\u0004|GIF8|\u0089PNG)/.test(head)) return false;
  return /<(?:!doctype|html|head|body|div|p|a|title|meta|table|h[1-6]|ul|span)\b/i.test(text.slice(0, 200_000));
}

/** Read a homepage into a card; failures are returned as values, never thrown. */
export function readHomepage(html: string, pageUrl: string, options: ReadHomepageOptions = {}): HomepageResult {
  const maxLength = options.maxLength ?? MAX_PAGE_LENGTH;
  if (typeof html !== 'string' || html.trim() === '')
    return { ok: false, reason: 'empty', message: 'The page is empty.' };
  if (html.length > maxLength) {
    return {
      ok: false,
      reason: 'too-large',
      message: `The page has ${html.length} characters; the limit is ${maxLength}.`,
    };
  }
  if (!looksLikeHtml(html)) return { ok: false, reason: 'not-html', message: 'The response is not an HTML page.' };
  // Measured before parsing: a parse cannot be stopped once it has started.
  const scan = scanPage(html, options.scanLimits ?? DEFAULT_SCAN_LIMITS);
  if (!scan.ok) return { ok: false, reason: 'too-complex', message: scan.message };
  const now = options.now ?? (() => performance.now());
  try {
    return withReadBudget(options.budgetMs ?? READ_BUDGET_MS, now, () => readParsed(html, pageUrl, options));
  } catch (error) {
    if (error instanceof ReadBudgetSpent)
      return { ok: false, reason: 'too-complex', message: 'The page took too long to read; Byline stopped.' };
    // A parser bug on hostile markup must not take the background down; report the page as unreadable.
    return { ok: false, reason: 'not-html', message: `The page could not be read: ${String(error).slice(0, 200)}` };
  }
}

function readParsed(html: string, pageUrl: string, options: ReadHomepageOptions): HomepageResult {
  const doc = parsePage(html);
  const jsonLdNames = readJsonLdNames(doc);
  pruneInvisible(doc);
  if ((doc.body?.textContent ?? '').trim() === '')
    return { ok: false, reason: 'empty', message: 'The page has no visible text.' };
  const template = options.template ?? detectTemplate(doc);
  const ctx: ReaderContext = {
    doc,
    base: safeBase(pageUrl),
    ownerHint: options.ownerName ?? null,
    jsonLdNames,
    warnings: [],
  };
  return { ok: true, card: boundCard(TEMPLATE_READERS[template](ctx)) };
}
