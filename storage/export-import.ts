import { isRecord } from '../domain/json-guards';
import { mergeCorrections, mergeFollows } from './merge-user-data';
import { validateCorrections, validateFollows } from './follows-validate';
import { type Validated, validateSecrets, validateSettings } from './settings-validate';
import {
  type DataIssue,
  DEFAULT_SETTINGS,
  type Secrets,
  type Settings,
  USER_DATA_VERSION,
  type UserData,
} from './user-data-schema';
import type { UserDataStore } from './user-data';

/** The `format` field of every Byline export. */
export const EXPORT_FORMAT = 'byline-user-data';
/**
 * Files larger than this are refused before they are read (by their size) and again before
 * parsing: a real export is a few hundred KB, and a thousand follows with their snapshots fit.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_CHARS = MAX_IMPORT_BYTES;
const KNOWN_FIELDS = ['format', 'version', 'exportedAt', 'settings', 'secrets', 'follows', 'corrections'];

/** A saved copy of the user's data, as written to a `.json` file. */
export interface UserDataDocument {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  settings: UserData['settings'];
  /** Only when the user asked to include their token and key. */
  secrets?: UserData['secrets'];
  follows: UserData['follows'];
  corrections: UserData['corrections'];
}

/** Merge keeps everything already stored and adds the file's data; replace swaps each part the file contains. */
export type ImportMode = 'merge' | 'replace';

/** What an import did, in terms a user can read. */
export interface ImportReport {
  ok: boolean;
  /** One sentence for the options page. */
  message: string;
  imported: { settings: string[]; secrets: string[]; follows: number; mentionCorrections: number; homepages: number };
  rejected: DataIssue[];
}

/** Builds the export document; secrets are left out unless `includeSecrets`. */
export async function exportUserData(
  store: UserDataStore,
  opts: { includeSecrets?: boolean; now?: () => number } = {},
): Promise<UserDataDocument> {
  const { data } = await store.load();
  const doc: UserDataDocument = {
    format: EXPORT_FORMAT,
    version: USER_DATA_VERSION,
    exportedAt: new Date((opts.now ?? Date.now)()).toISOString(),
    settings: data.settings,
    follows: data.follows,
    corrections: data.corrections,
  };
  if (opts.includeSecrets) doc.secrets = data.secrets;
  return doc;
}

/** The document as pretty-printed JSON for a download. */
export function serializeUserDataDocument(doc: UserDataDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Reads an exported file and stores what it contains. The file is checked strictly: a file
 * that is not a Byline export changes nothing; in replace mode any rejected item changes
 * nothing either; in merge mode valid items are added and rejected ones listed.
 */
export async function importUserData(
  store: UserDataStore,
  text: string,
  opts: { mode: ImportMode },
): Promise<ImportReport> {
  const imported: ImportReport['imported'] = {
    settings: [],
    secrets: [],
    follows: 0,
    mentionCorrections: 0,
    homepages: 0,
  };
  const fail = (message: string, rejected: DataIssue[] = []): ImportReport => ({
    ok: false,
    message,
    imported,
    rejected,
  });
  const header = checkHeader(text);
  if (!header.ok) return fail(header.message, [{ path: '', message: header.message }]);
  const doc = header.doc;
  const rejected: DataIssue[] = Object.keys(doc)
    .filter((key) => !KNOWN_FIELDS.includes(key))
    .map((key) => ({ path: key, message: 'unknown field; ignored' }));

  const follows = validateFollows(doc.follows);
  const corrections = validateCorrections(doc.corrections);
  let settings: Validated<Settings> | undefined;
  let secrets: Validated<Secrets> | undefined;
  // The current data is read inside the store's write queue, so a follow or correction made
  // while the file is read is merged, not overwritten.
  const saved = await store.transact((current) => {
    const base = opts.mode === 'merge' ? current.settings : DEFAULT_SETTINGS;
    settings = validateSettings(doc.settings, base, { strict: true });
    secrets = validateSecrets(doc.secrets, { strict: true });
    rejected.push(...settings.issues, ...secrets.issues, ...follows.issues, ...corrections.issues);
    if (opts.mode === 'replace' && rejected.length > 0) return { ok: false, message: 'rejected items' };
    const parts: Partial<UserData> = {};
    if (doc.settings !== undefined) parts.settings = settings.value;
    if (doc.secrets !== undefined)
      parts.secrets = opts.mode === 'merge' ? { ...current.secrets, ...secrets.value } : secrets.value;
    if (doc.follows !== undefined)
      parts.follows = opts.mode === 'merge' ? mergeFollows(current.follows, follows.value) : follows.value;
    if (doc.corrections !== undefined) {
      parts.corrections =
        opts.mode === 'merge' ? mergeCorrections(current.corrections, corrections.value) : corrections.value;
    }
    return { ok: true, value: true, parts };
  });
  if (!saved.ok && opts.mode === 'replace' && rejected.length > 0) {
    return fail(
      `Nothing imported: the file has ${plural(rejected.length, 'problem')}. Fix it, or import in merge mode to keep the valid parts.`,
      rejected,
    );
  }
  if (!saved.ok || !settings || !secrets)
    return fail(`Nothing imported: ${saved.ok ? 'no data' : saved.message}`, rejected);

  imported.settings = settings.accepted;
  imported.secrets = secrets.accepted;
  imported.follows = Object.keys(follows.value).length;
  imported.mentionCorrections = Object.keys(corrections.value.mentions).length;
  imported.homepages = Object.keys(corrections.value.homepages).length;
  const counts = `${plural(imported.follows, 'follow')}, ${plural(imported.mentionCorrections + imported.homepages, 'correction')}`;
  const skipped = rejected.length > 0 ? `; ${plural(rejected.length, 'item')} rejected` : '';
  return {
    ok: true,
    message: `Imported ${counts}${imported.settings.length > 0 ? ' and settings' : ''}${skipped}.`,
    imported,
    rejected,
  };
}

function checkHeader(text: string): { ok: true; doc: Record<string, unknown> } | { ok: false; message: string } {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, message: 'The file is too large to be a Byline export.' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  if (!isRecord(doc)) return { ok: false, message: 'The file is not a Byline export (expected a JSON object).' };
  if (doc.format !== EXPORT_FORMAT)
    return { ok: false, message: `The file is not a Byline export (format should be "${EXPORT_FORMAT}").` };
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    return { ok: false, message: 'The export has no valid version number.' };
  }
  if (doc.version > USER_DATA_VERSION) {
    return {
      ok: false,
      message: `The export was made by a newer Byline (data version ${doc.version}); update Byline first.`,
    };
  }
  if (typeof doc.exportedAt !== 'string' || Number.isNaN(Date.parse(doc.exportedAt))) {
    return { ok: false, message: 'The export has no valid exportedAt date.' };
  }
  return { ok: true, doc };
}

/** The report of an import refused before its file was read. */
export function refusedImport(message: string): ImportReport {
  return {
    ok: false,
    message,
    imported: { settings: [], secrets: [], follows: 0, mentionCorrections: 0, homepages: 0 },
    rejected: [{ path: '', message }],
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
