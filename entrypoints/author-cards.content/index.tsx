import { defineContentScript } from '#imports';
import { createCardHost } from '../../hover-card/card-host';
import { startAuthorHover } from '../../hover-card/author-hover';
import { loadCardSettings, siteOf, watchCardSettings } from '../../hover-card/card-settings';
import { createMessageBackend } from '../../hover-card/message-backend';
import { createLookLog, registerPageResearchers } from '../../hover-card/page-researchers';
import { findSiteAdapter } from '../../sites';
import { startPageMarker } from '../../sites/page-marker';
import './style.css';

// Find the page's adapter, mark its names in idle time, and open cards on interest.
// Nothing is fetched until the user dwells on a name.
export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://export.arxiv.org/*', 'https://aclanthology.org/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    const adapter = findSiteAdapter(url);
    if (!adapter) return;
    const site = siteOf(adapter);
    const settings = await loadCardSettings(site);
    // Switched off for this site (or everywhere): mark nothing, listen to nothing.
    if (!settings.enabled || ctx.isInvalid) return;
    const marker = startPageMarker({
      root: document,
      url,
      adapter,
      scheduleIdle: (cb) => ctx.requestIdleCallback((deadline) => cb(deadline), { timeout: 500 }),
      signal: ctx.signal,
      onDiagnostic: (message) => console.info(`Byline: ${message}`),
    });
    // Every lookup is remembered for the popup, which lists the names looked at first.
    const looks = createLookLog();
    const backend = looks.wrap(createMessageBackend());
    const hover = startAuthorHover({ ctx, mentions: marker, backend, timings: settings.timings, createHost: (events) => createCardHost(ctx, events) });
    watchCardSettings(site, ctx.signal, (next) => hover.setTimings(next.timings));
    registerPageResearchers(marker, looks);
  },
});
