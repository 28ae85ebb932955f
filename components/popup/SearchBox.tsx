import { useState } from 'preact/hooks';
import type { SearchResult } from '../../messaging/ui-types';
import { formatRetry } from '../card/format';
import type { PopupBackend, PopupTarget } from './popup-backend';
import { NameText } from '../card/NameText';

/** Look anyone up by name: candidates from Semantic Scholar, each with a line that tells them apart. */
export function SearchBox({
  backend,
  onOpen,
  now,
}: {
  backend: PopupBackend;
  onOpen(target: PopupTarget): void;
  now: number;
}) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SearchResult>();

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setResult(
      await backend
        .search(name)
        .catch((err: unknown): SearchResult => ({ ok: false, reason: 'error', message: String(err) })),
    );
    setBusy(false);
  };

  return (
    <section class="block" aria-labelledby="search-heading">
      <h2 id="search-heading">Look up a researcher</h2>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for Firefox ESR 140; the role is the portable form */}
      <form role="search" class="search" onSubmit={submit}>
        <label for="search-name" class="visually-hidden">
          Researcher name
        </label>
        <input
          id="search-name"
          type="search"
          placeholder="e.g. Zhuoshi Pan"
          value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Searching…' : 'Search'}
        </button>
      </form>
      <div aria-live="polite">
        {result && !result.ok ? (
          <p class="muted" data-testid="search-problem">
            {result.message}
            {result.retryAt ? ` Try again ${formatRetry(result.retryAt, now)}.` : ''}
          </p>
        ) : null}
        {result?.ok && !result.candidates.length ? <p class="muted">Nobody by that name on Semantic Scholar.</p> : null}
        {result?.ok && result.candidates.length ? (
          <ul class="people" aria-label="Search results">
            {result.candidates.map((c) => (
              <li key={c.key}>
                <button type="button" class="person" onClick={() => onOpen({ kind: 'key', key: c.key, name: c.name })}>
                  <span class="person-name">
                    <NameText text={c.name} />
                  </span>
                  <span class="person-line">{c.reason}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
