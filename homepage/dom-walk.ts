/**
 * Plain tree walks for hot paths. linkedom compiles a CSS selector on every
 * `querySelectorAll`/`matches` call, which dominated reading a 237 KB Barron page with 111
 * papers; walking the element tree directly is several times faster.
 */

/** Visit `root`'s descendant elements in document order until `visit` returns true. */
export function someDescendant(root: Node, visit: (el: Element) => boolean): boolean {
  if (root.nodeType === 9) {
    // linkedom gives the doctype no nextSibling, so a document is walked from its root element.
    const top = (root as Document).documentElement;
    return top !== null && (visit(top) || someDescendant(top, visit));
  }
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    if (visit(child as Element) || someDescendant(child, visit)) return true;
  }
  return false;
}

/** Descendant elements of `root` (in document order) that satisfy `test`. */
export function findDescendants(root: Node, test: (el: Element) => boolean, limit = Infinity): Element[] {
  const found: Element[] = [];
  someDescendant(root, (el) => {
    if (test(el)) found.push(el);
    return found.length >= limit;
  });
  return found;
}

/** Whether an element has the given tag name (case-insensitive, custom elements included). */
export function isTag(el: Element, ...tags: string[]): boolean {
  const tag = el.tagName.toUpperCase();
  return tags.includes(tag);
}

/** Whether an element's class list contains `name`. */
export function hasClass(el: Element, name: string): boolean {
  const cls = el.getAttribute('class');
  return cls?.split(/\s+/).includes(name) ?? false;
}

/** `<a href>` descendants of `root`. */
export function linksIn(root: Node): Element[] {
  return findDescendants(root, (el) => isTag(el, 'A') && el.hasAttribute('href'));
}

/** The nearest inclusive ancestor with one of the tags (`closest` without compiling a selector). */
export function closestTag(el: Element, ...tags: string[]): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (isTag(node, ...tags)) return node;
  return null;
}
