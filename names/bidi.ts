/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In a
 * name they make text display in another order than it is stored ("\u202eNAP" shows as "PAN"),
 * so a name could look like someone else's; no real name needs them, since a name shown in its
 * own `<bdi>` is laid out by its own letters.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** `text` without bidi embedding, override and isolate controls. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
