import { isRecord } from '../domain/json-guards';
import {
  CACHE_SIZE_MB_RANGE,
  type DataIssue,
  HOVER_DELAY_MS_RANGE,
  type Secrets,
  type Settings,
  SITE_IDS,
  SOURCE_IDS,
} from './user-data-schema';

/** How to treat what a validator cannot use. */
export interface ValidateMode {
  /** Also report unknown fields (imports); reads from storage ignore them (a newer Byline may add some). */
  strict?: boolean;
}

/** A validated value, the issues found, and which top-level fields were taken from the input. */
export interface Validated<T> {
  value: T;
  issues: DataIssue[];
  accepted: string[];
}

/**
 * Reads settings field by field over `base`: a missing field keeps `base`, a damaged one keeps
 * `base` and is reported. A damaged blob as a whole gives `base` and one issue.
 */
export function validateSettings(raw: unknown, base: Settings, mode: ValidateMode = {}): Validated<Settings> {
  const value: Settings = { ...base, sources: { ...base.sources }, sites: { ...base.sites } };
  const issues: DataIssue[] = [];
  const accepted: string[] = [];
  if (raw === undefined) return { value, issues, accepted };
  if (!isRecord(raw))
    return { value, issues: [{ path: 'settings', message: 'not an object; defaults used' }], accepted };
  const toggles = (field: 'sources' | 'sites', ids: readonly string[], target: Record<string, boolean>) => {
    const given = raw[field];
    if (given === undefined) return;
    if (!isRecord(given)) {
      issues.push({ path: `settings.${field}`, message: 'not an object of on/off switches' });
      return;
    }
    for (const [id, on] of Object.entries(given)) {
      if (!ids.includes(id)) {
        if (mode.strict)
          issues.push({
            path: `settings.${field}.${id}`,
            message: `unknown ${field === 'sources' ? 'source' : 'site'}`,
          });
      } else if (typeof on !== 'boolean')
        issues.push({ path: `settings.${field}.${id}`, message: 'must be true or false' });
      else target[id] = on;
    }
    accepted.push(field);
  };
  toggles('sources', SOURCE_IDS, value.sources);
  toggles('sites', SITE_IDS, value.sites);
  const number = (field: 'hoverDelayMs' | 'cacheSizeMb', range: { min: number; max: number }, integer: boolean) => {
    const given = raw[field];
    if (given === undefined) return;
    const ok =
      typeof given === 'number' && given >= range.min && given <= range.max && (!integer || Number.isInteger(given));
    if (!ok) {
      issues.push({
        path: `settings.${field}`,
        message: `must be ${integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}`,
      });
      return;
    }
    value[field] = given;
    accepted.push(field);
  };
  number('hoverDelayMs', HOVER_DELAY_MS_RANGE, true);
  number('cacheSizeMb', CACHE_SIZE_MB_RANGE, false);
  for (const field of ['cardsEnabled', 'openReviewSignIn'] as const) {
    if (raw[field] === undefined) continue;
    if (typeof raw[field] === 'boolean') {
      value[field] = raw[field];
      accepted.push(field);
    } else issues.push({ path: `settings.${field}`, message: 'must be true or false' });
  }
  if (mode.strict) {
    for (const key of Object.keys(raw)) {
      if (!['sources', 'sites', 'hoverDelayMs', 'cacheSizeMb', 'cardsEnabled', 'openReviewSignIn'].includes(key))
        issues.push({ path: `settings.${key}`, message: 'unknown setting' });
    }
  }
  return { value, issues, accepted };
}

/** Tokens and keys are printable ASCII without spaces; anything else is a paste accident. */
const SECRET_PATTERN = /^[\x21-\x7e]{1,512}$/;

/** Whether a string could be a GitHub token or Semantic Scholar key. */
export function isPlausibleSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value);
}

/** Reads the optional secrets; a damaged one is dropped and reported (its value is never echoed). */
export function validateSecrets(raw: unknown, mode: ValidateMode = {}): Validated<Secrets> {
  const value: Secrets = {};
  const issues: DataIssue[] = [];
  const accepted: string[] = [];
  if (raw === undefined) return { value, issues, accepted };
  if (!isRecord(raw)) return { value, issues: [{ path: 'secrets', message: 'not an object; ignored' }], accepted };
  for (const field of ['githubToken', 'semanticScholarApiKey'] as const) {
    const given = raw[field];
    if (given === undefined) continue;
    if (isPlausibleSecret(given)) {
      value[field] = given;
      accepted.push(field);
    } else
      issues.push({
        path: `secrets.${field}`,
        message: 'not a valid token (printable characters, no spaces, at most 512)',
      });
  }
  if (mode.strict) {
    for (const key of Object.keys(raw)) {
      if (key !== 'githubToken' && key !== 'semanticScholarApiKey')
        issues.push({ path: `secrets.${key}`, message: 'unknown secret' });
    }
  }
  return { value, issues, accepted };
}
