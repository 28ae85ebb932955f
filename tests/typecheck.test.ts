import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// The type-check is part of the one test command, so a type error fails the run like a test.
it('the whole project type-checks in strict mode (tsc --noEmit)', () => {
  let output = '';
  try {
    execFileSync(`${ROOT}node_modules/.bin/tsc`, ['--noEmit', '-p', ROOT], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
}, 180_000);
