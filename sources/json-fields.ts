/**
 * Readers for untrusted JSON from public APIs: each returns a value of the wanted type or
 * `undefined`, so a missing or odd field never throws (SECURITY.md, "A malformed answer").
 */
import { isFiniteNumber, isRecord } from '../domain/json-guards';
import { isWebUrl } from '../domain/safe-url';

/** The value as a plain object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

/** The value as an array, or an empty array. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty trimmed string, or undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A finite number (numeric strings too: dblp sends every number as a string), or undefined. */
export function asNumber(value: unknown): number | undefined {
  if (isFiniteNumber(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** The strings of an array, skipping anything else. */
export function asStrings(value: unknown): string[] {
  return asArray(value).flatMap((item) => asString(item) ?? []);
}

/** A single element or an array of them, as an array (dblp JSON collapses one-item lists). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** An http(s) URL as a string, or undefined: links shown on a card are restricted to the web. */
export function asHttpUrl(value: unknown): string | undefined {
  const text = asString(value);
  return isWebUrl(text) ? new URL(text).href : undefined;
}

/** The object without its `undefined` values, so optional fields are absent in stored data. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
