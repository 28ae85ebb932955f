import type { HomepageCard } from '../homepage/homepage-card';
import { fetchDblpPerson, searchDblpAuthors, type DblpPerson } from '../sources/dblp';
import { fetchOrcidResearcherUrls } from '../sources/orcid';
import { isProfileUrl } from '../sources/profile-hosts';
import { cachedFetch, problemFrom } from './cached-fetch';
import { isDblpHits, isDblpPerson, isHomepageCard, isOrcidUrls } from './cached-shapes';
import type { Identity } from './resolve-identity';
import type { LookupEnv } from './lookup-env';
import type { SourceId, SourceProblem, Sourced } from './profile';

/** The homepage Byline read for a researcher, and what else it learned on the way. */
export interface HomepageFinding {
  url?: Sourced<string>;
  card?: Sourced<HomepageCard>;
  dblp?: Sourced<DblpPerson>;
  orcid?: string;
}

/**
 * Finds and reads the researcher's homepage: the one the user set always wins, then the one
 * Semantic Scholar, DBLP or ORCID lists. Reading an origin Byline has no permission for is
 * never done silently: the card gets a "permission needed" line with a button instead.
 */
export async function findHomepage(
  identity: Identity,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<HomepageFinding> {
  const settings = await env.user.getSettings();
  const found: HomepageFinding = {};
  const override = (await env.user.getCorrections()).homepages[identity.key];
  const candidates: { url: string; source: SourceId; at: number }[] = [];
  if (override) candidates.push({ url: override.url, source: 'user', at: override.at });
  const s2 = identity.s2Author;
  if (s2?.homepage) candidates.push({ url: s2.homepage, source: 'semantic-scholar', at: env.now() });
  found.orcid = s2?.orcid ?? identity.openAlexAuthor?.value.orcid;

  // S2 names the person's dblp record exactly; without S2, the printed name must find just one.
  const dblpName = s2?.dblpNames[0] ?? (s2 ? undefined : identity.name);
  // A profile page (GitHub, Scholar) from S2 is not a homepage: dblp may still know the real one.
  if (!candidates.some(isHomepage) && settings.sources.dblp && dblpName) {
    const person = await findDblpPerson(dblpName, env, problems);
    if (person) {
      found.dblp = person;
      found.orcid ??= person.value.orcid;
      for (const url of person.value.urls) candidates.push({ url, source: 'dblp', at: person.fetchedAt });
    }
  }
  if (!candidates.some(isHomepage) && settings.sources.orcid && found.orcid) {
    const orcid = found.orcid;
    const urls = await cachedFetch(
      env,
      'orcid',
      `urls:${orcid}`,
      () => fetchOrcidResearcherUrls(env.net, orcid),
      isOrcidUrls,
    );
    if (urls.ok) for (const u of urls.data ?? []) candidates.push({ url: u.url, source: 'orcid', at: urls.storedAt });
    else problems.push(problemFrom('orcid', urls, 'ORCID'));
  }

  const chosen = candidates.find(isHomepage);
  if (!chosen) return found;
  const url: Sourced<string> = { value: chosen.url, source: chosen.source, fetchedAt: chosen.at };
  if (!settings.sources.homepage) return { ...found, url };
  const card = await readHomepageAt(chosen.url, env, problems);
  // A listed homepage that belongs to someone else (a student's page on an advisor's profile)
  // would bring that person's papers and links: drop it. One the user set is always theirs.
  if (card && chosen.source !== 'user' && !ownerAgrees(card.value, identity.name, env.nameScore)) return found;
  return { ...found, url, ...(card ? { card } : {}) };
}

/** Whether a homepage's owner, when the page names one, is the person matched. */
export function ownerAgrees(card: HomepageCard, name: string, nameScore: (a: string, b: string) => number): boolean {
  return !card.name || nameScore(card.name, name) >= OWNER_AGREES;
}

/** Initials agree ("H. Zhao" and "H. Vicky Zhao"): a homepage prints its owner's name in full. */
const OWNER_AGREES = 0.55;

/** Profile pages (Scholar, ACM, zbMATH, GitHub…) are never read as a homepage: one list, `sources/profile-hosts.ts`. */
function isHomepage(c: { url: string }): boolean {
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
    problems.push(problemFrom('dblp', hits, 'DBLP'));
    return undefined;
  }
  const hit =
    (hits.data ?? []).find((h) => h.name === dblpName) ?? (hits.data?.length === 1 ? hits.data[0] : undefined);
  if (!hit) return undefined;
  const person = await cachedFetch(env, 'dblp-person', hit.pid, () => fetchDblpPerson(env.net, hit.pid), isDblpPerson);
  if (!person.ok) {
    problems.push(problemFrom('dblp', person, 'DBLP'));
    return undefined;
  }
  if (!person.data || person.data.disambiguation) return undefined;
  return { value: person.data, source: 'dblp', fetchedAt: person.storedAt };
}

/** Reads one homepage through the permission check, the cache and the homepage reader. */
async function readHomepageAt(
  url: string,
  env: LookupEnv,
  problems: SourceProblem[],
): Promise<Sourced<HomepageCard> | undefined> {
  const origin = originPattern(url);
  if (!(await env.hasOrigin(origin))) {
    problems.push({
      source: 'homepage',
      kind: 'permission-needed',
      origin,
      message: `Byline needs your permission to read ${new URL(url).host}.`,
    });
    return undefined;
  }
  const res = await cachedFetch(
    env,
    'homepage',
    url,
    async () => {
      const page = await env.net.fetchText({ url, maxBytes: 2_000_000, headers: { accept: 'text/html' } });
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
    problems.push(problemFrom('homepage', res, `The homepage ${new URL(url).host}`));
    return undefined;
  }
  return res.data ? { value: res.data, source: 'homepage', fetchedAt: res.storedAt } : undefined;
}

/** `https://pzs19.github.io/about/` → `https://pzs19.github.io/*`, the pattern permissions use. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
