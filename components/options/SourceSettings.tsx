import { useState } from 'preact/hooks';
import { SOURCE_IDS, sourceOption, type ToggleableSourceId } from '../../domain/sources';
import type { Secrets, Settings } from '../../storage/user-data';

/** Sources on/off and the optional keys that raise their rate limits. */
export function SourceSettings(props: {
  settings: Settings;
  secrets: Secrets;
  onToggle(source: ToggleableSourceId, on: boolean): void;
  onOpenReviewSignIn(on: boolean): void;
  onSaveSecrets(secrets: { githubToken: string; semanticScholarApiKey: string }): void;
}) {
  const [github, setGithub] = useState(props.secrets.githubToken ?? '');
  const [s2, setS2] = useState(props.secrets.semanticScholarApiKey ?? '');
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <fieldset>
        <legend>Ask these sources</legend>
        {SOURCE_IDS.map((id) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              checked={props.settings.sources[id]}
              onChange={(e) => props.onToggle(id, (e.target as HTMLInputElement).checked)}
            />
            {sourceOption(id)}
          </label>
        ))}
      </fieldset>
      <fieldset data-testid="openreview-consent">
        <legend>OpenReview sign-in</legend>
        <p class="hint">
          OpenReview now asks visitors who are not signed in to prove they are not a bot, so Byline, asking as a guest,
          is often turned away. If you are signed in to openreview.net in this browser, Byline can ask with your sign-in
          instead: only OpenReview's own API receives it, only to read the public profile of an author you hover, and
          OpenReview sees those requests as yours. No other site ever gets your cookies.
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={props.settings.openReviewSignIn}
            disabled={!props.settings.sources.openreview}
            onChange={(e) => props.onOpenReviewSignIn((e.target as HTMLInputElement).checked)}
          />
          Use my OpenReview sign-in
        </label>
      </fieldset>
      <form
        class="secrets"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSaveSecrets({ githubToken: github, semanticScholarApiKey: s2 });
        }}
      >
        <p class="hint">Optional. Kept on this device only (never synced, left out of exports unless you ask).</p>
        <label>
          GitHub token (60 requests an hour without one, 5,000 with)
          <input
            type="password"
            autocomplete="off"
            value={github}
            onInput={(e) => setGithub((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Semantic Scholar API key
          <input
            type="password"
            autocomplete="off"
            value={s2}
            onInput={(e) => setS2((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Save keys</button>
      </form>
    </section>
  );
}
