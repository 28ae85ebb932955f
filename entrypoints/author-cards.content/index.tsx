import { defineContentScript } from '#imports';
import { createCardHost } from '../../hover-card/card-host';
import { startAuthorHover } from '../../hover-card/author-hover';
import { DEFAULT_TIMINGS } from '../../hover-card/hover-controller';
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
  main(ctx) {
    const url = new URL(location.href);
    const adapter = findSiteAdapter(url);
    if (!adapter) return;
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
    startAuthorHover({ ctx, mentions: marker, backend, timings: DEFAULT_TIMINGS, createHost: (events) => createCardHost(ctx, events) });
    registerPageResearchers(marker, looks);
  },
});
