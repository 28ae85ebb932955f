import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { contentScriptMatches, isOptInSite, OPT_IN_SITE_ORIGINS, SITE_IDS } from '../../domain/sites';
import { HOST_PERMISSIONS, OPTIONAL_HOST_PERMISSIONS } from '../../domain/sources';

/** The builds the global setup made, checked the way a store reviewer would check them. */
describe('extension builds', () => {
  const env = inject('e2e');
  const manifest = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));

  it('the Chrome MV3 manifest asks only for what Byline needs', () => {
    const m = manifest(env.chromeExtension);
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Byline');
    // webRequest only observes: where a homepage redirects, so each hop is checked (net/redirect-observer.ts).
    // `scripting` registers an opt-in site's content script once the user turns it on.
    expect(m.permissions).toEqual(['storage', 'webRequest', 'scripting']);
    // Derived from the sources and sites tables (domain/), and nothing else: the install-time
    // sites again, because injecting their cards on interest (scripting.executeScript) needs them
    // as host permissions; the install prompt names them for the content scripts anyway.
    const installedSites = SITE_IDS.filter((site) => !isOptInSite(site)).flatMap(contentScriptMatches);
    expect(m.host_permissions).toEqual([...HOST_PERMISSIONS, ...installedSites]);
    expect(m.host_permissions).toContain('https://*.github.io/*');
    // Opt-in sites' hosts are asked for when turned on: huggingface.co and dblp.org are already
    // sources' hosts; openreview.net (whose API host is another) is an optional origin, and
    // scholar.google.com is only ever optional (Byline sends Scholar no request).
    const optInOnly = OPT_IN_SITE_ORIGINS.filter((origin) => !HOST_PERMISSIONS.includes(origin));
    expect(optInOnly).toEqual(['https://openreview.net/*', 'https://scholar.google.com/*']);
    expect(m.optional_host_permissions).toEqual([...OPTIONAL_HOST_PERMISSIONS, ...optInOnly]);
    expect(m.host_permissions).toEqual(expect.arrayContaining(['https://huggingface.co/*', 'https://dblp.org/*']));
    expect(m.host_permissions).not.toContain('https://scholar.google.com/*');
    // One start-up script per install-time site (its cards, with only its own page adapters, are
    // injected on interest); the opt-in sites' start-up script is registered at run time.
    const matches = (m.content_scripts as { matches: string[] }[]).map((c) => c.matches.sort().join(' ')).sort();
    const installed = SITE_IDS.filter((site) => !isOptInSite(site));
    expect(matches).toEqual(installed.map((site) => contentScriptMatches(site).sort().join(' ')).sort());
    expect(matches).toEqual([
      'https://aclanthology.org/*',
      'https://ar5iv.labs.arxiv.org/* https://ar5iv.org/* https://arxiv.org/* https://export.arxiv.org/*',
    ]);
    // The card's stylesheet is bundled into its closed shadow root: no extension file is open to pages.
    expect(m.web_accessible_resources).toBeUndefined();
    expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '96', '128']);
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('the Firefox manifest carries its add-on id and data collection statement', () => {
    const m = manifest(env.firefoxExtension);
    expect(m.browser_specific_settings.gecko.id).toBe('byline@byline-extension.org');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.permissions).toEqual(expect.arrayContaining(['storage', 'webRequest', 'scripting']));
  });

  it('the Firefox manifest declares the optional homepage origins (MV2 keeps them in optional_permissions)', () => {
    const m = manifest(env.firefoxExtension);
    expect(m.manifest_version).toBe(2);
    // With the opt-in sites' hosts no source needs at install (OpenReview's pages, Google Scholar's).
    expect(m.optional_permissions).toEqual([
      'https://*/*',
      'http://*/*',
      'https://openreview.net/*',
      'https://scholar.google.com/*',
    ]);
    expect(m.permissions).toContain('https://*.github.io/*');
    // MV2 keeps host permissions in `permissions`: the install-time sites are there for
    // executeScript, and Firefox's prompt lists a content script's origins already.
    expect(m.permissions).toEqual(expect.arrayContaining(['https://arxiv.org/*', 'https://aclanthology.org/*']));
  });

  it('web-ext lint finds no errors in the Firefox build', () => {
    let out = '';
    try {
      out = execFileSync(
        `${env.root}node_modules/.bin/web-ext`,
        ['lint', '--source-dir', env.firefoxExtension, '--output', 'json', '--no-input'],
        { encoding: 'utf8' },
      );
    } catch (error) {
      out = (error as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 1)).toEqual([]);
  });

  it('each content script stays within the 25 KB gzipped budget, and the start-up scripts that run at every page load within 2 KB', () => {
    const gzip = (file: string) => execFileSync('gzip', ['-9', '-c', `${env.chromeExtension}/${file}`]).length;
    // One card script per site, each with only its own adapters (background/card-scripts.ts).
    for (const site of ['arxiv', 'acl', 'hf', 'dblp', 'openreview', 'scholar'])
      expect(gzip(`content-scripts/${site}.js`), `${site}.js gzipped`).toBeLessThanOrEqual(25 * 1024);
    for (const site of ['arxiv', 'acl', 'sites'])
      expect(gzip(`${site}-start.js`), `${site}-start.js gzipped`).toBeLessThanOrEqual(2 * 1024);
    const m = manifest(env.chromeExtension);
    expect((m.content_scripts as { js: string[] }[]).flatMap((c) => c.js).sort()).toEqual([
      'acl-start.js',
      'arxiv-start.js',
    ]);
  });

  it('store zips exist for both browsers, with the sources zip Firefox asks for', () => {
    execFileSync(`${env.root}node_modules/.bin/wxt`, ['zip', '-b', 'firefox'], { cwd: env.root, stdio: 'pipe' });
    const zips = readdirSync(`${env.root}.output`).filter((f) => f.endsWith('.zip'));
    expect(zips.some((f) => /-firefox\.zip$/.test(f))).toBe(true);
    expect(zips.some((f) => /-sources\.zip$/.test(f))).toBe(true);
    expect(existsSync(`${env.root}.output/firefox-mv2/manifest.json`)).toBe(true);
  });
});
