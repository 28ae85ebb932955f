import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { INSTALL_HINT } from './environment';
import { launchChromium } from './browsers/chromium';
import { launchFirefox } from './browsers/firefox';
import type { BrowserSession } from './browsers/session';
import { startFakeWeb, type FakeWeb } from './fake-web/server';

export interface BrowserContext {
  browser: BrowserSession;
  web: FakeWeb;
  artifacts: string;
}

type BrowserName = 'chromium' | 'firefox';

/**
 * Runs `body` once per real browser, each against its own fake web. Without a browser the
 * suite fails under CI=true and otherwise says plainly that it was skipped and how to install.
 */
export function describeInBrowsers(
  title: string,
  body: (ctx: () => BrowserContext) => void,
  browsers: BrowserName[] = ['chromium', 'firefox'],
  /** Optional hosts the user allowed in Chromium's permission dialog before the test (see `launchChromium`). */
  options: { chromiumGrantedHosts?: readonly string[] } = {},
): void {
  const env = inject('e2e');
  for (const name of browsers) {
    const executable = env.browsers[name];
    if (!executable) {
      const message = `${name} not found: e2e "${title}" in ${name} skipped; ${INSTALL_HINT}`;
      if (process.env.CI === 'true') it(`${title} [${name}]`, () => expect.fail(message));
      else {
        console.warn(message);
        it.skip(`${title} [${name}] (${name} not installed)`, () => {});
      }
      continue;
    }
    describe(`${title} [${name}]`, () => {
      let ctx: BrowserContext | undefined;
      beforeAll(async () => {
        const web = await startFakeWeb({ certFile: env.certFile, keyFile: env.keyFile, port: 443 });
        const browser =
          name === 'chromium'
            ? await launchChromium({
                executable,
                extension: env.chromeExtension,
                port: web.port,
                ...(options.chromiumGrantedHosts ? { grantedHosts: options.chromiumGrantedHosts } : {}),
              })
            : await launchFirefox({ executable, extension: env.firefoxExtension });
        ctx = { browser, web, artifacts: env.artifacts };
      });
      afterEach(() => {
        // Nothing may leave the machine: every request Byline made must be one the fake web knows.
        expect(ctx?.web.unknown ?? [], 'requests to hosts or paths the fake web does not know').toEqual([]);
        ctx?.web.reset();
      });
      afterAll(async () => {
        await ctx?.browser.close();
        await ctx?.web.close();
      });
      body(() => {
        if (!ctx) throw new Error('browser did not start');
        return ctx;
      });
    });
  }
}
