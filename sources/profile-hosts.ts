/**
 * The one list of sites whose pages are profiles or identifiers of a researcher, never their
 * own homepage. dblp and ORCID records list such pages beside (or instead of) a homepage:
 * an ACM author page, zbMATH, the Mathematics Genealogy Project, MathSciNet, Google Scholar.
 * Both the dblp reader (`dblp-person-xml.ts`) and the homepage finder
 * (`profiles/find-homepage.ts`) ask `isProfileUrl`, so a page is never taken for a homepage
 * by one and not the other.
 *
 * `github.com` is a profile; `<user>.github.io` is a homepage, so hosts match exactly or as a
 * parent domain, never by substring.
 */

/** Host names (and their subdomains) that serve profiles. `scholar.google.` covers every country domain. */
const PROFILE_HOSTS = [
  // Scholarly profiles and identifier registries.
  'scholar.google.',
  'orcid.org',
  'dblp.org',
  'dblp.uni-trier.de',
  'dblp.dagstuhl.de',
  'semanticscholar.org',
  'openreview.net',
  'researchgate.net',
  'academia.edu',
  'dl.acm.org',
  'ieeexplore.ieee.org',
  'zbmath.org',
  'mathscinet.ams.org',
  'mathgenealogy.org',
  'genealogy.math.ndsu.nodak.edu',
  'scopus.com',
  'webofscience.com',
  'publons.com',
  'openalex.org',
  'aclanthology.org',
  'arxiv.org',
  'ssrn.com',
  'inspirehep.net',
  'adsabs.harvard.edu',
  'ui.adsabs.harvard.edu',
  'loop.frontiersin.org',
  // Library authority files.
  'wikidata.org',
  'd-nb.info',
  'viaf.org',
  'isni.org',
  'id.loc.gov',
  // Code and model hosting: an account page, not a homepage (github.io pages are homepages).
  'github.com',
  'gitlab.com',
  'huggingface.co',
  'kaggle.com',
  // Encyclopedias and social networks.
  'wikipedia.org',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'bsky.app',
  'mastodon.social',
  'threads.net',
  'facebook.com',
  'instagram.com',
  'youtube.com',
  'zhihu.com',
  'weibo.com',
];

/** Profile pages on hosts that also serve other things: `host/path-prefix`. */
const PROFILE_PATHS = ['www.ams.org/mathscinet', 'ams.org/mathscinet', 'www.genealogy.ams.org/id.php'];

/** Whether a host name serves researcher profiles (`github.com` yes, `pzs19.github.io` no). */
export function isProfileHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return PROFILE_HOSTS.some((p) =>
    p.endsWith('.') ? host.startsWith(p) || host.includes(`.${p}`) : host === p || host.endsWith(`.${p}`),
  );
}

/** Whether a URL is a profile page rather than a homepage; anything unparseable or not http(s) counts as one. */
export function isProfileUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return true;
  if (isProfileHost(parsed.hostname)) return true;
  const hostPath = `${parsed.hostname.toLowerCase()}${parsed.pathname}`;
  return PROFILE_PATHS.some((p) => hostPath.startsWith(p));
}
