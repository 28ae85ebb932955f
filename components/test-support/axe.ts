import axe from 'axe-core';

/** A broken accessibility rule, with the markup that breaks it (for a readable failure). */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on a rendered container. `color-contrast` is off: happy-dom computes no
 * layout or colours, so that rule can only give false results here.
 */
export async function findAxeViolations(container: Element): Promise<AxeViolation[]> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.html) }));
}
