/**
 * The little that the e2e tests need from a browser, the same for Chromium (playwright-core)
 * and Firefox (puppeteer-core over WebDriver BiDi), so each scenario is written once.
 */
export interface E2EPage {
  goto(url: string): Promise<unknown>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `fn` in the page with the card's shadow root, which is closed: no page script can
   * reach it, and neither can `evaluate`. The driver does, with privileges pages do not have
   * (CDP's DOM domain in Chromium, WebDriver BiDi's `includeShadowTree: "all"` in Firefox).
   * Resolves null when the page has no card host. `fn` and `arg` are serialized, and so is
   * the answer (JSON).
   */
  inCard<R, A>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg: A): Promise<R | null>;
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  press(key: string): Promise<void>;
  /** Types `text` with real key events, as a user would. */
  type(text: string): Promise<void>;
  moveMouse(x: number, y: number): Promise<void>;
  /** A real (trusted) click at viewport coordinates, as a user's would be. */
  mouseClick(x: number, y: number): Promise<void>;
  /** Emulates the system colour scheme; false where the browser's driver cannot. */
  emulateDarkMode(dark: boolean): Promise<boolean>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  name: 'chromium' | 'firefox';
  newPage(): Promise<E2EPage>;
  /** The URL of an extension page (`popup.html`), where the browser lets tests open one. */
  extensionPageUrl?(path: string): string;
  /** A tab something else opened (the extension's options page), once its URL matches. */
  waitForPage?(url: RegExp, timeoutMs?: number): Promise<E2EPage>;
  /** Runs `fn` in the extension's background, where the browser's driver allows it. */
  evaluateInBackground?<R>(fn: () => R | Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** Polls `fn` in the page until it returns a truthy value, or fails with `what`. */
export async function waitInPage<R, A>(
  page: E2EPage,
  fn: (arg: A) => R,
  arg: A,
  what: string,
  timeoutMs = 10_000,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let last: R | undefined;
  while (Date.now() < deadline) {
    last = await page.evaluate(fn, arg);
    if (last) return last as NonNullable<R>;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
}
