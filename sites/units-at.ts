/**
 * The unit (paper entry) `root` sits in or is, when it is inside one (a hovered name, an added
 * node); otherwise every unit under `root`. `own` is tested with `closest`, `all` with
 * `querySelectorAll`; `accept` rejects a `closest` match that only looks like a unit.
 */
export function unitsAt(
  root: ParentNode,
  own: string,
  all: string,
  accept: (el: Element) => boolean = () => true,
): Element[] {
  const asElement = root as Partial<Element>;
  const found = typeof asElement.closest === 'function' ? asElement.closest.call(root, own) : null;
  if (found && accept(found)) return [found];
  return Array.from(root.querySelectorAll(all));
}
