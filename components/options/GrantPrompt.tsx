import { useState } from 'preact/hooks';
import { isPrivateHost } from '../../net/private-address';

/** Origin patterns Byline asks for: one http(s) host, every path (`https://example.edu/*`). */
const ORIGIN_PATTERN = /^https?:\/\/[^/*\s]+\/\*$/;

/** The origin pattern in `#grant=<pattern>`, when it is one Byline would ask for. */
export function grantPatternFrom(hash: string): string | undefined {
  const match = /^#grant=(.+)$/.exec(hash);
  if (!match) return undefined;
  let pattern: string;
  try {
    pattern = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  if (!ORIGIN_PATTERN.test(pattern)) return undefined;
  // Never offered for this computer or a private network, whoever opened the page with it.
  const host = new URL(pattern.slice(0, -1)).hostname;
  return isPrivateHost(host) ? undefined : pattern;
}

/** "Allow Byline to read <host>?": the one place a homepage origin is granted, on the user's click. */
export function GrantPrompt({ pattern, request }: { pattern: string; request(pattern: string): Promise<boolean> }) {
  const [outcome, setOutcome] = useState<'granted' | 'refused' | 'failed'>();
  const host = pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
  const ask = () => {
    // Called straight from the click: a permission request after an await is refused as not user-initiated.
    request(pattern).then(
      (granted) => setOutcome(granted ? 'granted' : 'refused'),
      () => setOutcome('failed'),
    );
  };
  return (
    <section class="grant" aria-labelledby="grant-heading" data-testid="grant-prompt">
      <h2 id="grant-heading">Allow Byline to read {host}?</h2>
      <p>
        A researcher's homepage is on {host}. Byline reads it only to build their card, and only after you allow it
        here.
      </p>
      {outcome === undefined ? (
        <button type="button" class="primary" onClick={ask}>
          Allow reading {host}
        </button>
      ) : null}
      <p role="status">
        {outcome === 'granted'
          ? `Done. Go back to the page and hover the name again to see the card with ${host}'s details.`
          : null}
        {outcome === 'refused' ? `Byline may not read ${host}. The card will show what the other sources know.` : null}
        {outcome === 'failed' ? 'The browser did not ask for the permission. Try the button on the card again.' : null}
      </p>
    </section>
  );
}
