import type { ContentScriptContext } from '#imports';
import type { SiteAdapter } from '../sites/site-adapter';
import { findAdapterFor, findSpaSiteFor } from '../sites/find-site-adapter';
import { type ScheduleIdle, startPageMarker } from '../sites/page-marker';
import { startSpaMarker } from '../sites/spa-marker';
import { startAuthorHover } from './author-hover';
import { createCardHost } from './card-host';
import { isSpaSite, siteOfPageType } from '../domain/sites';
import { loadCardSettings, watchCardSettings } from './card-settings';
import { createMessageBackend } from './message-backend';
import { createLookLog, listPageResearchers } from './page-researchers';
import { type Startup, startupOf } from './bootstrap';

/**
 * What every Byline card script does once the start-up script (bootstrap.ts) loaded it on the
 * user's first interest: find the page's adapter, mark (or on big pages, wait for interest in)
 * its names, open cards on interest, and hand the start-up script what it waited for (the name
 * the user is on, the popup's question). Nothing is fetched until the user dwells on a name.
 * Each site's card script passes only its own adapters, so it bundles only what its pages need.
 * On single-page apps (`spa` in domain/sites.ts) it starts on any page of the site and follows
 * in-page navigation. `ctx` must be one the page cannot end (see isolated-context.ts). Loaded any other way (no
 * start-up script in this world), it does nothing.
 */
export async function startAuthorCards(
  ctx: ContentScriptContext,
  adapters: readonly SiteAdapter[],
  startup: Startup | undefined = startupOf(globalThis),
): Promise<void> {
  if (!startup) return;
  const url = new URL(location.href);
  const adapter = findAdapterFor(url, adapters);
  const site = adapter ? siteOfPageType(adapter.pageType) : findSpaSiteFor(url, adapters);
  if (!site) return startup.attach(undefined);
  const settings = await loadCardSettings(site);
  // Switched off for this site (or everywhere): mark nothing, listen to nothing.
  if (!settings.enabled || ctx.isInvalid) return startup.attach(undefined);
  const environment = {
    root: document,
    scheduleIdle: (cb: Parameters<ScheduleIdle>[0]) =>
      ctx.requestIdleCallback((deadline) => cb(deadline), { timeout: 500 }),
    signal: ctx.signal,
    onDiagnostic: (message: string) => console.info(message),
  };
  const marker =
    adapter && !isSpaSite(site)
      ? startPageMarker({ ...environment, url, adapter })
      : startSpaMarker({
          ...environment,
          adapters,
          href: () => location.href,
          // Navigation events where the browser has them (else WXT polls the address).
          watchLocation: (onChange) => ctx.addEventListener(window, 'wxt:locationchange', onChange),
        });
  // Every lookup is remembered for the popup, which lists the names looked at first.
  const looks = createLookLog();
  const backend = looks.wrap(createMessageBackend());
  const hover = startAuthorHover({
    ctx,
    mentions: marker,
    backend,
    timings: settings.timings,
    createHost: (events) => createCardHost(ctx, events),
  });
  watchCardSettings(site, ctx.signal, (next) => hover.setTimings(next.timings));
  startup.attach({
    ready: marker.ready,
    interest: (target, since) => hover.interest(target, since),
    pageResearchers: () => listPageResearchers(marker.mentions(), 200, looks),
  });
}
