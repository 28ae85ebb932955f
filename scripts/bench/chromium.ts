import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
}): Promise<BenchChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'byline-bench-chromium-'));
  const extensionArgs = opts.extension
    ? [`--disable-extensions-except=${opts.extension}`, `--load-extension=${opts.extension}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
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
  let extensionId: string | undefined;
  if (opts.extension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
