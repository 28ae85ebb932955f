import { browser } from '#imports';
import type { SiteId } from '../domain/sites';
import { sendMessage } from '../messaging/protocol';
import { DEFAULT_TIMINGS, type HoverTimings } from './hover-controller';

/** The settings a page needs, as hover timings plus the on/off switch for this site. */
export interface PageCardSettings {
  enabled: boolean;
  timings: HoverTimings;
}

/** Asks the background for this site's settings; if it cannot answer, Byline runs with defaults. */
export async function loadCardSettings(site: SiteId): Promise<PageCardSettings> {
  try {
    const s = await sendMessage('cardSettings', { site });
    return { enabled: s.enabled, timings: { ...DEFAULT_TIMINGS, showDelayMs: s.hoverDelayMs } };
  } catch {
    return { enabled: true, timings: DEFAULT_TIMINGS };
  }
}

/** Calls `onChange` with fresh settings whenever the user changes them in the options page. */
export function watchCardSettings(site: SiteId, signal: AbortSignal, onChange: (s: PageCardSettings) => void): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'user:settings' in changes) void loadCardSettings(site).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
