/**
 * The owner's profile links and ids. They are read from the owner's profile block only: news
 * items link co-authors' Scholar profiles (Wei Wu's `0aDsRecAAAAJ` on the founding homepage,
 * docs/homepages.md §6), and a second Scholar id in the profile block is reported.
 */
import type { CardWarning, ProfileIds, ProfileLinks } from './homepage-card';
import { cleanText } from './clean-text';
import { parseGithubUser } from '../domain/github';
import { safeUrl } from '../domain/safe-url';

type Kind = keyof ProfileIds;

/** How each profile link is recognised and rewritten to a canonical URL (data, one row per site). */
const PROFILE_PATTERNS: readonly { kind: Kind; re: RegExp; canonical: (id: string) => string }[] = [
  {
    kind: 'scholar',
    re: /^https?:\/\/scholar\.google\.[a-z.]+\/citations\?(?:[^#]*&)?user=([\w-]{12})/i,
    canonical: (id) => `https://scholar.google.com/citations?user=${id}`,
  },
  {
    kind: 'orcid',
    re: /^https?:\/\/(?:www\.)?orcid\.org\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/i,
    canonical: (id) => `https://orcid.org/${id}`,
  },
  {
    kind: 'dblp',
    re: /^https?:\/\/dblp\.(?:org|uni-trier\.de)\/(?:pid|pers\/hd|pers)\/([\w/.-]+?)(?:\.html)?\/?$/i,
    canonical: (id) => `https://dblp.org/pid/${id}`,
  },
  {
    kind: 'openreview',
    re: /^https?:\/\/openreview\.net\/profile\?(?:[^#]*&)?id=(~[\w.-]+)/i,
    canonical: (id) => `https://openreview.net/profile?id=${id}`,
  },
  {
    kind: 'twitter',
    re: /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?!intent|share|home|search)([A-Za-z0-9_]{1,15})\/?(?:[?#].*)?$/i,
    canonical: (id) => `https://x.com/${id}`,
  },
];

/** Classify one URL as a profile link: its kind, id and canonical URL. */
export function classifyProfileUrl(url: string): { kind: Kind; id: string; url: string } | null {
  if (url.toLowerCase().startsWith('mailto:')) {
    let address = url.slice(7).split('?')[0] ?? '';
    try {
      address = decodeURIComponent(address); // al-folio percent-encodes the address (docs/homepages.md §1.3)
    } catch {
      return null;
    }
    address = cleanText(address, 200).toLowerCase();
    return /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i.test(address)
      ? { kind: 'email', id: address, url: `mailto:${address}` }
      : null;
  }
  const user = parseGithubUser(url);
  if (user) return { kind: 'github', id: user, url: `https://github.com/${user}` };
  for (const { kind, re, canonical } of PROFILE_PATTERNS) {
    const id = re.exec(url)?.[1];
    if (id) return { kind, id, url: canonical(id) };
  }
  return null;
}

/** Profile links and ids found in some roots, first found wins; conflicting Scholar ids are reported. */
export interface ProfileRead {
  links: Omit<ProfileLinks, 'homepage'>;
  ids: ProfileIds;
}

/** Read profile links from the given roots (the owner's profile block, header, social bar). */
export function readProfileLinks(
  roots: readonly (ParentNode | null)[],
  base: string | null,
  warnings: CardWarning[],
): ProfileRead {
  const links: ProfileRead['links'] = {
    scholar: null,
    github: null,
    orcid: null,
    dblp: null,
    openreview: null,
    twitter: null,
    email: null,
  };
  const ids: ProfileIds = {
    scholar: null,
    github: null,
    orcid: null,
    dblp: null,
    openreview: null,
    twitter: null,
    email: null,
  };
  for (const root of roots) {
    if (!root) continue;
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      const url = safeUrl(a.getAttribute('href'), base);
      const found = url ? classifyProfileUrl(url) : null;
      if (!found) continue;
      const known = ids[found.kind];
      if (known === null) {
        ids[found.kind] = found.id;
        links[found.kind] = found.url;
      } else if (found.kind === 'scholar' && known !== found.id) {
        warnings.push({
          kind: 'conflicting-profile-id',
          message: `The profile links two Scholar ids: ${known} and ${found.id}`,
        });
      }
    }
  }
  return { links, ids };
}
