import { defineContentScript } from '#imports';
import { contentScriptMatches } from '../../domain/sites';
import { createIsolatedContext } from '../../hover-card/isolated-context';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { arxivAdapters } from '../../sites/arxiv-adapters';

// Author cards on arXiv and its export mirror.
export default defineContentScript({
  matches: contentScriptMatches('arxiv'),
  // The card's stylesheet is bundled into its closed shadow root (hover-card/card-host.tsx).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  // The page is not told the framework's start-up event: Byline lives in a context of its own.
  noScriptStartedPostMessage: true,
  main: (wxt) => startAuthorCards(createIsolatedContext('arxiv', wxt.options), arxivAdapters),
});
