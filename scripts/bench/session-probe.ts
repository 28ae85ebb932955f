/**
 * In-page probe for the session bench (serialized into the page, so self-contained). Per hover:
 * when the pointer reached a name, when the card first showed data (the name, affiliation and
 * metrics painted, or the name and metrics once no affiliation can come; a failure's answer),
 * when its content last changed (the full card), and what the card shows at the end. The card's
 * shadow root is closed to the page: the bench hands it over with the driver's privileges
 * (`window.__bylineCardRoot`, set through the DevTools protocol), as the e2e helpers read it.
 */
export interface SessionProbe {
  arrival?: number;
  firstData?: number;
  lastChange?: number;
  status?: string;
}

export interface CardReading {
  status: string;
  name: string;
  hasAffiliation: boolean;
  hasMetrics: boolean;
  papers: number;
  /** Every repository link on the card, with the star count and its source label as shown. */
  repos: { repo: string; stars?: string; label?: string }[];
  problems: string;
}

/** Installs `window.__bylineSession`, reset for every hover by `resetSessionProbe`. */
export function installSessionProbe(): void {
  const w = window as unknown as {
    __bylineSession: SessionProbe;
    __bylineObserved?: ShadowRoot;
    __bylineCardRoot?: ShadowRoot;
  };
  w.__bylineSession = {};
  document.addEventListener(
    'pointerover',
    (e) => {
      const probe = w.__bylineSession;
      if (probe.arrival === undefined && (e.target as Element | null)?.closest?.('.list-authors a'))
        probe.arrival = performance.now();
    },
    true,
  );
  const tick = () => {
    const probe = w.__bylineSession;
    const root = w.__bylineCardRoot;
    const card = root?.querySelector('[data-testid="byline-card"]');
    if (root && w.__bylineObserved !== root) {
      w.__bylineObserved = root;
      new MutationObserver(() => {
        const p = w.__bylineSession;
        if (p.firstData !== undefined) p.lastChange = performance.now();
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    if (
      probe.arrival !== undefined &&
      probe.firstData === undefined &&
      card &&
      card.getClientRects().length > 0 &&
      getComputedStyle(card).visibility !== 'hidden'
    ) {
      const status = card.getAttribute('data-status') ?? '';
      const painted = (id: string) => (root?.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '') !== '';
      // Identity, affiliation and metrics: an affiliation only the homepage gives counts once the
      // homepage's stage is in; a person with none has their first data without it.
      const homepageComing = root?.querySelector('[data-testid="pending-homepage"]');
      const firstStage =
        painted('card-name') && painted('card-metrics') && (painted('card-affiliation') || !homepageComing);
      if (status !== 'loading' && (firstStage || status !== 'arriving')) {
        probe.firstData = performance.now();
        probe.lastChange = probe.firstData;
        probe.status = status;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function resetSessionProbe(): void {
  (window as unknown as { __bylineSession: SessionProbe }).__bylineSession = {};
}

export function readSessionProbe(): SessionProbe {
  return { ...(window as unknown as { __bylineSession: SessionProbe }).__bylineSession };
}

/** What the card shows now. */
export function readCardContent(): CardReading | null {
  const root = (window as unknown as { __bylineCardRoot?: ShadowRoot }).__bylineCardRoot;
  const card = root?.querySelector('[data-testid="byline-card"]');
  if (!root || !card) return null;
  const text = (sel: string) => root.querySelector(sel)?.textContent?.trim() ?? '';
  return {
    status: card.getAttribute('data-status') ?? '',
    name: text('[data-testid="card-name"]'),
    hasAffiliation: text('[data-testid="card-affiliation"]').length > 0,
    hasMetrics: text('[data-testid="card-metrics"]').length > 0,
    papers: root.querySelectorAll('[data-testid="card-papers"] li').length,
    repos: [...root.querySelectorAll('[data-testid="paper-code"]')].map((a) => {
      const stars = a.querySelector('.stars');
      return {
        repo: a.firstChild?.textContent?.trim() ?? '',
        ...(stars
          ? { stars: stars.textContent?.replace('★', '').trim() ?? '', label: stars.getAttribute('title') ?? '' }
          : {}),
      };
    }),
    problems: text('[data-testid="card-problems"]'),
  };
}

/** A name the pointer crossed on its way somewhere else, and how long it stayed on it. */
export interface Crossing {
  name: string;
  dwellMs: number;
}

/** Installs `window.__bylineCrossings`: every stay of the pointer on an author link, in order. */
export function installCrossingProbe(): void {
  const w = window as unknown as { __bylineCrossings: Crossing[]; __bylineOn?: { el: Element; at: number } };
  w.__bylineCrossings = [];
  const nameAt = (t: EventTarget | null) => (t as Element | null)?.closest?.('.list-authors a') ?? null;
  document.addEventListener(
    'pointerover',
    (e) => {
      const a = nameAt(e.target);
      if (a && w.__bylineOn?.el !== a) w.__bylineOn = { el: a, at: performance.now() };
    },
    true,
  );
  document.addEventListener(
    'pointerout',
    (e) => {
      const on = w.__bylineOn;
      const a = nameAt(e.target);
      if (!on || a !== on.el || (e.relatedTarget instanceof Node && a.contains(e.relatedTarget))) return;
      w.__bylineCrossings.push({ name: a.textContent?.trim() ?? '', dwellMs: performance.now() - on.at });
      w.__bylineOn = undefined;
    },
    true,
  );
}

/** The crossings since the last call. */
export function takeCrossings(): Crossing[] {
  const w = window as unknown as { __bylineCrossings: Crossing[] };
  const out = w.__bylineCrossings;
  w.__bylineCrossings = [];
  return out;
}
