/**
 * Test support: reads a recorded or synthesized API response from `tests/fixtures/api/`
 * (provenance in its SOURCES.md). Not used in the build.
 */
import { readFileSync } from 'node:fs';

/** The text of `tests/fixtures/api/<path>`. */
export function readApiFixture(path: string): string {
  return readFileSync(new URL(`../../tests/fixtures/api/${path}`, import.meta.url), 'utf8');
}

/** The parsed JSON of `tests/fixtures/api/<path>`. */
export function readApiJson(path: string): unknown {
  return JSON.parse(readApiFixture(path)) as unknown;
}
