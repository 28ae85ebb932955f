import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elements, elementTexts, readAttributes, textOf } from './xml-text';

/** The lazy-regex form the scan replaces, as the reference for what it must find. */
function byRegex(xml: string, tag: string): { attrs: string; inner: string }[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({
    attrs: m[1] ?? '',
    inner: m[2] ?? '',
  }));
}

describe('xml-text', () => {
  it('finds the same elements as the lazy regex it replaces, on any mix of tags', () => {
    const piece = fc.constantFrom(
      '<note>',
      '</note>',
      '<note type="a">',
      '<notes>',
      '</notes>',
      'x',
      '<',
      '>',
      '<note',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const xml = pieces.join('');
        expect(elements(xml, 'note')).toEqual(byRegex(xml, 'note'));
      }),
    );
  });

  it('strips tags the way the regex did, keeping a lone "<"', () => {
    expect(textOf('a <b>bold</b> &amp; 1 < 2')).toBe('a bold & 1 < 2');
    expect(textOf('<i>x</i>y<')).toBe('xy<');
  });

  it('reads hostile megabyte answers in one pass: unclosed tags, brackets, long attributes', () => {
    // Each is the worst case of the regex it replaces (found by a ReDoS checker); all return.
    const big = 2_000_000;
    expect(elements('ntry><entry>'.repeat(big / 12), 'entry')).toEqual([]);
    expect(elementTexts('<author/0'.repeat(big / 9), 'author')).toEqual([]);
    expect(textOf('<'.repeat(big))).toBe('<'.repeat(big));
    expect(readAttributes('-'.repeat(big))).toEqual({});
  });
});
