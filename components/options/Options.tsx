import { useEffect, useState } from 'preact/hooks';
import type { SettingsPatch, UserData } from '../../storage/user-data';
import { CacheSettings } from './CacheSettings';
import { CardSettings } from './CardSettings';
import { CorrectionList } from './CorrectionList';
import { DataTransfer } from './DataTransfer';
import { GrantPrompt, grantPatternFrom } from './GrantPrompt';
import type { OptionsBackend } from './options-backend';
import { SourceSettings } from './SourceSettings';

/** Byline's options page; with `#grant=<origin pattern>` it first asks to read a homepage origin. */
export function Options({ backend, hash }: { backend: OptionsBackend; hash: string }) {
  const { user } = backend;
  const [data, setData] = useState<UserData>();
  const [status, setStatus] = useState('');
  const reload = () =>
    user.load().then(
      (loaded) => setData(loaded.data),
      (e: unknown) => setStatus(`Byline could not read your settings (${String(e)}).`),
    );
  useEffect(() => void reload(), []);
  const grant = grantPatternFrom(hash);

  const save = async (patch: SettingsPatch) => {
    const saved = await user.change({ part: 'settings', patch });
    setStatus(saved.ok ? 'Saved.' : `Not saved: ${saved.message}`);
    await reload();
  };
  /** A removal or key change answers with its own outcome; the page then shows what is stored. */
  const apply = async (write: Promise<{ ok: boolean; message?: string }>, done: string) => {
    const result = await write;
    setStatus(result.ok ? done : `Not saved: ${result.message ?? 'unknown error'}`);
    await reload();
  };

  return (
    <main class="options">
      <h1>Byline options</h1>
      {grant ? <GrantPrompt key={grant} pattern={grant} request={backend.requestOrigin} /> : null}
      <p role="status" class="status" aria-live="polite">
        {status}
      </p>
      {data ? (
        <>
          <CardSettings
            settings={data.settings}
            onCards={(on) => void save({ cardsEnabled: on })}
            onSite={(site, on) => void save({ sites: { [site]: on } })}
            onDelay={(ms) => void save({ hoverDelayMs: ms })}
          />
          <SourceSettings
            settings={data.settings}
            secrets={data.secrets}
            onToggle={(source, on) => void save({ sources: { [source]: on } })}
            onOpenReviewSignIn={(on) => void save({ openReviewSignIn: on })}
            onSaveSecrets={(patch) => void apply(user.change({ part: 'secrets', patch }), 'Keys saved on this device.')}
          />
          <CacheSettings
            sizeMb={data.settings.cacheSizeMb}
            onSize={(mb) => void save({ cacheSizeMb: mb })}
            cacheInfo={backend.cacheInfo}
            clearCache={backend.clearCache}
          />
          <DataTransfer user={user} onImported={() => void reload()} />
          <CorrectionList
            corrections={data.corrections}
            onRemoveMention={(contextKey) =>
              void apply(user.change({ part: 'mention', contextKey }), 'Correction removed.')
            }
            onRemoveHomepage={(researcherKey) =>
              void apply(user.change({ part: 'homepage', researcherKey }), 'Homepage removed.')
            }
          />
        </>
      ) : (
        <p>Reading your settings…</p>
      )}
    </main>
  );
}
