/**
 * Parse a homepage into an inert DOM and remove everything a visitor does not see.
 * linkedom's `worker` entry is one self-contained ES module with no Node built-ins, so the same
 * code runs in Node (tests, `npm run card`) and in Chrome's MV3 service worker, which has no
 * DOMParser. linkedom never runs scripts and never loads subresources.
 */
import { parseHTML } from 'linkedom/worker';
import { nextOutside, someDescendant, spendBudget } from './dom-walk';

/** Elements that never carry card data (code, styles, embedded documents, form controls). */
const INERT_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'TEXTAREA',
  'SELECT',
  'BUTTON',
  'FORM',
]);

/**
 * Icon lists that templates mark aria-hidden although they are on screen: Wowchemy/Hugo Academic
 * render the visible profile icons as `ul.network-icon[aria-hidden=true]` (docs/homepages.md §1.4).
 */
const VISIBLE_DESPITE_ARIA_HIDDEN = ['network-icon'];

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HIDDEN_CLASSES = new Set(['hidden', 'd-none']);

/** Parse HTML into a document (never executes anything). */
export function parsePage(html: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return document;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/);
  if (classes.some((c) => HIDDEN_CLASSES.has(c))) return true;
  if (el.getAttribute('aria-hidden') === 'true') {
    if (classes.some((c) => VISIBLE_DESPITE_ARIA_HIDDEN.includes(c))) return false;
    // An empty icon (`<i class="fa-map-marker" aria-hidden>`) carries no data; keep it as a landmark.
    return (
      (el.textContent ?? '').trim() !== '' || someDescendant(el, (d) => d.hasAttribute('href') || d.hasAttribute('src'))
    );
  }
  return false;
}

/**
 * One walk removes comments, inert elements and hidden elements (a selector pass per kind was
 * slower). A loop over the tree, not recursion, so deep nesting cannot overflow the stack.
 */
function removeInvisible(root: Node): void {
  let node: Node | null = root.firstChild;
  while (node) {
    spendBudget();
    if (node.nodeType === 8) {
      const next = nextOutside(node, root);
      node.parentNode?.removeChild(node);
      node = next;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (INERT_TAGS.has(el.tagName.toUpperCase()) || isHidden(el)) {
        const next = nextOutside(el, root);
        el.parentNode?.removeChild(el);
        node = next;
      } else node = el.firstChild ?? nextOutside(el, root);
    } else node = nextOutside(node, root);
  }
}

/**
 * Remove HTML comments (old news, old papers and a stale Scholar id live there on real pages,
 * docs/homepages.md §6), inert elements and hidden elements, in place.
 */
export function pruneInvisible(document: Document): void {
  // linkedom gives the doctype no nextSibling, so the walk starts at the root element.
  if (document.documentElement) removeInvisible(document.documentElement);
}
