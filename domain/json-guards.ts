/**
 * Narrowing checks for untrusted JSON: values read back from storage, an imported file, a cache
 * entry or an API answer. The readers in sources/json-fields.ts are built on them.
 */

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number (never NaN or Infinity, which JSON cannot hold but a bad write can). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A finite, non-negative number such as an epoch-millisecond time or a byte count. */
export function isNonNegativeNumber(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0;
}

/** A non-empty string no longer than `max` characters. */
export function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}
