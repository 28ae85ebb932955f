// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageResearcher } from '../messaging/protocol';
import { type BootstrapEnv, type CardsHandle, type PopupReply, startBootstrap, startupOf } from './bootstrap';

/** An event as the browser would make it from the user's input (trusted) or a page script's (not). */
function fire<T extends Event>(target: EventTarget, e: T, isTrusted = true): T {
  Object.defineProperty(e, 'isTrusted', { value: isTrusted });
  target.dispatchEvent(e);
  return e;
}
const over = (el: Element, trusted = true, relatedTarget: Element | null = null) =>
  fire(el, new PointerEvent('pointerover', { bubbles: true, relatedTarget, clientX: 10, clientY: 10 }), trusted);
const out = (el: Element, relatedTarget: Element | null) =>
  fire(el, new PointerEvent('pointerout', { bubbles: true, relatedTarget }));
const tab = () => fire(document, new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
const focusIn = (el: Element, trusted = true) => fire(el, new FocusEvent('focusin', { bubbles: true }), trusted);

const INTEREST = '.authors a';
const QUESTION = { id: 1, type: 'pageResearchers', data: undefined, timestamp: 1 };
const RESEARCHERS = [{ query: { printed: 'Zhuoshi Pan' } }] as unknown as PageResearcher[];

/** A start-up script on a small page, with the background and the card script stood in for. */
function setUp(options: { loads?: boolean; idle?: boolean } = {}) {
  document.body.innerHTML = `
    <nav><a href="/">arXiv</a></nav>
    <div class="authors"><a id="a1" href="?searchtype=author&query=Pan">Zhuoshi Pan</a>,
      <a id="a2" href="?searchtype=author&query=Wu">Qianhui Wu</a></div>`;
  const global = {};
  const asked: number[] = [];
  let popup: ((message: unknown, reply: (a: PopupReply) => void) => boolean) | undefined;
  const tasks: (() => void)[] = [];
  let clock = 1000;
  const idles: (() => void)[] = [];
  const env: BootstrapEnv = {
    document,
    global,
    interest: INTEREST,
    loadCards: async () => {
      asked.push(asked.length);
      return options.loads ?? true;
    },
    onMessage: (listener) => {
      popup = listener;
    },
    nextTask: (fn) => void tasks.push(fn),
    now: () => clock,
    idle: (fn) => void idles.push(fn),
  };
  const startup = startBootstrap(env);
  const runIdle = () => {
    for (const fn of idles.splice(0)) fn();
  };
  if (options.idle !== false) runIdle();
  const interests: Element[] = [];
  const since: number[] = [];
  let resolveReady: () => void = () => undefined;
  const cards: CardsHandle = {
    ready: new Promise<void>((resolve) => (resolveReady = resolve)),
    interest: (target, at) => {
      interests.push(target);
      since.push(at);
    },
    pageResearchers: () => RESEARCHERS,
  };
  const ask = () =>
    new Promise<PopupReply | 'no answer'>((resolve) => {
      if (!popup?.(QUESTION, resolve)) resolve('no answer');
    });
  return {
    env,
    global,
    startup,
    asked,
    cards,
    interests,
    ready: resolveReady,
    ask,
    popup: () => popup,
    runIdle,
    since,
    tick: (ms: number) => {
      clock += ms;
    },
    endTask: () => {
      for (const fn of tasks.splice(0)) fn();
    },
    el: (id: string) => document.getElementById(id) as Element,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the start-up script', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('does nothing at load but listen and leave its handover in its own world', () => {
    document.documentElement.removeAttribute('data-byline-started');
    const t = setUp({ idle: false });
    expect(t.asked).toEqual([]);
    expect(startupOf(t.global)).toBe(t.startup);
    expect(startupOf({})).toBeUndefined();
    // The popup's listener and the start-up mark (output only, for tools that measure Byline) wait for an idle moment.
    expect(t.popup()).toBeUndefined();
    expect(document.documentElement.hasAttribute('data-byline-started')).toBe(false);
    t.runIdle();
    expect(t.popup()).toBeDefined();
    expect(document.documentElement.hasAttribute('data-byline-started')).toBe(true);
  });

  it('asks for the cards once, when the user\u2019s pointer reaches a name', async () => {
    const t = setUp();
    over(t.el('a1'));
    over(t.el('a2'));
    await settle();
    expect(t.asked).toEqual([0]);
  });

  it('ignores the pointer elsewhere on the page, and events a page script makes', async () => {
    const t = setUp();
    over(document.querySelector('nav a') as Element);
    over(t.el('a1'), false);
    fire(t.el('a1'), new MouseEvent('mouseover', { bubbles: true }), false);
    await settle();
    expect(t.asked).toEqual([]);
  });

  it('counts a focus only when the user\u2019s own Tab moved it (not a page\u2019s el.focus())', async () => {
    const t = setUp();
    focusIn(t.el('a1'));
    await settle();
    expect(t.asked).toEqual([]);
    tab();
    t.endTask();
    focusIn(t.el('a1'));
    expect(t.asked).toEqual([]);
    tab();
    focusIn(t.el('a1'));
    await settle();
    expect(t.asked).toEqual([0]);
  });

  it('hands the name the pointer is still on to the cards once they can find names, with the time it got there', async () => {
    const t = setUp();
    over(t.el('a2'));
    t.tick(40);
    t.startup?.attach(t.cards);
    await settle();
    expect(t.interests).toEqual([]);
    t.ready();
    await settle();
    expect(t.interests).toEqual([t.el('a2')]);
    // The show delay counts from the pointer's arrival, not from the cards' (author-hover.ts).
    expect(t.since).toEqual([1000]);
  });

  it('hands nothing over when the pointer left the name before the cards came', async () => {
    const t = setUp();
    over(t.el('a1'));
    out(t.el('a1'), document.querySelector('nav a'));
    t.startup?.attach(t.cards);
    t.ready();
    await settle();
    expect(t.interests).toEqual([]);
  });

  it('stops listening once the cards are there: they handle the page themselves', async () => {
    const t = setUp();
    over(t.el('a1'));
    t.startup?.attach(t.cards);
    t.ready();
    await settle();
    over(t.el('a2'));
    await settle();
    expect(t.interests).toEqual([t.el('a1')]);
    expect(t.asked).toEqual([0]);
  });

  it('answers the popup after loading the cards for it, in the protocol\u2019s reply shape', async () => {
    const t = setUp();
    const answer = t.ask();
    await settle();
    expect(t.asked).toEqual([0]);
    t.startup?.attach(t.cards);
    t.ready();
    expect(await answer).toEqual({ res: RESEARCHERS });
    // Later questions are answered at once, with no second load.
    expect(await t.ask()).toEqual({ res: RESEARCHERS });
    expect(t.asked).toEqual([0]);
  });

  it('leaves other messages to other listeners', () => {
    const t = setUp();
    expect(t.popup()?.({ type: 'ping', timestamp: 1 }, () => undefined)).toBe(false);
    expect(t.popup()?.('pageResearchers', () => undefined)).toBe(false);
    expect(t.asked).toEqual([]);
  });

  it('tells the popup Byline is not running when the cards could not load or are off here', async () => {
    const failed = setUp({ loads: false });
    expect(await failed.ask()).toEqual({ err: { message: 'Byline is not running on this page' } });
    const off = setUp();
    const answer = off.ask();
    off.startup?.attach(undefined);
    expect(await answer).toEqual({ err: { message: 'Byline is not running on this page' } });
  });

  it('does not ask again after a failed load, whatever the page does', async () => {
    const t = setUp({ loads: false });
    over(t.el('a1'));
    await settle();
    over(t.el('a2'));
    over(t.el('a1'));
    await settle();
    expect(t.asked).toEqual([0]);
  });

  it('leaves a first copy in charge when a second one starts in the same world', () => {
    const t = setUp();
    expect(startBootstrap(t.env)).toBeUndefined();
    expect(startupOf(t.global)).toBe(t.startup);
  });
});
