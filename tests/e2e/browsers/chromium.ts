import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import type { BrowserSession, E2EPage } from './session';

/**
 * Debian's Chromium with the unpacked MV3 build. Every host resolves to the fake web
 * (`MAP *`), so a request to a host it does not know shows up there instead of leaving.
 */
export async function launchChromium(opts: {
  executable: string;
  extension: string;
  port: number;
}): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'byline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
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
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
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
    evaluateInBackground: (fn) => worker.evaluate(fn),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
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
