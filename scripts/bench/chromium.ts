import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { grantInProfile } from '../../tests/e2e/browsers/chromium';

/** A Chromium with or without the unpacked build, every host resolved to the fake web. */
export interface BenchChromium {
  context: BrowserContext;
  extensionId?: string;
  close(): Promise<void>;
}

/** Launches with the same flags as the e2e launcher, plus a fresh profile each time. */
export async function launchBenchChromium(opts: {
  executable: string;
  port: number;
  extension?: string;
  /** Optional hosts already allowed, as after the user's "Allow" (see the e2e launcher's `grantInProfile`). */
  grantedHosts?: readonly string[];
}): Promise<BenchChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'byline-bench-chromium-'));
  if (opts.extension && opts.grantedHosts?.length) {
    const first = await launchIn(profile, opts);
    const id = await extensionIdOf(first);
    // Chromium writes its preferences when it closes: the grant goes in after.
    await first.close();
    grantInProfile(profile, id, opts.grantedHosts);
  }
  const context = await launchIn(profile, opts);
  const extensionId = opts.extension ? await extensionIdOf(context) : undefined;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}

function launchIn(profile: string, opts: { executable: string; port: number; extension?: string }) {
  const extensionArgs = opts.extension
    ? [`--disable-extensions-except=${opts.extension}`, `--load-extension=${opts.extension}`]
    : [];
  return chromium.launchPersistentContext(profile, {
    executablePath: opts.executable,
    headless: true,
    ignoreDefaultArgs: opts.extension ? ['--disable-extensions'] : [],
    args: [
      ...extensionArgs,
      `--host-resolver-rules=MAP * 127.0.0.1:${opts.port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--disable-quic',
    ],
    viewport: { width: 1280, height: 900 },
  });
}
