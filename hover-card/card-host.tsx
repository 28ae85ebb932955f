import type { ContentScriptContext } from '#imports';
import { render } from 'preact';
import cardCss from '../components/card/card.css?inline';
import { AuthorCard } from '../components/card/AuthorCard';
import type { CardActions, CardState } from '../components/card/card-state';
import { placeCard } from './place-card';
import { createActivationGate } from './user-input';

/**
 * The one card on the page, placed by the name, in a closed shadow root: page CSS and card CSS
 * never mix, and no page script can read the card (who it is about, whether the user follows
 * them) or reach its controls.
 */
export interface CardHost {
  /**
   * Renders and places the card, still invisible, while the show delay runs: when the delay
   * ends only its visibility changes, so a cached card is on screen in the next frame.
   */
  prepare(anchor: Element, state: CardState, following: boolean): void;
  show(anchor: Element, state: CardState, following: boolean): void;
  update(state: CardState, following: boolean): void;
  hide(): void;
  /** True when `node` is inside the card. */
  contains(node: EventTarget | null): boolean;
  /** Moves keyboard focus to the card's first control. */
  focusFirst(): void;
  /**
   * Whether the click or submit that triggered the current card action came from the user:
   * a trusted click, or a submit that the user's own click on Save or Enter in the field
   * caused in the same task (user-input.ts). Actions that change the user's data require it.
   */
  activationTrusted(): boolean;
  host(): HTMLElement;
}

export interface CardHostEvents {
  onPointerEnter(): void;
  onPointerLeave(): void;
  onFocusLeave(to: EventTarget | null): void;
  actions: CardActions;
}

/** Creates the host lazily-mounted: nothing is added to the page until the first card shows. */
export async function createCardHost(ctx: ContentScriptContext, events: CardHostEvents): Promise<CardHost> {
  let container: HTMLElement | undefined;
  let shadowHost: HTMLElement | undefined;
  let shadowRoot: ShadowRoot | undefined;
  let anchor: Element | undefined;
  let current: { state: CardState; following: boolean } | undefined;
  const activation = createActivationGate((fn) => ctx.setTimeout(fn, 0));

  // The host is made by hand rather than with the framework's shadow-root helper: a closed root
  // and one <style> are all the card needs, and the helper's element-waiting and custom-element
  // checks would cost the content script about 16 KB. The stylesheet travels inside the script,
  // so no extension file is exposed to the page.
  let mounted = false;
  const mount = () => {
    if (mounted || !document.body) return;
    mounted = true;
    const host = document.createElement('byline-card');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // Page styles reach the host element itself: reset it, as the card's own rules start from here.
    style.textContent = `:host{all:initial !important}${cardCss}`;
    const uiContainer = document.createElement('div');
    shadow.append(style, uiContainer);
    container = uiContainer;
    shadowHost = host;
    shadowRoot = shadow;
    Object.assign(container.style, {
      position: 'fixed',
      top: '0px',
      left: '0px',
      zIndex: '2147483647',
      display: 'none',
    });
    for (const type of ['click', 'keydown', 'submit'])
      container.addEventListener(type, (e) => activation.observe(e), { capture: true });
    host.addEventListener('pointerenter', events.onPointerEnter);
    host.addEventListener('pointerleave', events.onPointerLeave);
    host.addEventListener('focusout', (e) => {
      const to = (e as FocusEvent).relatedTarget;
      if (!host.contains(to as Node | null)) events.onFocusLeave(to);
    });
    document.body.append(host);
    ctx.onInvalidated(() => {
      render(null, uiContainer);
      host.remove();
    });
  };

  const draw = () => {
    if (!container || !current) return;
    render(
      <AuthorCard state={current.state} actions={events.actions} now={Date.now()} following={current.following} />,
      container,
    );
  };

  // Layout is read only here, when a card opens or changes: never while the page is marked.
  const position = () => {
    if (!container || !anchor) return;
    const card = container.querySelector('.card')?.getBoundingClientRect();
    const place = placeCard(
      anchor.getBoundingClientRect(),
      { width: card?.width ?? 380, height: card?.height ?? 220 },
      {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      },
    );
    container.style.top = `${place.top}px`;
    container.style.left = `${place.left}px`;
    container.dataset.side = place.side;
  };

  let prepared: { anchor: Element; state: CardState; following: boolean } | undefined;

  return {
    prepare(nextAnchor, state, following) {
      mount();
      anchor = nextAnchor;
      current = { state, following };
      prepared = { anchor: nextAnchor, state, following };
      draw();
      if (container) Object.assign(container.style, { display: 'block', visibility: 'hidden' });
      position();
    },
    show(nextAnchor, state, following) {
      const ready =
        prepared && prepared.anchor === nextAnchor && prepared.state === state && prepared.following === following;
      prepared = undefined;
      if (container) container.style.visibility = 'visible';
      if (ready) return;
      mount();
      anchor = nextAnchor;
      current = { state, following };
      draw();
      if (container) container.style.display = 'block';
      position();
    },
    update(state, following) {
      current = { state, following };
      draw();
      position();
    },
    hide() {
      anchor = undefined;
      current = undefined;
      prepared = undefined;
      if (container) render(null, container);
      if (container) container.style.display = 'none';
    },
    activationTrusted: () => activation.trusted(),
    contains: (node) => !!shadowHost && !!node && (node === shadowHost || shadowHost.contains(node as Node)),
    focusFirst() {
      shadowRoot?.querySelector<HTMLElement>('a[href], button:not([disabled]), input')?.focus();
    },
    host: () => {
      mount();
      return shadowHost!;
    },
  };
}
