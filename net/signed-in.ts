/**
 * The one exception to "no cookies": a source the user signs Byline into in the options may
 * send that sign-in, and only to its own API host. Everything else goes out with
 * `credentials: 'omit'`, so a homepage or an API never sees the user's sessions.
 */

/** Sources a user can sign Byline into. */
export type SignedInSource = 'openreview';

/** The only hosts each signed-in source may send the user's cookies to. */
export const SIGNED_IN_API_HOSTS: Readonly<Record<SignedInSource, readonly string[]>> = {
  openreview: ['api2.openreview.net'],
};

/** Why a request may not carry the user's sign-in, or undefined when it may. */
export function signedInRefusal(source: SignedInSource, url: URL, signedIn: boolean): string | undefined {
  if (!signedIn) return `You have not signed Byline into ${source}.`;
  if (url.protocol !== 'https:') return `${url.host} is not reached over HTTPS.`;
  if (!SIGNED_IN_API_HOSTS[source].includes(url.host)) return `${url.host} is not ${source}'s API host.`;
  return undefined;
}
