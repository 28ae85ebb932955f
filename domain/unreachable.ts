/**
 * The `default` of a `switch` over a union: the compiler proves it is never reached, so a new
 * site, source or id kind without its case is a type error instead of falling into another's.
 */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
