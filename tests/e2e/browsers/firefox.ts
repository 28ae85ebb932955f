import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserSession, E2EPage } from './session';

/**
 * Firefox ESR over WebDriver BiDi with the MV2 build installed as a temporary add-on.
 * `network.dns.forceResolve` sends every host to the fake web on 127.0.0.1:443 (Firefox cannot
 * map ports), so nothing Byline asks for can leave the machine.
 */
export async function launchFirefox(opts: { executable: string; extension: string }): Promise<BrowserSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: opts.executable,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.dns.disableIPv6': true,
      'network.trr.mode': 5,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      // permissions.request() from a click grants without Firefox's doorhanger, which a
      // headless session cannot click: the request still goes through the real API and its
      // user-input check, and the manifest must still declare the origins as optional.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(opts.extension);
  return {
    name: 'firefox',
    newPage: async () => wrap(browser, await browser.newPage()),
    // A tab an extension opens keeps reporting about:blank as its target URL under BiDi, so the
    // pages are asked where they are.
    waitForPage: async (url, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (url.test(href)) return wrap(browser, page);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`Timed out after ${timeoutMs} ms waiting for a tab at ${url}`);
    },
    close: () => browser.close(),
  };
}

/** The raw WebDriver BiDi connection under puppeteer (puppeteer's own API cannot reach a closed root). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiCallResult }>;
}
type BidiCallResult =
  | { type: 'success'; result: { type: string; value?: unknown; sharedId?: string } }
  | { type: 'exception'; exceptionDetails: { text: string } };

function wrap(browser: Browser, page: Page): E2EPage {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const call = async (functionDeclaration: string, args: object[], serializationOptions?: object) => {
    const { result } = await bidi.send('script.callFunction', {
      functionDeclaration,
      arguments: args,
      awaitPromise: true,
      target: { context },
      resultOwnership: 'none',
      serializationOptions,
    });
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails.text}`);
    return result.result;
  };
  return {
    async inCard(fn, arg) {
      // The host serialized with its shadow tree, closed ones included, gives the root's shared id.
      const host = await call("() => document.querySelector('byline-card')", [], {
        includeShadowTree: 'all',
        maxDomDepth: 1,
      });
      const shadow = (host.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot;
      if (!shadow?.sharedId) return null;
      const answer = await call(
        `async (root) => JSON.stringify((await (${fn.toString()})(root, ${JSON.stringify(arg) ?? 'undefined'})) ?? null)`,
        [{ sharedId: shadow.sharedId }],
      );
      return JSON.parse(String(answer.value));
    },
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    hover: (selector) => page.hover(selector),
    focus: (selector) => page.focus(selector),
    click: (selector) => page.click(selector),
    // Arguments are plain JSON data here, so the libraries' handle-unwrapping types do not apply.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path, clip) => void (await page.screenshot({ path, clip })),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    moveMouse: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    // WebDriver BiDi has no media emulation yet (puppeteer needs CDP for it).
    emulateDarkMode: async () => false,
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}
