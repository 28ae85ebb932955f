/**
 * In-page probe for hover-to-card timing (serialized into the page, so self-contained).
 * Records when the pointer arrives on a name, then checks
 * the card in `byline-card`'s shadow root once per animation frame: a rAF callback runs just
 * before its frame paints, so the first frame that sees the card is the frame that paints it.
 * The root is closed, so no page script can find it: the bench hands it over through the
 * driver as `window.__bylineCardRoot` (hover.ts, `shareCardRoot`).
 */
export interface HoverProbe {
  /**
   * When the page got the pointerover, the moment Byline's own listener starts its show delay.
   * The event's timeStamp is earlier: Chromium holds pointer moves until the next frame, which
   * is the browser's delay, not Byline's, so it is kept apart as `inputTimeStamp`.
   */
  arrival?: number;
  inputTimeStamp?: number;
  shown?: number;
  done?: number;
  status?: string;
}

/** Installs the probe on `window.__bylineHover`; `name` selects the names whose hover it times. */
export function installHoverProbe(name: string): void {
  const w = window as unknown as { __bylineHover: HoverProbe };
  const probe: HoverProbe = {};
  w.__bylineHover = probe;
  document.addEventListener(
    'pointerover',
    (e) => {
      if (probe.arrival === undefined && (e.target as Element | null)?.closest?.(name)) {
        probe.arrival = performance.now();
        probe.inputTimeStamp = e.timeStamp;
      }
    },
    true,
  );
  const tick = () => {
    const root = (window as unknown as { __bylineCardRoot?: ShadowRoot }).__bylineCardRoot;
    const card = root?.querySelector('[data-testid="byline-card"]');
    const now = performance.now();
    // A card drawn in advance of the show delay is laid out but invisible: not yet on screen.
    if (card && card.getClientRects().length > 0 && getComputedStyle(card).visibility !== 'hidden') {
      probe.shown ??= now;
      const status = card.getAttribute('data-status') ?? '';
      if (status !== 'loading') {
        probe.done = now;
        probe.status = status;
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The probe's readings once the card has settled, or undefined while it has not. */
export function readHoverProbe(): HoverProbe | undefined {
  const probe = (window as unknown as { __bylineHover?: HoverProbe }).__bylineHover;
  return probe?.done !== undefined ? probe : undefined;
}
