import type { CDPSession } from 'playwright-core';
import { cardRoot } from '../../tests/e2e/browsers/chromium';

/**
 * The card's shadow root is closed to the page. The bench's in-page probes read it as the e2e
 * helpers do, with the driver's privileges: this hands it to the page as `window.__bylineCardRoot`
 * through the DevTools protocol. True once it is there (the host is drawn on the first hover).
 */
export async function handOverCardRoot(cdp: CDPSession): Promise<boolean> {
  const root = await cardRoot(cdp);
  if (!root) return false;
  try {
    await cdp.send('Runtime.callFunctionOn', {
      objectId: root,
      functionDeclaration: 'function () { window.__bylineCardRoot = this; }',
    });
    return true;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: root });
  }
}
