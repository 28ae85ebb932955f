import { isWebUrl } from '../domain/safe-url';
import { isNonNegativeNumber, isRecord, isShortString } from '../domain/json-guards';
import type { Validated } from './settings-validate';
import type {
  Corrections,
  DataIssue,
  Follow,
  FollowSnapshot,
  Follows,
  HomepageOverride,
  MentionCorrection,
} from './user-data-schema';

/** Researcher keys look like `s2:2114380531`, `acl:zhuoshi-pan`, `dblp:123/4567`. */
const RESEARCHER_KEY = /^[a-z][a-z0-9-]*:\S{1,200}$/;
/** Bounds an imported or damaged snapshot so a bad file cannot fill storage. */
const MAX_SNAPSHOT_ITEMS = 5000;

/**
 * How many follows and corrections Byline keeps: far more than anyone follows or corrects by
 * hand, few enough that a file or a damaged store cannot fill storage or make the popup ask
 * the APIs thousands of times. The same bound applies when writing and when reading.
 */
export const USER_DATA_LIMITS = { follows: 1_000, mentions: 10_000, homepages: 5_000 } as const;

/** Whether a string is a well-formed researcher key. */
export function isResearcherKey(value: unknown): value is string {
  return typeof value === 'string' && RESEARCHER_KEY.test(value);
}

/** Reads follows one by one: valid ones are kept even when others are damaged. */
export function validateFollows(raw: unknown): Validated<Follows> {
  return validateRecord(raw, 'follows', isResearcherKey, 'not a researcher key', parseFollow, USER_DATA_LIMITS.follows);
}

/** Reads corrections one by one: valid ones are kept even when others are damaged. */
export function validateCorrections(raw: unknown): Validated<Corrections> {
  const issues: DataIssue[] = [];
  const accepted: string[] = [];
  if (raw !== undefined && !isRecord(raw)) issues.push({ path: 'corrections', message: 'not an object; nothing read' });
  const record = isRecord(raw) ? raw : {};
  const mentions = validateRecord(
    record.mentions,
    'corrections.mentions',
    (k) => isShortString(k, 300),
    'not a mention key',
    parseMention,
    USER_DATA_LIMITS.mentions,
  );
  const homepages = validateRecord(
    record.homepages,
    'corrections.homepages',
    isResearcherKey,
    'not a researcher key',
    parseHomepage,
    USER_DATA_LIMITS.homepages,
  );
  if (record.mentions !== undefined) accepted.push('mentions');
  if (record.homepages !== undefined) accepted.push('homepages');
  return {
    value: { mentions: mentions.value, homepages: homepages.value },
    issues: [...issues, ...mentions.issues, ...homepages.issues],
    accepted,
  };
}

type Parsed<T> = { ok: true; value: T; issues?: DataIssue[] } | { ok: false; message: string };

function validateRecord<T>(
  raw: unknown,
  path: string,
  isKey: (key: string) => boolean,
  badKey: string,
  parse: (value: unknown, path: string) => Parsed<T>,
  maxEntries: number,
): Validated<Record<string, T>> {
  const value: Record<string, T> = {};
  const issues: DataIssue[] = [];
  if (raw === undefined) return { value, issues, accepted: [] };
  if (!isRecord(raw)) return { value, issues: [{ path, message: 'not an object; nothing read' }], accepted: [] };
  let kept = 0;
  for (const [key, item] of Object.entries(raw)) {
    if (kept >= maxEntries) {
      issues.push({ path, message: `more than ${maxEntries} entries; the rest dropped` });
      break;
    }
    const itemPath = `${path}[${JSON.stringify(key)}]`;
    if (!isKey(key)) {
      issues.push({ path: itemPath, message: badKey });
      continue;
    }
    const parsed = parse(item, itemPath);
    if (parsed.ok) {
      value[key] = parsed.value;
      kept++;
      issues.push(...(parsed.issues ?? []));
    } else issues.push({ path: itemPath, message: parsed.message });
  }
  return { value, issues, accepted: Object.keys(value) };
}

function parseFollow(raw: unknown, path: string): Parsed<Follow> {
  if (!isRecord(raw)) return { ok: false, message: 'not an object' };
  if (!isShortString(raw.name, 300)) return { ok: false, message: 'name missing or too long' };
  if (!isNonNegativeNumber(raw.followedAt)) return { ok: false, message: 'followedAt must be a time' };
  const lastSeenAt = raw.lastSeenAt === undefined ? raw.followedAt : raw.lastSeenAt;
  if (!isNonNegativeNumber(lastSeenAt)) return { ok: false, message: 'lastSeenAt must be a time' };
  const follow: Follow = { name: raw.name, followedAt: raw.followedAt, lastSeenAt };
  if (raw.snapshot === undefined) return { ok: true, value: follow };
  const snapshot = parseSnapshot(raw.snapshot);
  if (snapshot) follow.snapshot = snapshot;
  // A damaged snapshot only loses the "what's new" baseline, never the follow itself.
  return {
    ok: true,
    value: follow,
    issues: snapshot ? [] : [{ path: `${path}.snapshot`, message: 'damaged; dropped' }],
  };
}

function parseSnapshot(raw: unknown): FollowSnapshot | undefined {
  if (!isRecord(raw) || !isNonNegativeNumber(raw.takenAt)) return undefined;
  const list = (value: unknown) =>
    Array.isArray(value) && value.length <= MAX_SNAPSHOT_ITEMS && value.every((item) => isShortString(item, 500))
      ? (value as string[])
      : undefined;
  const paperIds = list(raw.paperIds);
  const newsKeys = list(raw.newsKeys);
  if (!paperIds || !newsKeys) return undefined;
  const snapshot: FollowSnapshot = { takenAt: raw.takenAt, paperIds: [...paperIds], newsKeys: [...newsKeys] };
  for (const field of ['citations', 'totalStars'] as const) {
    const given = raw[field];
    if (given === undefined) continue;
    if (!isNonNegativeNumber(given)) return undefined;
    snapshot[field] = given;
  }
  return snapshot;
}

function parseMention(raw: unknown): Parsed<MentionCorrection> {
  if (!isRecord(raw) || !isNonNegativeNumber(raw.at)) return { ok: false, message: 'not a correction with a time' };
  if (raw.choice === 'not-this-person') return { ok: true, value: { choice: 'not-this-person', at: raw.at } };
  if (raw.choice === 'researcher' && isResearcherKey(raw.researcherKey)) {
    return { ok: true, value: { choice: 'researcher', researcherKey: raw.researcherKey, at: raw.at } };
  }
  return { ok: false, message: "choice must be 'not-this-person' or a researcher key" };
}

function parseHomepage(raw: unknown): Parsed<HomepageOverride> {
  if (!isRecord(raw) || !isNonNegativeNumber(raw.at)) return { ok: false, message: 'not a homepage with a time' };
  if (!isWebUrl(raw.url)) return { ok: false, message: 'url must be an http(s) address' };
  return { ok: true, value: { url: raw.url, at: raw.at } };
}
