import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_LIMITS, asArray, asList, asString, asStrings } from './json-fields';
import { toS2Paper } from './semantic-scholar-shapes';
import { elementTexts, XML_LIMITS } from './xml-text';

describe('the source boundary bounds every answer', () => {
  it('keeps no string longer than the limit and no list longer than the limit', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 50 }),
          fc.string({ minLength: API_LIMITS.string - 5, maxLength: API_LIMITS.string + 50 }),
        ),
        (text) => {
          const read = asString(text);
          expect(read === undefined || read.length <= API_LIMITS.string).toBe(true);
        },
      ),
    );
    const long = Array.from({ length: API_LIMITS.list + 10 }, (_, i) => `a${i}`);
    expect(asArray(long)).toHaveLength(API_LIMITS.list);
    expect(asList(long)).toHaveLength(API_LIMITS.list);
    expect(asStrings(long)).toHaveLength(API_LIMITS.list);
  });

  it('drops a 4 MB author name from a Semantic Scholar answer, keeping the other authors', () => {
    const paper = toS2Paper({
      paperId: 'p1',
      externalIds: { ArXiv: '2403.12968' },
      authors: [
        { authorId: '1', name: 'x'.repeat(4_000_000) },
        { authorId: '2', name: 'Qianhui Wu' },
      ],
    });
    expect(paper?.authors.map((a) => a.name)).toEqual(['Qianhui Wu']);
  });

  it('bounds XML element texts and counts the same way', () => {
    const xml = `<r>${'<url>https://a.example/</url>'.repeat(XML_LIMITS.elements + 5)}<note>${'y'.repeat(XML_LIMITS.text + 1)}</note></r>`;
    expect(elementTexts(xml, 'url')).toHaveLength(XML_LIMITS.elements);
    expect(elementTexts(xml, 'note')).toEqual([]);
  });
});
