import { useState } from 'preact/hooks';
import {
  type ImportMode,
  type ImportReport,
  MAX_IMPORT_BYTES,
  refusedImport,
  serializeUserDataDocument,
} from '../../storage/export-import';
import type { OptionsUserData } from './options-backend';

/** Export the user's own data to a JSON file, and import one back with a report of what happened. */
export function DataTransfer({ user, onImported }: { user: OptionsUserData; onImported(): void }) {
  const [withSecrets, setWithSecrets] = useState(false);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [report, setReport] = useState<ImportReport>();

  const download = async () => {
    const doc = await user.exportData(withSecrets);
    const url = URL.createObjectURL(new Blob([serializeUserDataDocument(doc)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `byline-data-${doc.exportedAt.slice(0, 10)}.json`;
    link.click();
    // Revoked on the next task: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Checked by its size before a byte is read: a huge file is refused without loading it.
    const next =
      file.size > MAX_IMPORT_BYTES
        ? refusedImport('The file is too large to be a Byline export.')
        : await user.importData(await file.text(), mode);
    input.value = '';
    setReport(next);
    if (next.ok) onImported();
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="hint">Your follows, corrections and settings, as a file you can keep or take to another browser.</p>
      <label class="check">
        <input
          type="checkbox"
          checked={withSecrets}
          onChange={(e) => setWithSecrets((e.target as HTMLInputElement).checked)}
        />
        Include my GitHub token and Semantic Scholar key
      </label>
      <button type="button" onClick={() => void download()}>
        Export to a file
      </button>
      <fieldset>
        <legend>Import from a file</legend>
        <label class="check">
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          Add to what is here
        </label>
        <label class="check">
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          Replace what is here
        </label>
        <label>
          Byline export file
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void upload(e.target as HTMLInputElement)}
          />
        </label>
      </fieldset>
      <div role="status" data-testid="import-report">
        {report ? <p class={report.ok ? '' : 'error'}>{report.message}</p> : null}
        {report?.rejected.length ? (
          <ul class="rejected">
            {report.rejected.slice(0, 20).map((issue, i) => (
              <li key={i}>
                <code>{issue.path || 'file'}</code>: {issue.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
