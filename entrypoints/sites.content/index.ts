import { defineContentScript } from '#imports';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { optInAdapters } from '../../sites/opt-in-adapters';

// Author cards on the opt-in sites. Not in the manifest: the background registers it per site,
// with that site's hosts, once the user turns the site on and grants them
// (background/site-scripts.ts). No `matches` here, so the build adds no host permission.
export default defineContentScript({
  registration: 'runtime',
  // The card's stylesheet is bundled into its closed shadow root (hover-card/card-host.tsx).
  cssInjectionMode: 'manual',
  main: (ctx) => startAuthorCards(ctx, optInAdapters),
});
