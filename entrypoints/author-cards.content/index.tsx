import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://export.arxiv.org/*', 'https://aclanthology.org/*'],
  cssInjectionMode: 'ui',
  main() {},
});
