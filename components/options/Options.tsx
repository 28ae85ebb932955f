import { useEffect, useState } from 'preact/hooks';
import { isOptInSite, SITES, type SiteId } from '../../domain/sites';
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
  /**
   * An opt-in site is saved on only once the browser grants its hosts (the background then
   * registers its content script); turned off, it is saved off and its hosts given back.
   */
  const toggleSite = async (site: SiteId, on: boolean) => {
    if (!isOptInSite(site)) return save({ sites: { [site]: on } });
    if (on) {
      // Asked first, synchronously in the click: a request after an await is not user-initiated.
      const granted = await backend.requestSiteHosts(site).catch(() => false);
      if (!granted) {
        setStatus(`Not turned on: ${SITES[site].label} needs permission to read its pages.`);
        return reload();
      }
      return save({ sites: { [site]: true } });
    }
    await save({ sites: { [site]: false } });
    await backend.releaseSiteHosts(site).catch(() => undefined);
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
            onSite={(site, on) => void toggleSite(site, on)}
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
