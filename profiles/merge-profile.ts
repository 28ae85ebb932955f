import type { HomepageCard } from '../homepage/homepage-card';
import type { S2Author } from '../sources/semantic-scholar';
import { ownerAgrees, type HomepageFinding } from './find-homepage';
import type { LinkKind, PaperEntry, ResearcherProfile, SourceId, Sourced } from './profile';
import type { Identity } from './resolve-identity';

/** What the sources said about one person, gathered before merging. */
export interface ProfileParts {
  identity: Identity;
  s2Author?: Sourced<S2Author>;
  homepage: HomepageFinding;
  papers: PaperEntry[];
  totalStars?: Sourced<number>;
  now: number;
}

const HOMEPAGE_LINKS: LinkKind[] = ['scholar', 'github', 'orcid', 'dblp', 'openreview', 'twitter', 'email'];

/**
 * Merges sources into one record, each field with its source and time. The homepage wins for
 * what only a person can write (position, advisor, interests, news, photo); the APIs give
 * metrics and paper lists; a homepage whose owner is not the matched person is ignored.
 */
export function mergeProfile(parts: ProfileParts, nameScore: (a: string, b: string) => number): ResearcherProfile {
  const { identity, now } = parts;
  const s2 = parts.s2Author;
  const hp =
    parts.homepage.card &&
    (parts.homepage.url?.source === 'user' || ownerAgrees(parts.homepage.card.value, identity.name, nameScore))
      ? parts.homepage.card
      : undefined;
  const card = hp?.value;
  const fromHp = <T>(value: T | null | undefined): Sourced<T> | undefined =>
    value !== null && value !== undefined && (!Array.isArray(value) || value.length)
      ? { value, source: 'homepage', fetchedAt: hp!.fetchedAt }
      : undefined;
  const fromS2 = <T>(value: T | undefined): Sourced<T> | undefined =>
    value !== undefined && s2 ? { value, source: s2.source, fetchedAt: s2.fetchedAt } : undefined;

  const profile: ResearcherProfile = {
    key: identity.key,
    name: fromHp(card?.name) ??
      fromS2(s2?.value.name) ?? {
        value: identity.name,
        source: nameSource(identity),
        fetchedAt: identity.openAlexAuthor?.fetchedAt ?? now,
      },
    links: {},
    papers: parts.papers,
    ids: {},
  };
  const set = <K extends keyof ResearcherProfile>(key: K, value: ResearcherProfile[K] | undefined) => {
    if (value !== undefined) profile[key] = value;
  };
  set('nativeName', fromHp(card?.nativeName));
  set('photo', fromHp(card?.photo));
  set('position', fromHp(card?.position));
  const dblpAffiliation = parts.homepage.dblp?.value.affiliations.find((a) => !a.label)?.text;
  set(
    'affiliation',
    fromHp(card?.affiliation) ??
      fromS2(s2?.value.affiliations[0]) ??
      (dblpAffiliation && parts.homepage.dblp
        ? { value: dblpAffiliation, source: 'dblp', fetchedAt: parts.homepage.dblp.fetchedAt }
        : undefined),
  );
  set('advisors', fromHp(card?.advisors.map((a) => (a.url ? { name: a.name, url: a.url } : { name: a.name }))));
  set('interests', fromHp(card?.interests));
  set('location', fromHp(card?.location));
  set(
    'news',
    fromHp(
      card?.news
        .filter((n) => !n.old)
        .map((n) => ({ ...(n.date ? { date: n.date } : {}), text: n.text, links: n.links.map((l) => l.url) })),
    ),
  );
  set('totalStars', parts.totalStars);

  if (s2) {
    const { citationCount, hIndex, paperCount } = s2.value;
    if (citationCount !== undefined || hIndex !== undefined || paperCount !== undefined) {
      profile.metrics = {
        value: {
          ...(citationCount !== undefined ? { citations: citationCount } : {}),
          ...(hIndex !== undefined ? { hIndex } : {}),
          ...(paperCount !== undefined ? { paperCount } : {}),
        },
        source: s2.source,
        fetchedAt: s2.fetchedAt,
      };
    }
    if (s2.value.authorId) profile.ids.s2 = s2.value.authorId;
    if (s2.value.url)
      profile.links['semantic-scholar'] = { value: s2.value.url, source: 'semantic-scholar', fetchedAt: s2.fetchedAt };
    if (s2.value.orcid) profile.ids.orcid = s2.value.orcid;
  }
  if (parts.homepage.url) profile.links.homepage = parts.homepage.url;
  for (const kind of HOMEPAGE_LINKS) {
    const url = card?.links[kind as keyof HomepageCard['links']];
    if (url) profile.links[kind] = { value: url, source: 'homepage', fetchedAt: hp!.fetchedAt };
  }
  const dblp = parts.homepage.dblp;
  if (dblp) {
    profile.ids.dblp = dblp.value.pid;
    profile.links.dblp ??= {
      value: `https://dblp.org/pid/${dblp.value.pid}.html`,
      source: 'dblp',
      fetchedAt: dblp.fetchedAt,
    };
  }
  const orcid = profile.ids.orcid ?? parts.homepage.orcid;
  if (orcid) {
    profile.ids.orcid = orcid;
    profile.links.orcid ??= {
      value: `https://orcid.org/${orcid}`,
      source: s2?.value.orcid ? 'semantic-scholar' : 'dblp',
      fetchedAt: now,
    };
  }
  const oa = identity.openAlexAuthor;
  if (oa) {
    profile.ids.openalex = oa.value.id;
    const { citedByCount, hIndex, worksCount } = oa.value;
    profile.metrics ??= {
      value: {
        ...(citedByCount !== undefined ? { citations: citedByCount } : {}),
        ...(hIndex !== undefined ? { hIndex } : {}),
        ...(worksCount !== undefined ? { paperCount: worksCount } : {}),
      },
      source: 'openalex',
      fetchedAt: oa.fetchedAt,
    };
    const institution = oa.value.lastKnownInstitutions[0]?.name;
    if (institution) profile.affiliation ??= { value: institution, source: 'openalex', fetchedAt: oa.fetchedAt };
    if (oa.value.topics.length)
      profile.interests ??= {
        value: oa.value.topics.slice(0, 5).map((t) => t.name),
        source: 'openalex',
        fetchedAt: oa.fetchedAt,
      };
  }
  if (identity.key.startsWith('acl:')) profile.ids.acl = identity.key.slice(4);
  return profile;
}

/** The source that issues each kind of researcher key (`s2:<authorId>`, `acl:<personId>`, …). */
const KEY_ISSUERS: Readonly<Record<string, SourceId>> = {
  s2: 'semantic-scholar',
  acl: 'acl-anthology',
  openalex: 'openalex',
  dblp: 'dblp',
};

/** Where the name of a person known by key only came from: the source that issued the key. */
function nameSource(identity: Identity): SourceId {
  if (identity.match.method === 'correction') return 'user';
  const prefix = identity.key.split(':', 1)[0] ?? '';
  return Object.hasOwn(KEY_ISSUERS, prefix) ? (KEY_ISSUERS[prefix] as SourceId) : 'semantic-scholar';
}
