/*
 * The one message outside the typed protocol (messaging/protocol.ts): Byline's start-up script
 * (hover-card/bootstrap.ts) asks the background to load the cards into its frame. It is sent
 * before any of the protocol's code is loaded, so it is a bare object; the protocol's listeners
 * ignore it (it has no `type`).
 */

/** The request: no data, since the background takes everything from the sender. */
export const LOAD_CARDS_REQUEST = { byline: 'loadCards' } as const;

export function isLoadCardsRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { byline?: unknown }).byline === 'loadCards';
}

/** The background's answer: whether the cards were injected into the sender's frame. */
export interface LoadCardsReply {
  ok: boolean;
}

export function isLoadedReply(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && (reply as Partial<LoadCardsReply>).ok === true;
}
