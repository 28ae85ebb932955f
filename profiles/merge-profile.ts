import type { HomepageCard } from '../homepage/homepage-card';
import type { OpenAlexAuthorship } from '../sources/openalex';
import { openReviewAdvisors } from '../sources/openreview';
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
  /** This person's authorship on the page's paper, on OpenAlex: the institution at that paper. */
  atPaper?: Sourced<OpenAlexAuthorship>;
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
  const or = parts.homepage.extras.openReview;
  const fromOr = <T>(value: T | undefined, note?: string): Sourced<T> | undefined =>
    value !== undefined && or && (!Array.isArray(value) || value.length)
      ? { value, source: 'openreview', fetchedAt: or.fetchedAt, ...(note ? { note } : {}) }
      : undefined;
  const orNow = or?.value.history.find((h) => h.current) ?? or?.value.history[0];
  set(
    'nativeName',
    fromHp(card?.nativeName) ?? fromOr(or?.value.otherNames.find((n) => /[\u3040-\u9fff\uac00-\ud7af]/u.test(n))),
  );
  set('photo', fromHp(card?.photo));
  set('position', fromHp(card?.position) ?? fromOr(orNow?.position));
  const dblpAffiliation = parts.homepage.dblp?.value.affiliations.find((a) => !a.label)?.text;
  // In order of trust: what the person wrote, then where they were when the page's paper came out.
  const institution = parts.atPaper?.value.institutions[0]?.name ?? parts.atPaper?.value.rawAffiliations[0];
  set(
    'affiliation',
    fromHp(card?.affiliation) ??
      fromOr(orNow?.institution, orNow?.startYear ? `since ${orNow.startYear}` : undefined) ??
      (institution && parts.atPaper ? { ...parts.atPaper, value: institution } : undefined) ??
      fromS2(s2?.value.affiliations[0]) ??
      (dblpAffiliation && parts.homepage.dblp
        ? { value: dblpAffiliation, source: 'dblp', fetchedAt: parts.homepage.dblp.fetchedAt }
        : undefined),
  );
  set(
    'advisors',
    fromHp(card?.advisors.map((a) => (a.url ? { name: a.name, url: a.url } : { name: a.name }))) ??
      fromOr(
        or
          ? openReviewAdvisors(or.value).map((a) =>
              a.profileId
                ? { name: a.name, url: `https://openreview.net/profile?id=${encodeURIComponent(a.profileId)}` }
                : { name: a.name },
            )
          : undefined,
      ),
  );
  set('interests', fromHp(card?.interests) ?? fromOr(or?.value.expertise.flatMap((e) => e.keywords).slice(0, 6)));
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
  if (parts.homepage.extras.github) profile.links.github = parts.homepage.extras.github;
  if (or) {
    profile.links.openreview ??= {
      value: `https://openreview.net/profile?id=${encodeURIComponent(or.value.id)}`,
      source: 'openreview',
      fetchedAt: or.fetchedAt,
    };
    const orLinks: [LinkKind, string | undefined][] = [
      ['scholar', or.value.links.scholar],
      ['github', or.value.links.github],
      ['dblp', or.value.links.dblp],
    ];
    for (const [kind, url] of orLinks)
      if (url && !profile.links[kind])
        profile.links[kind] = { value: url, source: 'openreview', fetchedAt: or.fetchedAt };
  }
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
      source: s2?.value.orcid ? 'semantic-scholar' : parts.homepage.dblp?.value.orcid === orcid ? 'dblp' : 'openalex',
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
