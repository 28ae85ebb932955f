import { defineContentScript } from '#imports';
import '../../components/card/card.css';
import { contentScriptMatches } from '../../domain/sites';
import { startAuthorCards } from '../../hover-card/start-author-cards';
import { aclAdapters } from '../../sites/acl-adapters';

// Author cards on the ACL Anthology.
export default defineContentScript({
  matches: contentScriptMatches('acl-anthology'),
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startAuthorCards(ctx, aclAdapters),
});
