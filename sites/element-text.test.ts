// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { nameText, titleText } from './element-text';

/** A name link in the live document (with styles), as a page would have it. */
function nameLink(inner: string, style = ''): Element {
  const a = document.createElement('a');
  a.setAttribute('href', '/a/smith_j_1');
  if (style) a.setAttribute('style', style);
  a.innerHTML = inner;
  document.body.append(a);
  return a;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('nameText reads what the reader sees', () => {
  it.each([
    ['hidden attribute', 'J. <span hidden>Evil </span>Smith'],
    ['display: none', 'J. <span style="display:none">Evil </span>Smith'],
    ['visibility: hidden', 'J. <span style="visibility:hidden">Evil </span>Smith'],
    ['opacity: 0', 'J. <span style="opacity:0">Evil </span>Smith'],
    ['font-size: 0', 'J. <span style="font-size:0">Evil </span>Smith'],
    ['transparent text', 'J. <span style="color:transparent">Evil </span>Smith'],
    ['taken out of the line', 'J. <span style="position:absolute;left:-9999px">Evil </span>Smith'],
    ['hidden by a page stylesheet', 'J. <span class="sneaky">Evil </span>Smith'],
  ])('text hidden inside a name (%s) is not part of it', (_how, inner) => {
    const style = document.createElement('style');
    style.textContent = '.sneaky { display: none }';
    document.head.append(style);
    expect(nameText(nameLink(inner))).toBe('J. Smith');
  });

  it('a name hidden as a whole (a collapsed author list) still reads as itself', () => {
    expect(nameText(nameLink('J. <span>Q.</span> Smith', 'display:none'))).toBe('J. Q. Smith');
    expect(nameText(nameLink('J. <span>Q.</span> Smith', 'visibility:hidden'))).toBe('J. Q. Smith');
  });

  it('visible markup inside a name is read', () => {
    expect(nameText(nameLink('J. <b>Q.</b> <span style="color:red">Smith</span>'))).toBe('J. Q. Smith');
  });

  it('bidi controls are stripped from names and titles', () => {
    expect(nameText(nameLink('\u202eNAP IHSOUHZ\u202c'))).toBe('NAP IHSOUHZ');
    expect(nameText(nameLink('Zhuoshi\u2066 Pan\u2069'))).toBe('Zhuoshi Pan');
    expect(titleText(nameLink('LLM\u202aLingua\u202c-2\u2067'))).toBe('LLMLingua-2');
  });

  it('a parsed page (no view, no styles) still skips the hidden attribute', () => {
    const doc = new DOMParser().parseFromString('<a>J. <span hidden>Evil </span>Smith</a>', 'text/html');
    expect(nameText(doc.querySelector('a'))).toBe('J. Smith');
  });
});
