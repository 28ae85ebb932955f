import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzipped bytes of one entry point: its own file plus the chunks its page loads. */
export interface BundleSize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** Scripts (and module preloads) an extension page pulls in, from its HTML. */
function pageScripts(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return [html, ...refs];
}

/** Sizes of the content script, background, popup and options in a build folder. */
export function bundleSizes(dir: string): BundleSize[] {
  const entries: [string, string[]][] = [
    // The start-up scripts are evaluated on every matching page; the cards (with their CSS)
    // only once the user shows interest in a name.
    ['content script (arXiv start-up)', ['arxiv-start.js']],
    ['content script (ACL Anthology start-up)', ['acl-start.js']],
    ['content script (opt-in sites start-up)', ['sites-start.js']],
    ['content script (arXiv cards)', ['content-scripts/arxiv.js']],
    ['content script (ACL Anthology cards)', ['content-scripts/acl.js']],
    ['content script (Hugging Face Papers cards)', ['content-scripts/hf.js']],
    ['content script (dblp cards)', ['content-scripts/dblp.js']],
    ['content script (OpenReview cards)', ['content-scripts/openreview.js']],
    ['content script (Google Scholar cards)', ['content-scripts/scholar.js']],
    ['background', ['background.js']],
    ['popup', pageScripts(dir, 'popup.html')],
    ['options', pageScripts(dir, 'options.html')],
  ];
  return entries.map(([name, files]) => {
    const present = files.filter((f) => existsSync(join(dir, f)));
    const sizes = present.map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    return { name, files: present, raw: sum(sizes.map((s) => s.raw)), gzip: sum(sizes.map((s) => s.gzip)) };
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
