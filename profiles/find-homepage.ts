import type { HomepageCard } from '../homepage/homepage-card';
import type { OpenReviewProfile } from '../sources/openreview';
import { fetchDblpPerson, searchDblpAuthors, type DblpPerson } from '../sources/dblp';
import { fetchOrcidResearcherUrls } from '../sources/orcid';
import type { RedirectPolicy } from '../net/net-client';
import { isPrivateHost } from '../net/private-address';
import { isProfileUrl } from '../sources/profile-hosts';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isDblpHits, isDblpPerson, isHomepageCard, isOrcidUrls } from './cached-shapes';
import { checkHomepage, OWNER_AGREES, type KnownPaper } from './homepage-check';
import type { Identity } from './resolve-identity';
import type { LookupEnv } from './lookup-env';
import type { SourceId, SourceProblem, Sourced } from './profile';
import type { Settings } from '../storage/user-data';

/** The homepage Byline read for a researcher, and what else it learned on the way. */
export interface HomepageFinding {
  url?: Sourced<string>;
  card?: Sourced<HomepageCard>;
  dblp?: Sourced<DblpPerson>;
  orcid?: string;
  /** Extra facts a discovery step learned (an OpenReview profile, a GitHub account). */
  extras: HomepageExtras;
}

/** What discovery steps other than dblp learn on the way; filled by the steps that know them. */
export interface HomepageExtras {
  /** `https://github.com/<login>` of the account whose profile gave the homepage. */
  github?: Sourced<string>;
  /** The person's OpenReview profile, confirmed to be theirs. */
  openReview?: Sourced<OpenReviewProfile>;
}

/** A URL a source lists as the person's homepage, with where it came from. */
export interface HomepageCandidate {
  url: string;
  source: SourceId;
  at: number;
  /** How the source knew it, for the card: "GitHub profile of pzs19". */
  note?: string;
  /** Set by the step when it vouches for the person (a user-set homepage needs no check). */
  trusted?: boolean;
  /** Facts that come with this candidate when it is the one chosen. */
  extras?: HomepageExtras;
}

/** What the discovery steps know about the person before any homepage is read. */
export interface HomepageContext {
  identity: Identity;
  /** Papers known to be theirs: a listed homepage must carry one of them when it lists papers. */
  papers: KnownPaper[];
  /** ORCID iDs any source gave for this person (S2, OpenAlex, OpenReview, the ACL Anthology). */
  orcids: string[];
  /** GitHub repositories the page links for its paper (the arXiv abstract's comments). */
  pageCode: string[];
  /** arXiv ids of the person's papers, first-authored ones first. */
  arxivPapers: string[];
  settings: Settings;
}

/**
 * One source of candidates, asked only when the ones before it gave no usable homepage.
 * It may add to `ctx.orcids` for the steps after it.
 */
export type DiscoveryStep = (
  ctx: HomepageContext,
  env: LookupEnv,
  found: HomepageFinding,
  problems: SourceProblem[],
) => Promise<HomepageCandidate[]>;

/** Homepages read per card at most: each is one request to a site Byline does not know. */
const MAX_READS = 3;

/**
 * Finds and reads the researcher's homepage. Sources are asked in order of trust, each only
 * when the ones before gave nothing usable: the one the user set, then Semantic Scholar's,
 * then the given steps (OpenReview, GitHub, ORCID, dblp). A homepage a source lists is used
 * only once the page itself agrees it is this person's (`homepage-check.ts`); the card says
 * which source led to it. Reading an origin Byline has no permission for is never done
 * silently: the card gets a "permission needed" line with a button instead.
 */
export async function findHomepage(
  ctx: HomepageContext,
  env: LookupEnv,
  problems: SourceProblem[],
  steps: DiscoveryStep[] = [orcidStep, dblpStep],
  /** `direct: false`: the user's and Semantic Scholar's homepages were tried already; only the steps run. */
  { direct = true }: { direct?: boolean } = {},
): Promise<HomepageFinding> {
  const { identity, settings } = ctx;
  const found: HomepageFinding = { extras: {} };
  const s2 = identity.s2Author;
  for (const orcid of [s2?.orcid, identity.openAlexAuthor?.value.orcid]) if (orcid) addOrcid(ctx, orcid);
  found.orcid = ctx.orcids[0];

  const override = (await env.user.getCorrections()).homepages[identity.key];
  const first: HomepageCandidate[] = [];
  if (override) first.push({ url: override.url, source: 'user', at: override.at, trusted: true });
  if (s2?.homepage) first.push({ url: s2.homepage, source: 'semantic-scholar', at: env.now() });

  const tried = new Set<string>();
  let reads = 0;
  let waiting: HomepageFinding | undefined; // a homepage Byline may not read yet
  const consider = async (candidates: HomepageCandidate[]): Promise<HomepageFinding | undefined> => {
    for (const c of candidates) {
      if (!isHomepage(c) || tried.has(c.url) || reads >= MAX_READS) continue;
      tried.add(c.url);
      const url: Sourced<string> = {
        value: c.url,
        source: c.source,
        fetchedAt: c.at,
        ...(c.note ? { note: c.note } : {}),
      };
      const chosen = { ...found, url, extras: { ...found.extras, ...c.extras } };
      if (!settings.sources.homepage) return chosen;
      reads++;
      const card = await readHomepageAt(c.url, env, problems);
      if (!card) {
        waiting ??= chosen;
        continue;
      }
      // A listed homepage that belongs to someone else (a student's page on an advisor's
      // profile, a lab page) would bring that person's papers and links: skip it.
      if (c.trusted || checkHomepage(card.value, { name: identity.name, papers: ctx.papers }, env.nameScore).ok)
        return { ...chosen, card };
    }
    return undefined;
  };

  const chosenFirst = direct ? await consider(first) : undefined;
  if (chosenFirst) return chosenFirst;
  for (const step of steps) {
    const candidates = await step(ctx, env, found, problems);
    found.orcid ??= ctx.orcids[0];
    const chosen = await consider(candidates);
    if (chosen)
      return { ...chosen, dblp: found.dblp ?? chosen.dblp, orcid: found.orcid ?? chosen.orcid } as HomepageFinding;
  }
  return waiting
    ? { ...waiting, ...(found.dblp ? { dblp: found.dblp } : {}), ...(found.orcid ? { orcid: found.orcid } : {}) }
    : found;
}

/** Adds an ORCID iD once. */
export function addOrcid(ctx: HomepageContext, orcid: string): void {
  const bare = orcid.replace(/^https?:\/\/orcid\.org\//i, '').toUpperCase();
  if (/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(bare) && !ctx.orcids.includes(bare)) ctx.orcids.push(bare);
}

/** ORCID: the researcher URLs of every iD a source gave (free, and written by the person). */
export const orcidStep: DiscoveryStep = async (ctx, env, _found, problems) => {
  if (!ctx.settings.sources.orcid) return [];
  const out: HomepageCandidate[] = [];
  for (const orcid of ctx.orcids.slice(0, 2)) {
    const urls = await cachedFetch(
      env,
      'orcid',
      `urls:${orcid}`,
      () => fetchOrcidResearcherUrls(env.net, orcid),
      isOrcidUrls,
    );
    if (!urls.ok) {
      problems.push(problemFrom('orcid', urls, 'ORCID'));
      continue;
    }
    for (const u of urls.data ?? [])
      out.push({ url: u.url, source: 'orcid', at: urls.storedAt, note: `ORCID record ${orcid}` });
  }
  return out;
};

/** dblp: S2 names the person's dblp record exactly; without S2, the printed name must find just one. */
export const dblpStep: DiscoveryStep = async (ctx, env, found, problems) => {
  const s2 = ctx.identity.s2Author;
  const dblpName = s2?.dblpNames[0] ?? (s2 ? undefined : ctx.identity.name);
  if (!ctx.settings.sources.dblp || !dblpName) return [];
  const person = await findDblpPerson(dblpName, env, problems);
  if (!person) return [];
  found.dblp = person;
  if (person.value.orcid) addOrcid(ctx, person.value.orcid);
  return person.value.urls.map((url) => ({ url, source: 'dblp' as const, at: person.fetchedAt }));
};

/** Whether a homepage's owner, when the page names one, is the person matched. */
export function ownerAgrees(card: HomepageCard, name: string, nameScore: (a: string, b: string) => number): boolean {
  return !card.name || nameScore(card.name, name) >= OWNER_AGREES;
}

/** Profile pages (Scholar, ACM, zbMATH, GitHub…) are never read as a homepage: one list, `sources/profile-hosts.ts`. */
export function isHomepage(c: { url: string }): boolean {
  return !isProfileUrl(c.url);
}

/** The dblp person behind a disambiguated name ("Qiang Liu 0034"): one search, one record. */
async function findDblpPerson(
  dblpName: string,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Sourced<DblpPerson> | undefined> {
  const hits = await cachedFetch(
    env,
    'dblp-person',
    `search:${dblpName}`,
    () => searchDblpAuthors(env.net, dblpName, { exact: true, limit: 5 }),
    isDblpHits,
  );
  if (!hits.ok) {
    problems.push(problemFrom('dblp', hits));
    return undefined;
  }
  const hit =
    (hits.data ?? []).find((h) => h.name === dblpName) ?? (hits.data?.length === 1 ? hits.data[0] : undefined);
  if (!hit) return undefined;
  const person = await cachedFetch(env, 'dblp-person', hit.pid, () => fetchDblpPerson(env.net, hit.pid), isDblpPerson);
  if (!person.ok) {
    problems.push(problemFrom('dblp', person));
    return undefined;
  }
  if (!person.data || person.data.disambiguation) return undefined;
  return { value: person.data, source: 'dblp', fetchedAt: person.storedAt };
}

/** Redirects a homepage may take before Byline gives up (http→https, a moved page, a trailing slash). */
const MAX_HOMEPAGE_HOPS = 5;

/** Reads one homepage through the permission check, the cache and the homepage reader. */
async function readHomepageAt(
  url: string,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Sourced<HomepageCard> | undefined> {
  const target = new URL(url);
  const host = target.host;
  const unreadable = notReadable(target, env);
  if (unreadable) {
    // No "Allow reading" button: no permission makes these safe to read.
    problems.push({ source: 'homepage', kind: 'unavailable', message: `Byline does not read ${host}: ${unreadable}` });
    return undefined;
  }
  const origin = originPattern(url);
  if (!(await env.hasOrigin(origin))) {
    problems.push({
      source: 'homepage',
      kind: 'permission-needed',
      origin,
      message: `Byline needs your permission to read ${host}.`,
    });
    return undefined;
  }
  const redirects: RedirectPolicy = {
    maxHops: MAX_HOMEPAGE_HOPS,
    check: async (next) => {
      const why = notReadable(next, env);
      if (why) return why;
      return (await env.hasOrigin(originPattern(next.href)))
        ? undefined
        : `Byline has no permission to read ${next.host}.`;
    },
  };
  const refused = await env.cache.peek('homepage-unreadable', url, isUnreadable).catch(() => undefined);
  if (refused) {
    problems.push(unreadableProblem(host, refused.value));
    return undefined;
  }
  const res = await cachedFetch(
    env,
    'homepage',
    url,
    async () => {
      // One attempt only: a homepage that does not answer is not asked again and again.
      const page = await env.net.fetchText({
        url,
        maxBytes: 2_000_000,
        headers: { accept: 'text/html' },
        retries: 0,
        redirects,
      });
      if (!page.ok) return page;
      const read = env.readHomepage(page.data, url);
      return read.ok
        ? { ok: true as const, data: read.card }
        : {
            ok: false as const,
            kind: read.reason === 'too-large' ? ('too-large' as const) : ('malformed' as const),
            message: read.message,
          };
    },
    isHomepageCard,
  );
  if (!res.ok) {
    if (res.kind === 'too-large' || res.kind === 'malformed' || res.kind === 'refused') {
      const unreadable: Unreadable = { kind: res.kind, message: res.message.slice(0, 300) };
      await env.cache.set('homepage-unreadable', url, unreadable).catch(() => undefined);
      problems.push(unreadableProblem(host, unreadable));
    } else problems.push(problemFrom('homepage', res, `The homepage ${host}`));
    return undefined;
  }
  return res.data ? { value: res.data, source: 'homepage', fetchedAt: res.storedAt } : undefined;
}

/** Why a homepage was not read, remembered so the next hover does not pay for it again. */
interface Unreadable {
  kind: 'too-large' | 'malformed' | 'refused';
  message: string;
}

function isUnreadable(value: unknown): value is Unreadable {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.kind === 'too-large' || v.kind === 'malformed' || v.kind === 'refused') &&
    typeof v.message === 'string' &&
    v.message.length <= 300
  );
}

function unreadableProblem(host: string, unreadable: Unreadable): SourceProblem {
  if (unreadable.kind === 'malformed')
    return {
      source: 'homepage',
      kind: 'invalid',
      message: `The homepage ${host} could not be read: ${unreadable.message}`,
    };
  return problemFrom('homepage', { ok: false, ...unreadable }, `The homepage ${host}`);
}

/** Why a homepage address is never read, whatever the permissions; undefined when it may be. */
export function notReadable(url: URL, env: Pick<LookupEnv, 'portsInPatterns'>): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'it is not a web address.';
  if (isPrivateHost(url.hostname)) return 'it is an address on this computer or a private network.';
  if (url.port !== '' && env.portsInPatterns === false) return 'this browser cannot limit a permission to one port.';
  return undefined;
}

/**
 * `https://pzs19.github.io/about/` → `https://pzs19.github.io/*`, the pattern permissions use.
 * A non-default port stays in it (`http://example.edu:8080/*`), so allowing one server does
 * not allow every other service on that host.
 */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}/*`;
}
