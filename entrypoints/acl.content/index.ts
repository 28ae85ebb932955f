import { defineContentScript } from '#imports';
import { contentScriptMatches } from '../../domain/sites';
import { createIsolatedContext } from '../../hover-card/isolated-context';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { aclAdapters } from '../../sites/acl-adapters';

// Author cards on the ACL Anthology.
export default defineContentScript({
  matches: contentScriptMatches('acl-anthology'),
  // The card's stylesheet is bundled into its closed shadow root (hover-card/card-host.tsx).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  // The page is not told the framework's start-up event: Byline lives in a context of its own.
  noScriptStartedPostMessage: true,
  main: (wxt) => startAuthorCards(createIsolatedContext('acl', wxt.options), aclAdapters),
});
