/**
 * Template detection as data: each family has fingerprints (selectors that survive pruning,
 * or a `meta[name=generator]` pattern) with weights; the best score at or above the threshold
 * wins, otherwise the generic reader is used. Fingerprints from docs/homepages.md §2.2.
 */
import type { TemplateId } from '../homepage-card';
import { someDescendant } from '../dom-walk';

/** One fingerprint: an element shape (tag, class, id prefix, href part) or a generator pattern, and its weight. */
interface Fingerprint {
  tag?: string;
  cls?: string;
  idPrefix?: string;
  hrefIncludes?: string;
  generator?: RegExp;
  weight: number;
}

const THRESHOLD = 3;

/** Fingerprints per template family (checked on the pruned page). */
export const TEMPLATE_FINGERPRINTS: Readonly<Record<Exclude<TemplateId, 'generic'>, readonly Fingerprint[]>> = {
  'acad-homepage': [
    { tag: 'DIV', cls: 'profile_box', weight: 2 },
    { tag: 'DIV', cls: 'paper-box', weight: 2 },
    { tag: 'H1', idPrefix: '-', weight: 1 },
    { tag: 'H3', cls: 'author__name', weight: 1 },
  ],
  academicpages: [
    { tag: 'A', hrefIncludes: 'academicpages/academicpages.github.io', weight: 3 },
    { tag: 'H3', cls: 'author__name', weight: 1 },
    { tag: 'H2', cls: 'archive__item-title', weight: 1 },
  ],
  'al-folio': [
    { tag: 'OL', cls: 'bibliography', weight: 2 },
    { tag: 'H1', cls: 'post-title', weight: 1 },
    { tag: 'P', cls: 'desc', weight: 1 },
    { tag: 'DIV', cls: 'contact-icons', weight: 1 },
    { tag: 'A', hrefIncludes: 'alshedivat/al-folio', weight: 3 },
  ],
  'hugo-blox': [
    { generator: /wowchemy|hugo ?blox|source themes academic|hugo academic/i, weight: 3 },
    { tag: 'DIV', cls: 'portrait-title', weight: 2 },
    { tag: 'DIV', cls: 'pub-list-item', weight: 1 },
  ],
  jonbarron: [
    { tag: 'SPAN', cls: 'papertitle', weight: 3 },
    { tag: 'PAPERTITLE', weight: 3 },
    { tag: 'P', cls: 'name', weight: 1 },
    { tag: 'NAME', weight: 1 },
  ],
};

function matches(el: Element, print: Fingerprint, classes: readonly string[]): boolean {
  if (print.cls && !classes.includes(print.cls)) return false;
  if (print.idPrefix && !(el.getAttribute('id') ?? '').startsWith(print.idPrefix)) return false;
  if (print.hrefIncludes && !(el.getAttribute('href') ?? '').includes(print.hrefIncludes)) return false;
  return true;
}

/** Score every family on the page in one walk over its elements and pick one. */
export function detectTemplate(doc: Document): TemplateId {
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  const families = Object.entries(TEMPLATE_FINGERPRINTS) as [Exclude<TemplateId, 'generic'>, readonly Fingerprint[]][];
  const seen = new Set<Fingerprint>();
  const byTag = new Map<string, Fingerprint[]>();
  for (const [, prints] of families) {
    for (const p of prints) {
      if (p.generator?.test(generator)) seen.add(p);
      if (p.tag) byTag.set(p.tag, [...(byTag.get(p.tag) ?? []), p]);
    }
  }
  someDescendant(doc, (el) => {
    const prints = byTag.get(el.tagName.toUpperCase());
    if (!prints) return false;
    const classes = (el.getAttribute('class') ?? '').split(/\s+/);
    for (const p of prints) if (!seen.has(p) && matches(el, p, classes)) seen.add(p);
    return false;
  });
  let best: TemplateId = 'generic';
  let bestScore = THRESHOLD - 1;
  for (const [template, prints] of families) {
    const score = prints.filter((p) => seen.has(p)).reduce((sum, p) => sum + p.weight, 0);
    if (score > bestScore) {
      best = template;
      bestScore = score;
    }
  }
  return best;
}
