/**
 * Plain tree walks for hot paths. linkedom compiles a CSS selector on every
 * `querySelectorAll`/`matches` call, which dominated reading a 237 KB Barron page with 111
 * papers; walking the element tree directly is several times faster.
 */

/**
 * The read of one page may not take longer than this. Every walk counts the elements it
 * visits and checks the clock now and then; past the deadline it throws `ReadBudgetSpent`,
 * which the reader turns into "could not be read". Set only while a read runs (reads are
 * synchronous, so no two overlap).
 */
let budget: { deadline: number; now: () => number; visits: number } | undefined;

/** Thrown by a walk once the running read is past its time budget. */
export class ReadBudgetSpent extends Error {}

/** Runs `read` with a time budget for every walk it makes. */
export function withReadBudget<T>(ms: number, now: () => number, read: () => T): T {
  const outer = budget;
  budget = { deadline: now() + ms, now, visits: 0 };
  try {
    return read();
  } finally {
    budget = outer;
  }
}

/** Counts one visited node; every 512 visits, checks the clock. */
export function spendBudget(): void {
  if (!budget) return;
  budget.visits++;
  if ((budget.visits & 511) === 0 && budget.now() > budget.deadline)
    throw new ReadBudgetSpent('Reading the page took longer than its time budget.');
}

/**
 * The node after `node` in document order, skipping `node`'s own subtree, without leaving
 * `root` (null at the end). A loop, not recursion: a page may nest elements very deeply.
 */
export function nextOutside(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** Visit `root`'s descendant elements in document order until `visit` returns true. */
export function someDescendant(root: Node, visit: (el: Element) => boolean): boolean {
  let top: Node = root;
  if (root.nodeType === 9) {
    // linkedom gives the doctype no nextSibling, so a document is walked from its root element.
    const html = (root as Document).documentElement;
    if (html === null) return false;
    spendBudget();
    if (visit(html)) return true;
    top = html;
  }
  let node: Node | null = top.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      spendBudget();
      if (visit(node as Element)) return true;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    node = nextOutside(node, top);
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
