/**
 * The text a reader sees in an element, for names and titles read from a page. `textContent`
 * would also return the source of a `<script>` or `<style>` placed inside a name (markup in a
 * name, and text nobody sees), and is unbounded; this is neither. Text that CSS hides inside
 * the element is not read either: a page could otherwise change the name Byline looks up
 * ("J. <span hidden>Evil </span>Smith") while the reader sees another.
 */
import { stripBidiControls } from '../names/bidi';

/** Elements whose text is never shown as text. */
const UNSEEN = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'textarea',
  'select',
]);

/** Longest author name Byline reads; anything longer is not a name (a page's text in the wrong place). */
export const MAX_NAME_CHARS = 300;
/** Longest paper title Byline keeps. */
export const MAX_TITLE_CHARS = 1_000;

/** The computed style of an element, where the document has a view (a parsed document has none). */
function styleOf(el: Element): CSSStyleDeclaration | undefined {
  const view = el.ownerDocument?.defaultView;
  return view?.getComputedStyle ? view.getComputedStyle(el) : undefined;
}

const transparent = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0(\.0*)?\)$/.test(color);

/**
 * Whether CSS hides `child` where the element being read (`root`) shows: each check compares
 * with the root, so a name in a collapsed list (hidden as a whole) still reads as itself.
 * Checked only for elements inside a name or title, which most names do not have.
 */
export function hiddenWithin(child: Element, root: Element): boolean {
  if (child.hasAttribute('hidden')) return true;
  const style = styleOf(child);
  const base = styleOf(root);
  if (!style || !base) return false;
  if (style.display === 'none' || style.contentVisibility === 'hidden') return true;
  if (style.visibility !== base.visibility && /^(hidden|collapse)$/.test(style.visibility)) return true;
  if (style.opacity !== '' && Number(style.opacity) === 0) return true;
  if (Number.parseFloat(style.fontSize) === 0 && Number.parseFloat(base.fontSize) !== 0) return true;
  if (transparent(style.color) && !transparent(base.color)) return true;
  // Taken out of the line (and so shown somewhere else, or nowhere): not part of this text.
  return style.position === 'absolute' || style.position === 'fixed';
}

/** Visible text of `el` without the elements `skip` names, whitespace collapsed; '' when longer than `max`. */
export function visibleText(el: Node | null | undefined, max: number, skip?: (el: Element) => boolean): string {
  if (!el) return '';
  const root = el.nodeType === 1 ? (el as Element) : undefined;
  let text = '';
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1) {
        const kid = child as Element;
        if (!UNSEEN.has(kid.localName) && !skip?.(kid) && !(root && hiddenWithin(kid, root))) walk(kid);
      }
      // A runaway text (a whole page pasted into one link) stops the walk early.
      if (text.length > max * 4 + 1_000) return false;
    }
    return true;
  };
  walk(el);
  // Bidi controls would let a name display as another (U+202E reverses what follows).
  const collapsed = stripBidiControls(text).replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? '' : collapsed;
}

/** A name as printed, or '' when the element holds no plausible name. */
export const nameText = (el: Node | null | undefined): string => visibleText(el, MAX_NAME_CHARS);

/** A title: too long a title is cut, not dropped (the paper still needs some title). */
export function titleText(el: Node | null | undefined, skip?: (el: Element) => boolean): string {
  return visibleText(el, Number.MAX_SAFE_INTEGER, skip).slice(0, MAX_TITLE_CHARS);
}
