import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';
import { sourceLabel } from './source-labels';
import { contentScriptMatches, isOptInSite, SITE_IDS, SITES } from './sites';
import {
  CACHE_POLICIES,
  HOST_PERMISSIONS,
  hostPolicyFor,
  isCacheKind,
  OPTIONAL_HOST_PERMISSIONS,
  SOURCE_IDS,
  SOURCES,
  type SourceKey,
  toggleOf,
} from './sources';

const KEYS = Object.keys(SOURCES) as SourceKey[];

/** Whether a `https://host/*` or `https://*.domain/*` permission covers a host. */
function covers(permission: string, host: string): boolean {
  const m = /^https:\/\/(\*\.)?([^/*]+)\/\*$/.exec(permission);
  if (!m?.[2]) return false;
  return m[1] ? host.endsWith(`.${m[2]}`) : host === m[2];
}

describe('the sources table', () => {
  it('gives every source a label, pacing, cache kinds with lifetimes and a switch', () => {
    for (const key of KEYS) {
      const source = SOURCES[key];
      expect(sourceLabel(key), key).not.toBe('');
      expect(source.pacing.minSpacingMs, key).toBeGreaterThanOrEqual(0);
      expect(source.pacing.backoffBaseMs, key).toBeGreaterThan(0);
      expect(Object.keys(source.cache).length, key).toBeGreaterThan(0);
      for (const policy of Object.values(source.cache)) {
        expect(policy.ttlMs).toBeGreaterThan(0);
        expect(policy.staleMs).toBeGreaterThanOrEqual(0);
        expect(policy.negativeTtlMs).toBeLessThanOrEqual(policy.ttlMs);
      }
      expect(SOURCE_IDS, `${key} follows a switch the options page shows`).toContain(toggleOf(key));
    }
  });

  it('asks a host permission for every host it calls, and no more', () => {
    for (const key of KEYS) {
      const { hosts, permissions } = SOURCES[key];
      for (const host of hosts)
        expect(
          permissions.some((p) => covers(p, host)),
          `${key}: ${host}`,
        ).toBe(true);
      if (hosts.length)
        for (const p of permissions)
          expect(
            hosts.some((h) => covers(p, h)),
            `${key}: ${p}`,
          ).toBe(true);
    }
  });

  it('paces each host by its source, and hosts of no source like homepages', () => {
    for (const key of KEYS)
      for (const host of SOURCES[key].hosts) expect(hostPolicyFor(host)).toBe(SOURCES[key].pacing);
    expect(hostPolicyFor('pzs19.github.io')).toBe(SOURCES.homepage.pacing);
    // A keyed Semantic Scholar request has its own pace; keyless ones are not spaced.
    expect(hostPolicyFor('api.semanticscholar.org', 'api.semanticscholar.org#key').minSpacingMs).toBe(1100);
    expect(hostPolicyFor('api.semanticscholar.org').minSpacingMs).toBe(0);
    const hosts = KEYS.flatMap((key) => SOURCES[key].hosts);
    expect(new Set(hosts).size, 'a host belongs to one source').toBe(hosts.length);
  });

  it('names each cache kind once, and knows it when read back', () => {
    const kinds = KEYS.flatMap((key) => Object.keys(SOURCES[key].cache));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(Object.keys(CACHE_POLICIES).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(isCacheKind(kind)).toBe(true);
    expect(isCacheKind('resolution')).toBe(false);
    expect(isCacheKind('toString')).toBe(false);
  });

  it('labels every source, site and the user', () => {
    // A site that is also a source (dblp) is labelled as the source.
    for (const site of SITE_IDS.filter((s) => !Object.hasOwn(SOURCES, s)))
      expect(sourceLabel(site)).toBe(SITES[site].label);
    expect(sourceLabel('user')).toBe('you');
    expect(sourceLabel('semantic-scholar')).toBe('Semantic Scholar');
    expect(sourceLabel('homepage')).toBe('homepage');
    // A fact stored by another version of Byline, from a source this one does not know.
    expect(sourceLabel('citeseerx' as never)).toBe('citeseerx');
    expect(sourceLabel('toString' as never)).toBe('toString');
  });
});

describe('the manifest derives from the tables', () => {
  const manifestFor = (browser: string) => {
    const manifest = config.manifest as (env: { browser: string }) => Record<string, unknown>;
    return manifest({ browser });
  };

  it('asks for exactly the sources table host permissions and the install-time sites (for injecting the cards), in both browsers', () => {
    const sites = SITE_IDS.filter((site) => !isOptInSite(site)).flatMap(contentScriptMatches);
    for (const browser of ['chrome', 'firefox']) {
      const m = manifestFor(browser);
      expect(m.host_permissions).toEqual([...HOST_PERMISSIONS, ...sites]);
      // MV2 Firefox declares optional origins in optional_permissions (WXT drops the MV3 key there).
      // Opt-in sites whose hosts no source needs are optional too, asked for when turned on.
      expect(browser === 'firefox' ? m.optional_permissions : m.optional_host_permissions).toEqual([
        ...OPTIONAL_HOST_PERMISSIONS,
        'https://openreview.net/*',
        'https://scholar.google.com/*',
      ]);
    }
    expect(HOST_PERMISSIONS).toEqual([
      'https://api.semanticscholar.org/*',
      'https://dblp.org/*',
      'https://api.openalex.org/*',
      'https://pub.orcid.org/*',
      'https://api.github.com/*',
      'https://huggingface.co/*',
      'https://paperswithcode.co/*',
      'https://api2.openreview.net/*',
      'https://*.github.io/*',
    ]);
    expect(OPTIONAL_HOST_PERMISSIONS).toEqual(['https://*/*', 'http://*/*']);
  });
});

describe('README explains every permission the tables ask for', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Supported pages'));

  it('names each host permission and each content-script host in its Permissions table', () => {
    const hosts = [...HOST_PERMISSIONS, ...SITE_IDS.flatMap(contentScriptMatches)].map((p) =>
      p.replace(/^https:\/\//, '').replace(/\/\*$/, ''),
    );
    for (const host of hosts) expect(section, host).toContain(`\`${host}\``);
  });
});
