import { defineContentScript } from '#imports';
import '../../components/card/card.css';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { arxivAdapters } from '../../sites/arxiv-adapters';

// Author cards on arXiv and its export mirror.
export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://export.arxiv.org/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  // The page is not told the framework's start-up event; Byline does not use it anyway.
  noScriptStartedPostMessage: true,
  main: () => startAuthorCards('arxiv.content', arxivAdapters),
});
