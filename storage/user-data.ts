import { isWebUrl } from '../domain/safe-url';
import { isResearcherKey, validateCorrections, validateFollows } from './follows-validate';
import { isPlausibleSecret, validateSecrets, validateSettings } from './settings-validate';
import { type KeyValueArea, localArea } from './storage-area';
import { type MigrationReport, migrateUserData } from './user-data-migrate';
import {
  type Corrections,
  type DataIssue,
  DEFAULT_SETTINGS,
  type Follow,
  type FollowSnapshot,
  type Follows,
  type Secrets,
  type Settings,
  type SiteId,
  type ToggleableSourceId,
  type UserData,
  USER_DATA_VERSION,
  USER_KEYS,
} from './user-data-schema';

export * from './user-data-schema';

/** Where user data lives and what it depends on; everything has a production default. */
export interface UserDataOptions {
  area?: KeyValueArea;
  now?: () => number;
  /** Frees storage (e.g. clears the cache) when a write hits the quota; the write is then retried once. */
  freeSpace?: () => Promise<unknown>;
}

/** A change to settings: any subset of fields, switches included one by one. */
export type SettingsPatch = Partial<Omit<Settings, 'sources' | 'sites'>> & {
  sources?: Partial<Record<ToggleableSourceId, boolean>>;
  sites?: Partial<Record<SiteId, boolean>>;
};

/** A change to secrets: `null` or an empty string removes one. */
export type SecretsPatch = { [K in keyof Secrets]?: string | null };

/** The outcome of a write: the stored value, or why nothing was stored. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Creates the typed accessor for the user's own data (never evicted, never mixed with the cache). */
export function createUserData(options: UserDataOptions = {}) {
  const area = options.area ?? localArea();
  const now = options.now ?? Date.now;
  let migrated: Promise<MigrationReport> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function ready(): Promise<MigrationReport> {
    migrated ??= migrateUserData(area, now()).catch((error: unknown) => {
      migrated = undefined; // try again on the next call rather than stay broken
      throw error;
    });
    return migrated;
  }

  /** Read-modify-write steps run one at a time, so two quick toggles cannot undo each other. */
  function exclusive<R>(task: () => Promise<R>): Promise<R> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function read(): Promise<{ data: UserData; issues: DataIssue[] }> {
    await ready();
    const raw = await area.get(Object.values(USER_KEYS));
    const settings = validateSettings(raw[USER_KEYS.settings], DEFAULT_SETTINGS);
    const secrets = validateSecrets(raw[USER_KEYS.secrets]);
    const follows = validateFollows(raw[USER_KEYS.follows]);
    const corrections = validateCorrections(raw[USER_KEYS.corrections]);
    return {
      data: {
        settings: settings.value,
        secrets: secrets.value,
        follows: follows.value,
        corrections: corrections.value,
      },
      issues: [...settings.issues, ...secrets.issues, ...follows.issues, ...corrections.issues],
    };
  }

  async function write(items: Partial<Record<keyof UserData, unknown>>): Promise<void> {
    const report = await ready();
    const stored: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(items)) stored[USER_KEYS[name as keyof UserData]] = value;
    // Leave a newer Byline's version mark alone, so upgrading again does not re-migrate.
    if (report.from !== 'newer') stored[USER_KEYS.version] = USER_DATA_VERSION;
    try {
      await area.set(stored);
    } catch (error) {
      if (!options.freeSpace) throw error;
      await options.freeSpace();
      await area.set(stored);
    }
  }

  /**
   * Applies `change` to the current data and stores the parts it returns, inside the queue, so
   * nothing written meanwhile is lost. What is written passes the same checks as what is read:
   * a value the next read would drop is refused now, with the reason.
   */
  function transact<T>(
    change: (current: UserData) => WriteResult<T> & { parts?: Partial<UserData> },
  ): Promise<WriteResult<T>> {
    return exclusive(async (): Promise<WriteResult<T>> => {
      const result = change((await read()).data);
      if (!result.ok) return result;
      const parts = result.parts ?? {};
      const problem = writeProblem(parts);
      if (problem) return { ok: false, message: problem };
      try {
        await write(parts);
      } catch (error) {
        return { ok: false, message: `Could not save: ${String(error)}` };
      }
      return { ok: true, value: result.value };
    });
  }

  /** Applies `change` to the current value of one part and stores the result. */
  function update<K extends keyof UserData, T>(
    part: K,
    change: (current: UserData[K]) => WriteResult<T> & { next?: UserData[K] },
  ): Promise<WriteResult<T>> {
    return transact((current) => {
      const result = change(current[part]);
      if (!result.ok) return result;
      return { ok: true, value: result.value, parts: { [part]: result.next ?? current[part] } };
    });
  }

  return {
    /** Runs any pending migration; resolves with what it found. */
    migrate: ready,
    /** All user data, validated, with any issues found while reading. */
    load: read,
    /** Current settings (defaults for anything missing or damaged). */
    getSettings: async (): Promise<Settings> => (await read()).data.settings,
    /** Changes some settings; invalid values are refused as a whole, with the reason. */
    updateSettings(patch: SettingsPatch): Promise<WriteResult<Settings>> {
      return update('settings', (current) => {
        const checked = validateSettings(patch, current, { strict: true });
        if (checked.issues.length > 0)
          return { ok: false, message: checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
        return { ok: true, value: checked.value, next: checked.value };
      });
    },
    /** The optional GitHub token and Semantic Scholar key. */
    getSecrets: async (): Promise<Secrets> => (await read()).data.secrets,
    /** Sets secrets; `null` or an empty string removes one. */
    updateSecrets(patch: SecretsPatch): Promise<WriteResult<Secrets>> {
      return update('secrets', (current) => {
        const next: Secrets = { ...current };
        for (const [field, given] of Object.entries(patch) as Array<[keyof Secrets, string | null | undefined]>) {
          if (given === undefined) continue;
          const trimmed = given?.trim() ?? '';
          if (trimmed === '') delete next[field];
          else if (isPlausibleSecret(trimmed)) next[field] = trimmed;
          else return { ok: false, message: `${field}: not a valid token (printable characters, no spaces)` };
        }
        return { ok: true, value: next, next };
      });
    },
    /** Followed researchers by key. */
    getFollows: async (): Promise<Follows> => (await read()).data.follows,
    /** Follows a researcher (again following keeps the original date). */
    follow(key: string, name: string, snapshot?: FollowSnapshot): Promise<WriteResult<Follow>> {
      return update('follows', (current) => {
        if (!isResearcherKey(key) || name.trim() === '')
          return { ok: false, message: 'A researcher key and a name are needed.' };
        const t = now();
        const old = current[key];
        const follow: Follow = { name: name.trim(), followedAt: old?.followedAt ?? t, lastSeenAt: t };
        if (snapshot ?? old?.snapshot) follow.snapshot = snapshot ?? old?.snapshot;
        return { ok: true, value: follow, next: { ...current, [key]: follow } };
      });
    },
    /** Stops following. */
    unfollow(key: string): Promise<WriteResult<boolean>> {
      return update('follows', (current) => {
        const { [key]: removed, ...rest } = current;
        return { ok: true, value: removed !== undefined, next: rest };
      });
    },
    /** Records that the user looked at a followed researcher now, with what the card showed. */
    markSeen(key: string, snapshot?: FollowSnapshot): Promise<WriteResult<Follow>> {
      return update('follows', (current) => {
        const old = current[key];
        if (!old) return { ok: false, message: `Not following ${key}.` };
        const follow: Follow = { ...old, lastSeenAt: now(), ...(snapshot && { snapshot }) };
        return { ok: true, value: follow, next: { ...current, [key]: follow } };
      });
    },
    /** Every correction the user made. */
    getCorrections: async (): Promise<Corrections> => (await read()).data.corrections,
    /** Records "not this person" or the right researcher for one mention context; `null` removes it. */
    correctMention(
      contextKey: string,
      choice: 'not-this-person' | { researcherKey: string } | null,
    ): Promise<WriteResult<Corrections>> {
      return update('corrections', (current) => {
        const mentions = { ...current.mentions };
        if (choice === null) delete mentions[contextKey];
        else if (choice === 'not-this-person') mentions[contextKey] = { choice, at: now() };
        else if (isResearcherKey(choice.researcherKey))
          mentions[contextKey] = { choice: 'researcher', researcherKey: choice.researcherKey, at: now() };
        else return { ok: false, message: `${choice.researcherKey} is not a researcher key.` };
        const next = { ...current, mentions };
        return { ok: true, value: next, next };
      });
    },
    /** Sets the homepage of a researcher by hand (it wins over discovered ones); `null` removes it. */
    setHomepage(researcherKey: string, url: string | null): Promise<WriteResult<Corrections>> {
      return update('corrections', (current) => {
        const homepages = { ...current.homepages };
        if (url === null) delete homepages[researcherKey];
        else if (!isResearcherKey(researcherKey))
          return { ok: false, message: `${researcherKey} is not a researcher key.` };
        else if (isWebUrl(url.trim())) homepages[researcherKey] = { url: url.trim(), at: now() };
        else return { ok: false, message: 'A homepage must be an http:// or https:// address.' };
        const next = { ...current, homepages };
        return { ok: true, value: next, next };
      });
    },
    /** Writes whole parts at once (one atomic storage write). */
    replace(parts: Partial<UserData>): Promise<WriteResult<true>> {
      return transact(() => ({ ok: true, value: true, parts }));
    },
    /** Reads the current data and writes what `change` makes of it, in the queue (an import). */
    transact,
  };
}

/** Why `parts` must not be stored (the read-time checks would drop something), or undefined. */
function writeProblem(parts: Partial<UserData>): string | undefined {
  const issues: DataIssue[] = [];
  if (parts.settings !== undefined) issues.push(...validateSettings(parts.settings, DEFAULT_SETTINGS).issues);
  if (parts.secrets !== undefined) issues.push(...validateSecrets(parts.secrets).issues);
  if (parts.follows !== undefined) issues.push(...validateFollows(parts.follows).issues);
  if (parts.corrections !== undefined) issues.push(...validateCorrections(parts.corrections).issues);
  const [first] = issues;
  return first ? `Not saved: ${first.path}: ${first.message}` : undefined;
}

/** The user's own data. */
export type UserDataStore = ReturnType<typeof createUserData>;
