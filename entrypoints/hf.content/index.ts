import { defineContentScript } from '#imports';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { hfAdapters } from '../../sites/hf-adapters';

// The author cards on Hugging Face Papers, an opt-in site, with its adapters only: each opt-in site has its
// own card script, so none carries another site's adapters. Not in the manifest: injected by
// the background (background/card-scripts.ts) into a page where the start-up script
// (entrypoints/sites-start.ts, registered once the user turns the site on and grants its hosts)
// sees the first interest in a name. No `matches` here, so the build adds no host permission.
export default defineContentScript({
  registration: 'runtime',
  // The card's stylesheet is bundled into its closed shadow root (hover-card/card-host.tsx).
  cssInjectionMode: 'manual',
  main: (ctx) => startAuthorCards(ctx, hfAdapters),
});
