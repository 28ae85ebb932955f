import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type CDPSession, type Page } from 'playwright-core';
import type { BrowserSession, E2EPage } from './session';

/**
 * Debian's Chromium with the unpacked MV3 build. Every host resolves to the fake web
 * (`MAP *`), so a request to a host it does not know shows up there instead of leaving.
 */
export async function launchChromium(opts: {
  executable: string;
  extension: string;
  port: number;
  /**
   * Optional hosts the user has already allowed, as if they had said yes to Chromium's
   * permission dialog (which a headless session cannot show): see `grantInProfile`.
   */
  grantedHosts?: readonly string[];
}): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'byline-chromium-'));
  if (opts.grantedHosts?.length) {
    const first = await launchContext(profile, opts);
    const id = await extensionIdOf(first);
    await first.close();
    grantInProfile(profile, id, opts.grantedHosts);
  }
  const context = await launchContext(profile, opts);
  const extensionId = await extensionIdOf(context);
  const [worker] = context.serviceWorkers().filter((w) => new URL(w.url()).host === extensionId);
  return {
    name: 'chromium',
    newPage: async () => wrap(await context.newPage()),
    extensionPageUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    waitForPage: async (url, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const page = context.pages().find((p) => url.test(p.url()));
        if (page) {
          await page.waitForLoadState('load');
          return wrap(page);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`Timed out after ${timeoutMs} ms waiting for a tab at ${url}`);
    },
    evaluateInBackground: (fn) => worker!.evaluate(fn),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchContext(profile: string, opts: { executable: string; extension: string; port: number }) {
  return chromium.launchPersistentContext(profile, {
    executablePath: opts.executable,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${opts.extension}`,
      `--load-extension=${opts.extension}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${opts.port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--disable-quic',
    ],
    viewport: { width: 1280, height: 900 },
  });
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}

/**
 * Writes into a closed profile what Chromium itself stores when the user allows an optional
 * host in its permission dialog: the host in the extension's granted, active and runtime-granted
 * permissions (`Default/Preferences`, where Linux builds keep extension settings). On the next
 * start `permissions.request` for it resolves at once, with no dialog, as for hosts granted at
 * install; the extension's own code paths (the options switch, the content-script registration)
 * run unchanged.
 */
export function grantInProfile(profile: string, extensionId: string, hosts: readonly string[]): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs?.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`Chromium kept no settings for ${extensionId} in ${file}`);
  const add = (key: string) => {
    settings[key] ??= { api: [], explicit_host: [], manifest_permissions: [], scriptable_host: [] };
    settings[key].explicit_host = [...new Set([...(settings[key].explicit_host ?? []), ...hosts])];
  };
  for (const key of ['granted_permissions', 'active_permissions', 'runtime_granted_permissions']) add(key);
  writeFileSync(file, JSON.stringify(prefs));
}

/** The card host's shadow root (closed or open) as a remote object in the page's main world. */
export async function cardRoot(cdp: CDPSession): Promise<string | undefined> {
  const { result: host } = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('byline-card')" });
  if (!host.objectId) return undefined;
  try {
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, pierce: true, depth: 1 });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: host.objectId });
  }
}

function wrap(page: Page): E2EPage {
  let cdp: Promise<CDPSession> | undefined;
  return {
    async inCard(fn, arg) {
      cdp ??= page.context().newCDPSession(page);
      const session = await cdp;
      const root = await cardRoot(session);
      if (!root) return null;
      try {
        const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
          objectId: root,
          functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
          arguments: [{ value: arg }],
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails)
          throw new Error(`in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value ?? null;
      } finally {
        await session.send('Runtime.releaseObject', { objectId: root });
      }
    },
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    hover: (selector) => page.hover(selector),
    focus: (selector) => page.focus(selector),
    click: (selector) => page.click(selector),
    // Arguments are plain JSON data here, so the libraries' handle-unwrapping types do not apply.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path, clip) => void (await page.screenshot({ path, clip })),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    moveMouse: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    emulateDarkMode: async (dark) => {
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      return true;
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}
