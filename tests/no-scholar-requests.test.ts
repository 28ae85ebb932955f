import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITES } from '../domain/sites';
import { HOST_PERMISSIONS, OPTIONAL_HOST_PERMISSIONS, SOURCES } from '../domain/sources';
import { isProfileUrl } from '../sources/profile-hosts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// `scripts/` is the bench: it opens Scholar pages in a browser as a user would.
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'tests', 'scripts', 'public', 'assets', 'docs']);

function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : productFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Where Google Scholar's hosts may be named, and why: none of these makes a request.
 * Scholar forbids automated access; Byline only reads the pages the user opens there.
 */
const MAY_NAME_SCHOLAR: Record<string, string> = {
  'domain/sites.ts': 'the opt-in site: its content script runs on the pages the user opens',
  'sites/person-links.ts': 'reads profile ids out of links on a page',
  'sites/scholar-results.ts': 'test URLs in a comment',
  'sites/scholar-profile.ts': 'test URLs in a comment',
  'homepage/profile-links.ts': "classifies a homepage's profile links",
  'sources/profile-hosts.ts': 'says a Scholar page is a profile, never a homepage to fetch',
  'profiles/page-person-link.ts': 'builds the profile link the card shows',
};

describe('Byline sends Google Scholar no request of its own', () => {
  it('names Scholar only where nothing is fetched', () => {
    const naming = productFiles(ROOT)
      .map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }))
      .filter(({ text }) => /scholar\.google\./i.test(text));
    expect(naming.map((f) => f.file).filter((f) => !(f in MAY_NAME_SCHOLAR))).toEqual([]);
    for (const { file, text } of naming) {
      expect(text, file).not.toMatch(/\bfetch\w*\(|from '\.\.\/net\/|XMLHttpRequest|sendBeacon/);
    }
  });

  it('has no source on a Scholar host, and takes no Scholar page for a homepage', () => {
    const hosts = Object.values(SOURCES).flatMap((spec) => [...spec.hosts]);
    const asked = [...hosts, ...HOST_PERMISSIONS, ...OPTIONAL_HOST_PERMISSIONS];
    expect(asked.filter((h) => /scholar\.google/.test(h))).toEqual([]);
    expect(isProfileUrl('https://scholar.google.com/citations?user=JiangHqAAAAJ')).toBe(true);
    expect(isProfileUrl('https://scholar.google.de/citations?user=JiangHqAAAAJ')).toBe(true);
    expect(SITES['google-scholar'].hosts).toEqual(['scholar.google.com']);
  });
});
