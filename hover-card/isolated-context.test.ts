// @vitest-environment happy-dom
import { ContentScriptContext } from '#imports';
import { describe, expect, it } from 'vitest';
import { createIsolatedContext } from './isolated-context';

/** Every event name WXT's context could be told to stop by, as a page would forge them. */
function forgeStartUpEvents(): void {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  for (const name of ['arxiv', 'acl', undefined])
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
  window.postMessage({ type, contentScriptName: 'arxiv', messageId: 'page' }, '*');
}

describe('createIsolatedContext', () => {
  it("ignores WXT's start-up event, however the page dispatches it", async () => {
    const ctx = createIsolatedContext('arxiv');
    forgeStartUpEvents();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ctx.isValid).toBe(true);
  });

  it("WXT's own context is stopped by the same forged event (what this context is for)", () => {
    const wxt = new ContentScriptContext('arxiv');
    forgeStartUpEvents();
    expect(wxt.signal.aborted).toBe(true);
  });

  it('a newer context in the same world stops the older one', () => {
    const older = createIsolatedContext('arxiv');
    const stopped: string[] = [];
    older.onInvalidated(() => stopped.push('older'));
    const newer = createIsolatedContext('arxiv');
    expect(older.signal.aborted).toBe(true);
    expect(stopped).toEqual(['older']);
    expect(newer.isValid).toBe(true);
  });

  it("keeps the script's options, which WXT's helpers read", () => {
    const ctx = createIsolatedContext('arxiv', { matches: ['https://arxiv.org/*'], cssInjectionMode: 'ui' });
    expect(ctx.options?.cssInjectionMode).toBe('ui');
  });

  it('tells the page nothing when it starts', async () => {
    const posted: unknown[] = [];
    const seen: string[] = [];
    window.addEventListener('message', (e) => {
      if ((e.data as { contentScriptName?: string }).contentScriptName === 'quiet') posted.push(e.data);
    });
    const dispatch = document.dispatchEvent.bind(document);
    document.dispatchEvent = (e: Event) => {
      seen.push(e.type);
      return dispatch(e);
    };
    try {
      createIsolatedContext('quiet');
    } finally {
      document.dispatchEvent = dispatch;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).toEqual([]);
    expect(seen).toEqual([]);
  });
});
