// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isCapitalisedWord,
  looksLikePersonName,
  MAX_PIECE_CHARS,
  trimTrailingMarks,
  wrapPersonNames,
} from './arxiv-html-names';

/*
 * The name finder runs over a page's text in the page's main thread, so a page must not be
 * able to make it slow. The two regexes it used to have backtracked quadratically on a long
 * token (a 32,000-character token took most of a second). These properties check the linear
 * replacements against the old regexes on short inputs, and check the bound on work on long,
 * hostile ones by watching what the regex engine is given: no regex reads more than one piece
 * of at most MAX_PIECE_CHARS characters, except the one separator scan over the whole text.
 */

/** The regexes the linear code replaced, kept here as the reference for what it must accept. */
const OLD_CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*$/u;
const OLD_TRAILING_MARKS = /[\s\d∗*†‡§¶⋆♠♣♡♢♯#✉]+$/u;

/** Characters that exercise every branch: capitals, lowercase, punctuation, marks, other. */
const CHARS = ['A', 'Z', 'É', 'a', 'z', 'é', 'ß', "'", '’', '-', '.', '1', ' ', '∗', '†', '✉', '#', 'x', '@', '𝐀'];
const shortText = fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((cs) => cs.join(''));

describe('linear name checks agree with the regexes they replace', () => {
  it('isCapitalisedWord', () => {
    fc.assert(
      fc.property(shortText, (t) => {
        expect(isCapitalisedWord(t)).toBe(OLD_CAPITALISED_WORD.test(t));
      }),
      { numRuns: 3_000 },
    );
  });

  it('trimTrailingMarks', () => {
    fc.assert(
      fc.property(shortText, (t) => {
        expect(trimTrailingMarks(t)).toBe(t.replace(OLD_TRAILING_MARKS, ''));
      }),
      { numRuns: 3_000 },
    );
  });
});

/** Records the length of every string any regex is run on, while `fn` runs. */
function regexInputs<T>(fn: () => T): { result: T; reads: { source: string; global: boolean; length: number }[] } {
  const reads: { source: string; global: boolean; length: number }[] = [];
  const exec = RegExp.prototype.exec;
  // Replacing exec sends test, replace, split and matchAll through it (the engine's slow path).
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    reads.push({ source: this.source, global: this.global, length: String(input).length });
    return exec.call(this, input);
  };
  try {
    return { result: fn(), reads };
  } finally {
    RegExp.prototype.exec = exec;
  }
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** Long hostile tokens of the shapes that made the old regexes backtrack. */
const hostileToken = fc
  .tuple(
    fc.constantFrom(
      (n: number) => `A${'a'.repeat(n)}1`,
      (n: number) => `A${'aA'.repeat(n / 2)}1`,
      (n: number) => `A${"a'".repeat(n / 2)}@`,
      (n: number) => `Ada Lovelace${'1'.repeat(n)}x`,
      (n: number) => `${'†'.repeat(n)}x`,
      (n: number) => `Ada ${' 1'.repeat(n / 2)}x`,
      (n: number) => `Ada Lovelace, ${'Alan Turing, '.repeat(n / 13)}`,
    ),
    fc.integer({ min: 2_000, max: 40_000 }),
  )
  .map(([shape, n]) => shape(n));

describe('wrapPersonNames on hostile text', () => {
  it('no regex reads more than a piece, except the one separator scan', () => {
    fc.assert(
      fc.property(hostileToken, (text) => {
        const personname = document.createElement('span');
        personname.className = 'ltx_personname';
        personname.textContent = text;
        document.body.append(personname);
        const { result, reads } = regexInputs(() => wrapPersonNames(personname));
        const long = reads.filter((r) => r.length > MAX_PIECE_CHARS);
        // The separator scan walks the text once (matchAll); nothing else sees more than a piece.
        expect(long.every((r) => r.global && r.source.includes('\\band\\b'))).toBe(true);
        for (const span of result) expect((span.textContent ?? '').length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
        personname.remove();
      }),
      { numRuns: 40 },
    );
  });

  it('a 32,000-character token is no name, and the names around it are still found', () => {
    const personname = document.createElement('span');
    personname.textContent = `Ada Lovelace, A${'a'.repeat(32_000)}1, Alan Turing`;
    document.body.append(personname);
    expect(wrapPersonNames(personname).map((s) => s.textContent)).toEqual(['Ada Lovelace']);
    expect(looksLikePersonName(`Ada ${'L'.repeat(MAX_PIECE_CHARS)}ovelace`)).toBe(false);
  });
});
