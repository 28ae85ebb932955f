import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The builds the bench measures, copied aside so a rebuild elsewhere cannot change them mid-run. */
export interface Builds {
  chrome: string;
  firefox: string;
  builtAt: string;
  note?: string;
}

/** Builds both targets (unless `reuse`), then snapshots .output into a temp folder. */
export function prepareBuilds(root: string, reuse: boolean, log: (msg: string) => void): Builds {
  const wxt = join(root, 'node_modules/.bin/wxt');
  let note: string | undefined;
  if (!reuse) {
    for (const args of [['build'], ['build', '-b', 'firefox']]) {
      try {
        log(`wxt ${args.join(' ')}`);
        execFileSync(wxt, args, { cwd: root, stdio: 'pipe' });
      } catch (error) {
        // A broken build elsewhere should not stop the bench from measuring the last good one.
        note = `wxt ${args.join(' ')} failed; measured the existing .output instead (${String(error).split('\n')[0]})`;
        log(note);
      }
    }
  }
  const out = join(root, '.output');
  for (const dir of ['chrome-mv3', 'firefox-mv2'])
    if (!existsSync(join(out, dir, 'manifest.json')))
      throw new Error(`no build at .output/${dir}: run npx wxt build first`);
  const snap = mkdtempSync(join(tmpdir(), 'byline-bench-build-'));
  cpSync(join(out, 'chrome-mv3'), join(snap, 'chrome-mv3'), { recursive: true });
  cpSync(join(out, 'firefox-mv2'), join(snap, 'firefox-mv2'), { recursive: true });
  return {
    chrome: join(snap, 'chrome-mv3'),
    firefox: join(snap, 'firefox-mv2'),
    builtAt: statSync(join(out, 'chrome-mv3', 'manifest.json')).mtime.toISOString(),
    ...(note && { note }),
  };
}
