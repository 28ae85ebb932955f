/**
 * Recognising an answer that is a wall in front of the data rather than the data or an error.
 * Such a page must never be read as "malformed", retried, or asked for again soon:
 *
 * - Anubis (Techaro's proof-of-work gate, which every dblp host runs for scripts): an HTML page
 *   titled "Making sure you're not a bot!" carrying `<script id="anubis_challenge">` and assets
 *   under `/.within.website/x/cmd/anubis/`. Its status varies by path and deployment: 200, 401,
 *   and 500 on dblp's search API.
 * - OpenReview's guest gate: `403 {"name":"ChallengeRequiredError", …}` on `/profiles` and
 *   `/notes` of its API hosts, asking the browser to pass a Turnstile challenge.
 * - A redirect to a sign-in page (OpenReview sends guests from profile pages to `/login`).
 */
import type { BotWall } from './http-result';

/** The first bytes of an error body are enough: every marker sits in the page's `<head>`. */
export const WALL_PEEK_BYTES = 16_384;

const ANUBIS_CHALLENGE = /<script\b[^>]*\bid=["']?anubis_challenge\b/i;
const ANUBIS_ASSETS = '/.within.website/x/cmd/anubis/';
const ANUBIS_TITLE = /<title>\s*Making sure you(?:'|&#39;|&#x27;|’)re not a bot!?\s*<\/title>/i;

/** The wall a response body (or its first bytes) shows, if any. */
export function detectBotWall(status: number, text: string): BotWall | undefined {
  // Only an HTML document's head is looked at: a JSON answer that quotes the markers is data.
  const head = text.slice(0, WALL_PEEK_BYTES);
  if (/^\s*</.test(head) && isAnubisPage(head)) return 'proof-of-work';
  if (status === 403 && jsonErrorName(text) === 'ChallengeRequiredError') return 'challenge';
  return undefined;
}

/** Whether a fetch that followed redirects ended on a sign-in page instead of the asked resource. */
export function isSignInRedirect(requested: string, response: { redirected: boolean; url: string }): boolean {
  if (!response.redirected || !response.url) return false;
  try {
    const from = new URL(requested);
    const to = new URL(response.url);
    return to.pathname !== from.pathname && /^\/(login|signin|sign-in|auth\/login)\b/i.test(to.pathname);
  } catch {
    return false;
  }
}

/** The challenge script alone is decisive; the asset path counts only with the page's title. */
function isAnubisPage(text: string): boolean {
  if (ANUBIS_CHALLENGE.test(text)) return true;
  return text.includes(ANUBIS_ASSETS) && ANUBIS_TITLE.test(text);
}

function jsonErrorName(text: string): string | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const name = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).name : undefined;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** What the card says about a wall, naming the host as the user knows it. */
export function wallMessage(label: string, wall: BotWall): string {
  switch (wall) {
    case 'proof-of-work':
      return `${label} is blocking automated requests (a "not a bot" check)`;
    case 'challenge':
    case 'sign-in':
      return `${label} asks for a sign-in`;
  }
}
