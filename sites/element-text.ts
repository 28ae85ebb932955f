/**
 * The text a reader sees in an element, for names and titles read from a page. `textContent`
 * would also return the source of a `<script>` or `<style>` placed inside a name (markup in a
 * name, and text nobody sees), and is unbounded; this is neither.
 */

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

/** Visible text of `el` without the elements `skip` names, whitespace collapsed; '' when longer than `max`. */
export function visibleText(el: Node | null | undefined, max: number, skip?: (el: Element) => boolean): string {
  if (!el) return '';
  let text = '';
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !UNSEEN.has((child as Element).localName) && !skip?.(child as Element))
        walk(child);
      // A runaway text (a whole page pasted into one link) stops the walk early.
      if (text.length > max * 4 + 1_000) return false;
    }
    return true;
  };
  walk(el);
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? '' : collapsed;
}

/** A name as printed, or '' when the element holds no plausible name. */
export const nameText = (el: Node | null | undefined): string => visibleText(el, MAX_NAME_CHARS);

/** A title: too long a title is cut, not dropped (the paper still needs some title). */
export function titleText(el: Node | null | undefined, skip?: (el: Element) => boolean): string {
  return visibleText(el, Number.MAX_SAFE_INTEGER, skip).slice(0, MAX_TITLE_CHARS);
}
