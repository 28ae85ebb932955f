import type { SitePersonId } from '../messaging/types';

/**
 * The person id in an ACL Anthology people link, in all schemes seen (docs/pages.md §2.1):
 * `/people/<id>/` (verified), `/people/<slug>/unverified/`, and the 2019–2024
 * `/people/<letter>/<slug>/` and `/anthology/people/<letter>/<slug>/`, which predate
 * verification and are reported as not verified.
 */
export function parseAclPersonLink(href: string): (SitePersonId & { kind: 'acl' }) | undefined {
  const path = href.replace(/^https?:\/\/(www\.)?(aclanthology\.org|aclweb\.org)/, '');
  // The trailing slash is optional: minified Hugo writes `href=/people/x/>` unquoted, which
  // some parsers read without the final `/`.
  const m = /^(?:\/anthology)?\/people\/(?:([a-z0-9])\/(?=[^/?#]{2,}))?([^/?#]+)(?:\/(unverified))?\/?(?:[?#]|$)/.exec(
    path,
  );
  if (!m?.[2]) return undefined;
  return { kind: 'acl', id: m[2], verified: !m[1] && !m[3] };
}

/** A person id as `paper_params` writes it ("h-hassan/unverified"). */
export function parseAclParamsId(id: string): SitePersonId & { kind: 'acl' } {
  const unverified = id.endsWith('/unverified');
  return { kind: 'acl', id: id.replace(/\/unverified$/, ''), verified: !unverified };
}
