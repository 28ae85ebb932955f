import { browser } from '#imports';
import { sendMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/site-adapter';
import { DEFAULT_TIMINGS, type HoverTimings } from './hover-controller';

/** The settings a page needs, as hover timings plus the on/off switch for this site. */
export interface PageCardSettings {
  enabled: boolean;
  timings: HoverTimings;
}

/** The site switch in the options page that governs this adapter's pages. */
export function siteOf(adapter: Pick<SiteAdapter, 'hosts'>): 'arxiv' | 'acl-anthology' {
  return adapter.hosts.some((h) => h.endsWith('aclanthology.org')) ? 'acl-anthology' : 'arxiv';
}

/** Asks the background for this site's settings; if it cannot answer, Byline runs with defaults. */
export async function loadCardSettings(site: 'arxiv' | 'acl-anthology'): Promise<PageCardSettings> {
  try {
    const s = await sendMessage('cardSettings', { site });
    return { enabled: s.enabled, timings: { ...DEFAULT_TIMINGS, showDelayMs: s.hoverDelayMs } };
  } catch {
    return { enabled: true, timings: DEFAULT_TIMINGS };
  }
}

/** Calls `onChange` with fresh settings whenever the user changes them in the options page. */
export function watchCardSettings(
  site: 'arxiv' | 'acl-anthology',
  signal: AbortSignal,
  onChange: (s: PageCardSettings) => void,
): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'user:settings' in changes) void loadCardSettings(site).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
