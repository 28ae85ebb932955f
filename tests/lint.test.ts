import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// Formatting and lint rules (biome.jsonc) are part of the one test command: a file that is not
// formatted, or breaks a rule, fails the run like a test. `npm run format` fixes the formatting.
it('the tree is formatted and passes the linter (biome ci)', () => {
  let output = '';
  try {
    execFileSync(`${ROOT}node_modules/.bin/biome`, ['ci', '--colors=off', ROOT], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? String(error)}`;
  }
  expect(output).toBe('');
}, 120_000);
