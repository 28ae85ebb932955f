import { browser } from '#imports';

/**
 * The slice of `browser.storage.local` Byline's storage code needs. Taking it as an argument
 * keeps the cache and user data testable with any in-memory area (or one that fails on purpose).
 */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The extension's local storage area, looked up when called (never at import time). */
export function localArea(): KeyValueArea {
  return browser.storage.local;
}

const encoder = new TextEncoder();

/**
 * Bytes a key/value pair takes in storage. Chrome counts the key plus the value's JSON, so
 * this measures the same thing in UTF-8 (CJK names and abstracts are 3 bytes per character).
 */
export function storedBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}
