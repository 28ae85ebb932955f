import { defineContentScript } from '#imports';
import '../../components/card/card.css';
import { contentScriptMatches } from '../../domain/sites';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { arxivAdapters } from '../../sites/arxiv-adapters';

// Author cards on arXiv and its export mirror.
export default defineContentScript({
  matches: contentScriptMatches('arxiv'),
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startAuthorCards(ctx, arxivAdapters),
});
