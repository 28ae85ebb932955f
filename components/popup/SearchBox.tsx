import { useState } from 'preact/hooks';
import type { ResearcherCandidate, SearchResult } from '../../messaging/ui-types';
import { formatCount, formatRetry } from '../card/format';
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
                  <span class="person-line">{candidateLine(c)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}

/** "Tsinghua University · 12 papers · 1.2k citations · h-index 9 on Semantic Scholar". */
export function candidateLine(c: ResearcherCandidate): string {
  const facts = [
    c.affiliation,
    c.paperCount !== undefined ? `${formatCount(c.paperCount)} papers` : undefined,
    c.citationCount !== undefined ? `${formatCount(c.citationCount)} citations` : undefined,
    c.hIndex !== undefined ? `h-index ${c.hIndex}` : undefined,
  ].filter(Boolean);
  return `${facts.length ? facts.join(' · ') : 'no details'} on Semantic Scholar`;
}
