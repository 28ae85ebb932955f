import { useEffect, useState } from 'preact/hooks';
import type { CacheStats } from '../../storage/cache';
import { CACHE_SIZE_MB_RANGE } from '../../storage/user-data';

/** How much the web-data cache holds, its bound, and a button to empty it. */
export function CacheSettings(props: {
  sizeMb: number;
  onSize(mb: number): void;
  cacheInfo(): Promise<CacheStats>;
  clearCache(): Promise<void>;
}) {
  const [stats, setStats] = useState<CacheStats>();
  const [status, setStatus] = useState('');
  const refresh = () => props.cacheInfo().then(setStats, () => setStatus('Byline could not read the cache size.'));
  useEffect(() => void refresh(), []);
  const clear = async () => {
    try {
      await props.clearCache();
      setStatus('Cache cleared. Your follows, corrections and settings are kept.');
      await refresh();
    } catch {
      setStatus('Byline could not clear the cache.');
    }
  };
  return (
    <section aria-labelledby="cache-heading">
      <h2 id="cache-heading">Cache</h2>
      <p data-testid="cache-size">
        {stats
          ? `${stats.entries} ${stats.entries === 1 ? 'entry' : 'entries'}, ${formatBytes(stats.bytes)} of ${formatBytes(stats.maxBytes)}.`
          : 'Reading the cache size…'}
      </p>
      <label>
        Largest cache size (MB)
        <input
          type="number"
          min={CACHE_SIZE_MB_RANGE.min}
          max={CACHE_SIZE_MB_RANGE.max}
          value={props.sizeMb}
          onChange={(e) => {
            const mb = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(mb) && mb >= CACHE_SIZE_MB_RANGE.min && mb <= CACHE_SIZE_MB_RANGE.max)
              props.onSize(mb);
          }}
        />
      </label>
      <button type="button" onClick={() => void clear()}>
        Clear cache
      </button>
      <p role="status">{status}</p>
    </section>
  );
}

/** "1.2 MB", "340 KB": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
