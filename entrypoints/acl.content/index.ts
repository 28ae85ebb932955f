import { defineContentScript } from '#imports';
import { createIsolatedContext } from '../../hover-card/isolated-context';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { aclAdapters } from '../../sites/acl-adapters';

// The author cards on the ACL Anthology.
export default defineContentScript({
  // Not in the manifest: injected into a page's isolated world, by the background, when the
  // start-up script there (entrypoints/acl-start.ts) sees the first interest in a name.
  registration: 'runtime',
  // The card's stylesheet is bundled into its closed shadow root (hover-card/card-host.tsx).
  cssInjectionMode: 'manual',
  // The page is not told the framework's start-up event: Byline lives in a context of its own.
  noScriptStartedPostMessage: true,
  main: (wxt) => startAuthorCards(createIsolatedContext('acl', wxt.options), aclAdapters),
});
