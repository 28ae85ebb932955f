// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createActivationGate, createKeyboardNavigation, type NextTask } from './user-input';

/** Tasks the test runs by hand: `end()` is the end of the current task. */
function tasks() {
  const queued: (() => void)[] = [];
  const nextTask: NextTask = (fn) => void queued.push(fn);
  return {
    nextTask,
    end: () => {
      for (const fn of queued.splice(0)) fn();
    },
  };
}

/** An event as the browser would hand it over, trusted or not (happy-dom cannot make trusted ones). */
function event<T extends Event>(e: T, isTrusted: boolean): T {
  Object.defineProperty(e, 'isTrusted', { value: isTrusted });
  return e;
}

function form() {
  document.body.innerHTML = '<form><input type="url"><button type="submit">Save</button></form><button>Other</button>';
  const f = document.querySelector('form')!;
  return {
    form: f,
    input: f.querySelector('input')!,
    save: f.querySelector('button')!,
    other: document.querySelector('body > button')!,
  };
}

const click = (target: Element, trusted: boolean) => {
  const e = event(new MouseEvent('click', { bubbles: true }), trusted);
  Object.defineProperty(e, 'composedPath', { value: () => [target, target.parentElement] });
  return e;
};
const submit = (target: Element, trusted: boolean) => {
  const e = event(new Event('submit'), trusted);
  Object.defineProperty(e, 'target', { value: target });
  return e;
};
const keydown = (target: Element, key: string, trusted: boolean) => {
  const e = event(new KeyboardEvent('keydown', { key }), trusted);
  Object.defineProperty(e, 'target', { value: target });
  return e;
};

describe('createActivationGate', () => {
  it("a trusted click is the user's, for its own task only; a synthetic click is not", () => {
    const t = tasks();
    const gate = createActivationGate(t.nextTask);
    const { other } = form();
    gate.observe(click(other, true));
    expect(gate.trusted()).toBe(true);
    t.end();
    expect(gate.trusted()).toBe(false);
    gate.observe(click(other, false));
    expect(gate.trusted()).toBe(false);
  });

  it("a trusted submit from requestSubmit() is not the user's, even after the user clicked elsewhere", () => {
    const t = tasks();
    const gate = createActivationGate(t.nextTask);
    const f = form();
    gate.observe(click(f.other, true));
    t.end();
    gate.observe(submit(f.form, true));
    expect(gate.trusted()).toBe(false);
    // In the same task as the user's click on another button: still not the user's submit.
    gate.observe(click(f.other, true));
    gate.observe(submit(f.form, true));
    expect(gate.trusted()).toBe(false);
  });

  it("a submit caused by the user's click on Save, or Enter in the field, in the same task, is the user's", () => {
    const t = tasks();
    const gate = createActivationGate(t.nextTask);
    const f = form();
    gate.observe(click(f.save, true));
    gate.observe(submit(f.form, true));
    expect(gate.trusted()).toBe(true);
    t.end();
    gate.observe(keydown(f.input, 'Enter', true));
    gate.observe(submit(f.form, true));
    expect(gate.trusted()).toBe(true);
  });

  it('the user clicking Save, then a script submitting in a later task, is not', () => {
    const t = tasks();
    const gate = createActivationGate(t.nextTask);
    const f = form();
    gate.observe(click(f.save, true));
    t.end();
    gate.observe(submit(f.form, true));
    expect(gate.trusted()).toBe(false);
  });

  it('synthetic clicks and keys arm nothing', () => {
    const t = tasks();
    const gate = createActivationGate(t.nextTask);
    const f = form();
    gate.observe(click(f.save, false));
    gate.observe(keydown(f.input, 'Enter', false));
    gate.observe(submit(f.form, true));
    expect(gate.trusted()).toBe(false);
    t.end();
  });
});

describe('createKeyboardNavigation', () => {
  it('a trusted Tab makes the focus of its task keyboard navigation; nothing else does', () => {
    const t = tasks();
    const nav = createKeyboardNavigation(t.nextTask);
    const { input } = form();
    expect(nav.tabbing()).toBe(false);
    nav.observe(keydown(input, 'Tab', false));
    expect(nav.tabbing()).toBe(false);
    nav.observe(keydown(input, 'Shift', true));
    expect(nav.tabbing()).toBe(false);
    nav.observe(keydown(input, 'Tab', true));
    expect(nav.tabbing()).toBe(true);
    t.end();
    expect(nav.tabbing()).toBe(false);
  });
});
