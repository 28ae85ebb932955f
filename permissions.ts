/**
 * Host permissions, in one place so the manifest, the background and the README agree.
 * Each entry says why Byline needs it (README "Permissions" repeats this for users).
 */

/** Public scholarly APIs the background reads; the only hosts Byline contacts by default. */
export const API_HOST_PERMISSIONS = [
  'https://api.semanticscholar.org/*', // authors of a paper, metrics, paper lists
  'https://dblp.org/*', // disambiguated person records, homepage URLs
  'https://api.openalex.org/*', // affiliations and topics
  'https://pub.orcid.org/*', // researcher URLs and employments when an ORCID is known
  'https://api.github.com/*', // star counts of code repositories
  'https://huggingface.co/*', // code repository and stars per arXiv paper
  'https://paperswithcode.co/*', // the official code repository of papers Hugging Face has none for
  'https://api2.openreview.net/*', // OpenReview profiles: homepage, positions, advisors (challenges guests; a signed-in session only if the user opts in)
];

/** Most academic homepages are GitHub Pages sites; reading them needs no extra prompt. */
export const DEFAULT_HOMEPAGE_PERMISSIONS = ['https://*.github.io/*'];

/** Any other homepage origin is asked for at run time, from the card, one origin at a time. */
export const OPTIONAL_HOMEPAGE_PERMISSIONS = ['https://*/*', 'http://*/*'];
