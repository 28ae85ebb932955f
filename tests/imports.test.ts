import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Folders that hold the extension's own code (tests, scripts and build output aside). */
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'tests', 'scripts', 'public', 'assets', 'docs']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file imports or re-exports, as written, with relative ones made root-relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  specs.push(...[...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!));
  return specs.map((spec) => (spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : spec));
}

/** Build and test configuration (`vitest.config.ts`, `wxt.config.ts`) is not part of the product. */
const FILES = sourceFiles(ROOT)
  .map((file) => ({ file: relative(ROOT, file), imports: importsOf(file) }))
  .filter(({ file }) => !/\.config\.ts$/.test(file));

/** Test support lives in files named for tests or in `test-support/` folders beside the code. */
const isTestFile = (path: string) => /\.test\.tsx?$/.test(path) || /(^|\/)test-support\//.test(path);
/** Modules only tests may load: test support, the test runner and its browser and DOM stand-ins. */
const isTestOnly = (spec: string) =>
  isTestFile(spec) || /^(vitest|@vitest\/|@testing-library\/|wxt\/testing|fast-check|happy-dom|axe-core)/.test(spec);

describe('module layering', () => {
  it('reads the tree', () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it('keeps the background and the views apart: they meet only in messaging/', () => {
    const leaks = FILES.flatMap(({ file, imports }) =>
      imports
        .filter(
          (to) =>
            (file.startsWith('components/') && to.startsWith('background/')) ||
            (file.startsWith('background/') && to.startsWith('components/')),
        )
        .map((to) => `${file} -> ${to}`),
    );
    expect(leaks).toEqual([]);
  });

  it('keeps test support out of the product: no production module imports it or the test runner', () => {
    const leaks = FILES.filter(({ file }) => !isTestFile(file)).flatMap(({ file, imports }) =>
      imports.filter(isTestOnly).map((to) => `${file} -> ${to}`),
    );
    expect(leaks).toEqual([]);
  });

  it('names every module that imports the test runner as test support', () => {
    const unnamed = FILES.filter(({ imports }) => imports.some((to) => /^vitest/.test(to)))
      .map(({ file }) => file)
      .filter((file) => !isTestFile(file));
    expect(unnamed).toEqual([]);
  });
});
