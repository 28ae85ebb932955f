/**
 * Shape checks written as one check per field of a type: `shapeOf<T>({ … })` does not compile
 * unless every field of `T` has a check of the field's type, so a check cannot fall behind the
 * interface it guards when a field is added or changed.
 */
import { isFiniteNumber, isRecord } from './json-guards';

/** A check that narrows an unknown value to `T`. */
export type Shape<T> = (value: unknown) => value is T;

/** One check per field of `T`, optional fields included (their checks accept `undefined`). */
export type FieldShapes<T> = { [K in keyof T]-?: Shape<T[K]> };

/** A plain object whose every field of `T` passes its check; fields `T` does not have are ignored. */
export function shapeOf<T>(fields: FieldShapes<T>): Shape<T> {
  const checks = Object.entries(fields) as [string, Shape<unknown>][];
  return (value): value is T => isRecord(value) && checks.every(([key, check]) => check(value[key]));
}

export const text: Shape<string> = (v): v is string => typeof v === 'string';
export const count: Shape<number> = isFiniteNumber;
export const flag: Shape<boolean> = (v): v is boolean => typeof v === 'boolean';

/** One of a few literal strings. */
export function oneOf<T extends string>(...values: T[]): Shape<T> {
  return (v): v is T => values.includes(v as T);
}

/** The check, or absent. */
export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (v): v is T | undefined => v === undefined || shape(v);
}

/** The check, or `null`. */
export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return (v): v is T | null => v === null || shape(v);
}

/** A list whose every item passes the check. */
export function listOf<T>(shape: Shape<T>): Shape<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every(shape);
}
