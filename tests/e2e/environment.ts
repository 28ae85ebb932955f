import { existsSync } from 'node:fs';

/** What the e2e suite knows about this machine, handed from the global setup to each test file. */
export interface E2EEnvironment {
  root: string;
  artifacts: string;
  certFile: string;
  keyFile: string;
  chromeExtension: string;
  firefoxExtension: string;
  browsers: { chromium?: string; firefox?: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EEnvironment;
  }
}

/** Debian's Chromium and Firefox ESR, where installed (override with CHROMIUM_PATH / FIREFOX_PATH). */
export function findBrowsers(): E2EEnvironment['browsers'] {
  const pick = (...paths: (string | undefined)[]) => paths.find((p) => p && existsSync(p));
  return {
    chromium: pick(process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'),
    firefox: pick(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
  };
}

/** How to get the browsers, said plainly when they are missing. */
export const INSTALL_HINT = 'install them with: sudo apt-get install -y chromium firefox-esr';
