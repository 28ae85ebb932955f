/**
 * What every template reader receives, and the page-level facts shared by all of them:
 * the name from the page's own markup (meta author, og, title, h1, schema.org Person).
 */
import type { CardWarning, HomepageCard } from './homepage-card';
import { cleanLabel, cleanText } from './clean-text';
import { safeUrl } from '../domain/safe-url';

/** Input of a template reader: a pruned document and the page URL to resolve links against. */
export interface ReaderContext {
  doc: Document;
  base: string | null;
  /** A name the caller already knows (the author hovered on arXiv), used to find the owner in author lists. */
  ownerHint: string | null;
  /** schema.org Person names from JSON-LD, read before scripts were removed. */
  jsonLdNames: string[];
  warnings: CardWarning[];
}

/** A template reader turns a pruned page into a card. */
export type TemplateReader = (ctx: ReaderContext) => HomepageCard;

function meta(doc: Document, selector: string): string {
  return cleanText(doc.querySelector(selector)?.getAttribute('content'), 200);
}

/** The owner's name as the page's head and markup state it, best first. */
export function readPageName(doc: Document, jsonLdNames: readonly string[]): string | null {
  const title = cleanText(doc.querySelector('title')?.textContent, 200)
    .replace(/\s*[-|–—:]\s*(?:homepage|home page|home|personal (?:web)?site|website|academic website)\s*$/i, '')
    .replace(/^(?:homepage|home)\s*(?:of|[-|:])\s*/i, '');
  const candidates = [
    cleanLabel(doc.querySelector('[itemtype*="schema.org/Person"] [itemprop="name"]')?.textContent),
    meta(doc, 'meta[name="author"]'),
    jsonLdNames[0] ?? '',
    meta(doc, 'meta[property="og:site_name"]'),
    meta(doc, 'meta[property="og:title"]'),
    title,
    cleanLabel(doc.querySelector('h1')?.textContent),
  ];
  return candidates.find((c) => c.length >= 3 && c.length <= 80 && c.split(' ').length <= 8) ?? null;
}

/** schema.org Person names in JSON-LD blocks (parsed as data, never run). */
export function readJsonLdNames(doc: Document): string[] {
  const names: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    const text = script.textContent ?? '';
    if (text.length > 50_000) continue;
    try {
      const data: unknown = JSON.parse(text);
      for (const node of Array.isArray(data) ? data : [data]) {
        if (node && typeof node === 'object' && (node as Record<string, unknown>)['@type'] === 'Person') {
          const name = (node as Record<string, unknown>).name;
          if (typeof name === 'string' && cleanText(name, 120)) names.push(cleanText(name, 120));
        }
      }
    } catch {
      // malformed JSON-LD carries nothing usable
    }
  }
  return names;
}

/** The first image a selector names, resolved. */
export function readImage(root: ParentNode | null, selector: string, base: string | null): string | null {
  const img = root?.querySelector(selector);
  return img ? safeUrl(img.getAttribute('src'), base) : null;
}
