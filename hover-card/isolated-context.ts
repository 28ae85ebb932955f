import { ContentScriptContext } from '#imports';

/*
 * Byline's content script lives as long as its context: when the context is invalidated, its
 * listeners, timers and card go. WXT's own context invalidates itself when a newer copy of the
 * script starts, and learns that from an event on `document` whose name it also posts to the
 * page; a page script can dispatch that event and so switch Byline off. The context here keeps
 * everything else WXT's does (it is one, for WXT's helpers), but hands over only through the
 * content script's own global object: in the isolated world, where page scripts cannot see it.
 * A newer copy of the script in the same world stops the older one; a copy from a reloaded
 * extension finds the old one gone already (the browser discards it, or its extension API
 * reads as invalid on first use).
 */

/** The live context, on the isolated world's global object (page scripts have their own). */
const LIVE = '__bylineLiveContext';

type Holder = Record<typeof LIVE, ContentScriptContext | undefined>;

class IsolatedContext extends ContentScriptContext {
  // Runs from WXT's constructor: the older live context (if any) stops, this one takes its place.
  override stopOldScripts(): void {
    const holder = globalThis as unknown as Holder;
    const older = holder[LIVE];
    holder[LIVE] = this;
    if (older && older !== this) older.notifyInvalidated();
  }

  // WXT's page-visible start-up event is not listened to; no event from the page can stop Byline.
  override listenForNewerScripts(): void {}

  override verifyScriptStartedEvent(): boolean {
    return false;
  }
}

/**
 * A content script context that nothing in the page can invalidate, for the script `name`
 * defined with `options` (WXT's helpers read them: the card's CSS comes from `cssInjectionMode`).
 */
export function createIsolatedContext(name: string, options?: ContentScriptContext['options']): ContentScriptContext {
  return new IsolatedContext(name, { ...options, noScriptStartedPostMessage: true });
}
