import { defineContentScript } from '#imports';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { optInAdapters } from '../../sites/opt-in-adapters';

// The author cards on the opt-in sites. Not in the manifest: injected by the background into a
// page where the start-up script (entrypoints/sites-start.ts, which the background registers per
// site once the user turns it on and grants its hosts) sees the first interest in a name.
// No `matches` here, so the build adds no host permission.
export default defineContentScript({
  registration: 'runtime',
  // The card's stylesheet is bundled into its closed shadow root (hover-card/card-host.tsx).
  cssInjectionMode: 'manual',
  main: (ctx) => startAuthorCards(ctx, optInAdapters),
});
