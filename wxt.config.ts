import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { contentScriptMatches, OPT_IN_SITE_ORIGINS } from './domain/sites';
import { HOST_PERMISSIONS, OPTIONAL_HOST_PERMISSIONS } from './domain/sources';

/**
 * The start-up scripts of the sites Byline reads from install (`entrypoints/*-start.ts`): plain
 * scripts of a few kilobytes, listed by hand because they are built without the framework's
 * content-script wrapper. Each has its site's cards (`entrypoints/*.content`) injected on interest.
 */
const START_SCRIPTS = [
  { matches: contentScriptMatches('arxiv'), js: ['arxiv-start.js'], run_at: 'document_idle' },
  { matches: contentScriptMatches('acl-anthology'), js: ['acl-start.js'], run_at: 'document_idle' },
];

/**
 * Their hosts again as host permissions: `scripting.executeScript` (the cards, injected on
 * interest) needs them there in both browsers, content scripts' matches are not enough. Both
 * install prompts already name a content script's hosts (Chrome's, and Firefox's list of the
 * manifest's origins), so neither asks for anything new.
 */
const START_SCRIPT_HOSTS = START_SCRIPTS.flatMap((s) => s.matches);

/** Opt-in sites' hosts not already asked for at install (a source may read the same host). */
const OPT_IN_ONLY = OPT_IN_SITE_ORIGINS.filter((origin) => !HOST_PERMISSIONS.includes(origin));

// Byline's build. Host permissions come from the sources table (domain/sources.ts); README.md
// ("Permissions") explains each.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })] }),
  zip: {
    artifactTemplate: 'byline-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'byline-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'tests/e2e/.artifacts/**', '**/node_modules/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Byline',
    description:
      'Hover an author on arXiv or the ACL Anthology to see who they are: profile, advisor, interests, papers, code and GitHub stars.',
    // webRequest only observes: it reads where a homepage redirects so each hop can be checked.
    // `scripting` registers the opt-in sites' content script once the user turns a site on.
    permissions: ['storage', 'webRequest', 'scripting'],
    host_permissions: [...HOST_PERMISSIONS, ...START_SCRIPT_HOSTS],
    content_scripts: START_SCRIPTS,
    // MV3 names optional origins `optional_host_permissions`; WXT drops that key from the MV2
    // Firefox build, where origins go in `optional_permissions`: without it no homepage origin
    // beyond *.github.io, and no opt-in site's host, could ever be granted in Firefox.
    ...(browser === 'firefox'
      ? { optional_permissions: [...OPTIONAL_HOST_PERMISSIONS, ...OPT_IN_ONLY] }
      : { optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS, ...OPT_IN_ONLY] }),
    action: { default_title: 'Byline: researchers on this page' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'byline@byline-extension.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
