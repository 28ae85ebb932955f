import { describe, expect, it } from 'vitest';
import { isSafeUrl, isWebUrl, MAX_LINK_CHARS } from './safe-url';

describe('the URL checks', () => {
  it('lets a card link to http(s) and mailto only, and only bounded', () => {
    expect(isSafeUrl('https://pzs19.github.io/')).toBe(true);
    expect(isSafeUrl('mailto:pzs23@mails.tsinghua.edu.cn')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl('data:text/html,<b>x</b>')).toBe(false);
    expect(isSafeUrl(`https://example.org/${'a'.repeat(MAX_LINK_CHARS)}`)).toBe(false);
  });

  it('takes a homepage or photo only as an http(s) address of some host', () => {
    expect(isWebUrl('https://pzs19.github.io/')).toBe(true);
    expect(isWebUrl('http://example.edu/~me')).toBe(true);
    expect(isWebUrl('https://')).toBe(false);
    expect(isWebUrl('mailto:me@example.org')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('file:///etc/passwd')).toBe(false);
    expect(isWebUrl(42)).toBe(false);
    expect(isWebUrl(`https://example.org/${'a'.repeat(2048)}`)).toBe(false);
  });
});
