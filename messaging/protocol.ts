import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AuthorQuery } from '../sites/mention';
import type { LookupResult } from '../profiles/profile';

/**
 * The one message protocol between the content script / popup / options page and the
 * background. Payloads are plain data; failures are values inside the result types.
 */
export interface ProtocolMap {
  /** Resolve an author on a page to one researcher and build their card. */
  lookupResearcher(query: AuthorQuery): LookupResult;
  /** Liveness check used by the popup and the e2e suite. */
  ping(): { ok: true; version: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
