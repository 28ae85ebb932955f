/*
 * The page Byline runs on is not trusted, and its scripts can make events: `dispatchEvent`
 * gives untrusted ones, but some calls make the browser fire trusted ones. `el.focus()` fires a
 * trusted focus event, and `form.requestSubmit()` a trusted submit. So "trusted" alone is not
 * "the user's": what counts as the user's input here is decided from the user's own key and
 * click events, in the same task (a page script runs in tasks of its own, or before the
 * browser's default action; it cannot run inside one and then reach the closed card).
 */

/** Runs `fn` in a later task (a timeout), after the current event and its default action. */
export type NextTask = (fn: () => void) => void;

/** Whether a trusted Tab (or Shift+Tab) is moving focus right now: keyboard navigation, not a script's focus(). */
export interface KeyboardNavigation {
  /** Feed every keydown on the document (capture phase). */
  observe(e: KeyboardEvent): void;
  /** True while the task of a trusted Tab keydown runs: the focus it moves is the user's. */
  tabbing(): boolean;
}

export function createKeyboardNavigation(nextTask: NextTask): KeyboardNavigation {
  let tabbing = false;
  return {
    observe(e) {
      if (!e.isTrusted || e.key !== 'Tab') return;
      tabbing = true;
      nextTask(() => {
        tabbing = false;
      });
    },
    tabbing: () => tabbing,
  };
}

/** Whether the card action being handled comes from the user (see `CardHost.activationTrusted`). */
export interface ActivationGate {
  /** Feed every click, keydown and submit inside the card (capture phase, before the card's handlers). */
  observe(e: Event): void;
  /** True while a trusted click, or a submit the user caused, is being handled. */
  trusted(): boolean;
}

/** The form a submit button belongs to, when `node` is one. */
function submitButtonForm(node: EventTarget): HTMLFormElement | null {
  const el = node as Partial<HTMLButtonElement & HTMLInputElement>;
  if ((el.tagName === 'BUTTON' || el.tagName === 'INPUT') && el.type === 'submit') return el.form ?? null;
  return null;
}

/** The form of a text field, when `node` is one (Enter in it submits the form). */
function fieldForm(node: EventTarget | null): HTMLFormElement | null {
  const el = node as Partial<HTMLInputElement> | null;
  return el?.tagName === 'INPUT' && el.type !== 'submit' && el.type !== 'button' ? (el.form ?? null) : null;
}

/**
 * A click counts when the browser made it from the user's input (`isTrusted`). A submit
 * counts only when the user's own click on the form's submit button, or the user's Enter in
 * one of its fields, caused it in the same task: `requestSubmit()` from a page script also
 * fires a trusted submit. Every answer lasts one task.
 */
export function createActivationGate(nextTask: NextTask): ActivationGate {
  let trusted = false;
  let armed: HTMLFormElement | null = null;
  let resetQueued = false;
  const resetLater = () => {
    if (resetQueued) return;
    resetQueued = true;
    nextTask(() => {
      resetQueued = false;
      trusted = false;
      armed = null;
    });
  };
  return {
    observe(e) {
      if (e.type === 'click') {
        trusted = e.isTrusted;
        if (e.isTrusted) armed = e.composedPath().map(submitButtonForm).find(Boolean) ?? armed;
      } else if (e.type === 'keydown') {
        const key = (e as KeyboardEvent).key;
        if (e.isTrusted && key === 'Enter') armed = fieldForm(e.target) ?? armed;
      } else if (e.type === 'submit') {
        trusted = e.isTrusted && armed !== null && armed === e.target;
        armed = null;
      } else return;
      resetLater();
    },
    trusted: () => trusted,
  };
}
