/**
 * Readers for untrusted JSON from public APIs: each returns a value of the wanted type or
 * `undefined`, so a missing or odd field never throws (SECURITY.md, "A malformed answer").
 * Every source client reads its JSON through these, so they are also where an answer's size is
 * bounded: no string longer than `API_LIMITS.string`, no list longer than `API_LIMITS.list`
 * gets past them (XML answers are bounded the same way in `xml-text.ts`).
 */

/**
 * The longest string and list Byline keeps from an API answer. Names, titles, affiliations
 * and URLs are far shorter; the longest author lists (experimental physics) run to a few
 * thousand names.
 */
export const API_LIMITS = { string: 2_000, list: 5_000 } as const;
import { isFiniteNumber, isRecord } from '../domain/json-guards';
import { isWebUrl } from '../domain/safe-url';

/** The value as a plain object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

/** The value as an array (its first `API_LIMITS.list` items), or an empty array. */
export function asArray(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  return value.length > API_LIMITS.list ? value.slice(0, API_LIMITS.list) : value;
}

/** A non-empty trimmed string, or undefined; a string longer than `max` is not a field's value. */
export function asString(value: unknown, max: number = API_LIMITS.string): string | undefined {
  if (typeof value !== 'string' || value.length > max * 2) return undefined;
  const text = value.trim();
  return text !== '' && text.length <= max ? text : undefined;
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
  return Array.isArray(value) ? asArray(value) : [value];
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
