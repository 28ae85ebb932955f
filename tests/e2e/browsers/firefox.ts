import puppeteer, { type Page } from 'puppeteer-core';
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
    newPage: async () => wrap(await browser.newPage()),
    // A tab an extension opens keeps reporting about:blank as its target URL under BiDi, so the
    // pages are asked where they are.
    waitForPage: async (url, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (url.test(href)) return wrap(page);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`Timed out after ${timeoutMs} ms waiting for a tab at ${url}`);
    },
    close: () => browser.close(),
  };
}

function wrap(page: Page): E2EPage {
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    hover: (selector) => page.hover(selector),
    focus: (selector) => page.focus(selector),
    click: (selector) => page.click(selector),
    // Arguments are plain JSON data here, so the libraries' handle-unwrapping types do not apply.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path, clip) => void (await page.screenshot({ path, clip })),
    press: (key) => page.keyboard.press(key as never),
    moveMouse: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    // WebDriver BiDi has no media emulation yet (puppeteer needs CDP for it).
    emulateDarkMode: async () => false,
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}
