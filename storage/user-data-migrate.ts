import { isNonNegativeNumber, isRecord } from '../domain/json-guards';
import { validateCorrections, validateFollows } from './follows-validate';
import { validateSecrets, validateSettings } from './settings-validate';
import { type DataIssue, DEFAULT_SETTINGS, USER_DATA_VERSION, USER_KEYS } from './user-data-schema';
import type { KeyValueArea } from './storage-area';

/** Version 0 kept everything in one blob under this key. */
export const LEGACY_USER_KEY = 'byline:user';
/** The version-0 blob is kept here after migrating, so nothing the user had is ever lost. */
export const LEGACY_BACKUP_KEY = 'user:backup-v0';

/**
 * Version 0: one flat blob. Secrets sat among the settings, sources and sites were lists of
 * what was switched off, follows were an array, and corrections were three loose maps.
 */
export interface UserDataV0 {
  settings?: {
    disabledSources?: string[];
    disabledSites?: string[];
    hoverDelay?: number;
    cacheMb?: number;
    enabled?: boolean;
    githubToken?: string;
    s2ApiKey?: string;
  };
  follows?: Array<{ key: string; name: string; followedAt: number; lastSeenAt?: number }>;
  notThisPerson?: string[];
  chosen?: Record<string, string>;
  homepages?: Record<string, string>;
  /** When the v0 blob was last written; v0 kept no time per correction. */
  savedAt?: number;
}

/** What migrating did: the version found, and anything that could not be carried over. */
export interface MigrationReport {
  from: number | 'none' | 'newer';
  issues: DataIssue[];
}

/** Brings stored user data to the current layout, in one atomic write. Safe to call on every start. */
export async function migrateUserData(area: KeyValueArea, now: number): Promise<MigrationReport> {
  const stored = await area.get([USER_KEYS.version, LEGACY_USER_KEY]);
  const version = stored[USER_KEYS.version];
  const legacy = stored[LEGACY_USER_KEY];
  if (version === USER_DATA_VERSION) {
    // A crash between the migration write and the removal leaves the old blob behind; its backup exists.
    if (legacy !== undefined) await area.remove(LEGACY_USER_KEY);
    return { from: USER_DATA_VERSION, issues: [] };
  }
  if (isNonNegativeNumber(version) && version > USER_DATA_VERSION) {
    // Written by a newer Byline (then downgraded): read what we understand, rewrite nothing.
    return {
      from: 'newer',
      issues: [{ path: USER_KEYS.version, message: `stored by a newer Byline (version ${version})` }],
    };
  }
  if (legacy === undefined) return { from: 'none', issues: [] };
  const { items, issues } = migrateV0(legacy, now);
  await area.set({ ...items, [USER_KEYS.version]: USER_DATA_VERSION, [LEGACY_BACKUP_KEY]: legacy });
  await area.remove(LEGACY_USER_KEY);
  return { from: 0, issues };
}

/** Converts a version-0 blob to version-1 storage items, keeping every value that is individually valid. */
export function migrateV0(raw: unknown, now: number): { items: Record<string, unknown>; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  if (!isRecord(raw)) issues.push({ path: LEGACY_USER_KEY, message: 'not an object; nothing to migrate' });
  const blob = isRecord(raw) ? raw : {};
  const old = isRecord(blob.settings) ? blob.settings : {};
  const at = isNonNegativeNumber(blob.savedAt) ? blob.savedAt : now;
  const offSwitches = (list: unknown) =>
    Object.fromEntries(
      (Array.isArray(list) ? list : []).filter((id) => typeof id === 'string').map((id) => [id, false]),
    );
  const settings = validateSettings(
    {
      sources: offSwitches(old.disabledSources),
      sites: offSwitches(old.disabledSites),
      hoverDelayMs: old.hoverDelay,
      cacheSizeMb: old.cacheMb,
      cardsEnabled: old.enabled,
    },
    DEFAULT_SETTINGS,
  );
  const secrets = validateSecrets({ githubToken: old.githubToken, semanticScholarApiKey: old.s2ApiKey });
  const followList = Array.isArray(blob.follows) ? blob.follows : [];
  const follows = validateFollows(
    Object.fromEntries(
      followList.map((item, i) => [isRecord(item) && typeof item.key === 'string' ? item.key : `#${i}`, item]),
    ),
  );
  const mentions: Record<string, unknown> = {};
  for (const key of Array.isArray(blob.notThisPerson) ? blob.notThisPerson : []) {
    if (typeof key === 'string') mentions[key] = { choice: 'not-this-person', at };
  }
  for (const [key, researcherKey] of Object.entries(isRecord(blob.chosen) ? blob.chosen : {})) {
    mentions[key] = { choice: 'researcher', researcherKey, at };
  }
  const homepages = Object.fromEntries(
    Object.entries(isRecord(blob.homepages) ? blob.homepages : {}).map(([key, url]) => [key, { url, at }]),
  );
  const corrections = validateCorrections({ mentions, homepages });
  issues.push(...settings.issues, ...secrets.issues, ...follows.issues, ...corrections.issues);
  return {
    items: {
      [USER_KEYS.settings]: settings.value,
      [USER_KEYS.secrets]: secrets.value,
      [USER_KEYS.follows]: follows.value,
      [USER_KEYS.corrections]: corrections.value,
    },
    issues,
  };
}
