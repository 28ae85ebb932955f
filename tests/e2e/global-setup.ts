import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findBrowsers, type E2EEnvironment } from './environment';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./.artifacts/', import.meta.url));

/**
 * Runs once before the e2e suite: builds the extension for both browsers (so the suite always
 * tests the code as it is now) and makes a throwaway TLS certificate for the fake web.
 */
export default function setup(project: TestProject): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const wxt = `${ROOT}node_modules/.bin/wxt`;
  // Vitest sets NODE_ENV=test, which would leak into the build and bundle code the shipped
  // extension leaves out: the suite (and the size budget in build.e2e.ts) must see `npm run build`.
  const buildEnv = { ...process.env, NODE_ENV: 'production' };
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync(wxt, args, { cwd: ROOT, stdio: 'pipe', env: buildEnv });
  }
  const certFile = `${ARTIFACTS}cert.pem`;
  const keyFile = `${ARTIFACTS}key.pem`;
  if (!existsSync(certFile)) {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=byline fake web',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'pipe' },
    );
  }
  const env: E2EEnvironment = {
    root: ROOT,
    artifacts: ARTIFACTS,
    certFile,
    keyFile,
    chromeExtension: `${ROOT}.output/chrome-mv3`,
    firefoxExtension: `${ROOT}.output/firefox-mv2`,
    browsers: findBrowsers(),
  };
  project.provide('e2e', env);
}
