import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from './repair-mojibake';

/** What a Latin-1 reader makes of UTF-8 bytes (the C1 range kept as its own code points). */
function asLatin1(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Mac Roman', () => {
    expect(repairMojibake('ÁõòÂçìÂÆû')).toBe('盘卓实');
  });

  it('repairs UTF-8 read as Windows-1252 / Latin-1', () => {
    expect(repairMojibake('RÃ¼hle')).toBe('Rühle');
    expect(repairMojibake('Victor RÃ¼hle')).toBe('Victor Rühle');
    expect(repairMojibake('Ulf-G. MeiÃŸner')).toBe('Ulf-G. Meißner');
    expect(repairMojibake('Ã“scar Zapata')).toBe('Óscar Zapata');
  });

  it('leaves correct text alone', () => {
    for (const ok of ['Rühle', 'Müller', 'Óscar Zapata', '盘卓实', 'Zhuoshi Pan', 'Meißner', 'Nättilä', 'Corianò']) {
      expect(repairMojibake(ok)).toBe(ok);
    }
  });

  it('undoes a Latin-1 misreading of any Latin or CJK name', () => {
    const ch = fc.constantFrom(...'abcXYZ äöüßéèñçøÆŁ盘卓实한국カナ'.split(''));
    fc.assert(
      fc.property(
        fc.array(ch, { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
        (text) => {
          fc.pre(/[^\x00-\x7F]/.test(text));
          expect(repairMojibake(asLatin1(text))).toBe(text);
        },
      ),
    );
  });

  it('never changes text whose non-ASCII letters stand alone', () => {
    const word = fc.tuple(
      fc.stringMatching(/^[A-Za-z]{1,6}$/),
      fc.constantFrom(...'äöüéèñçßøÓ'.split('')),
      fc.stringMatching(/^[a-z]{1,6}$/),
    );
    fc.assert(
      fc.property(word, ([a, b, c]) => {
        const text = a + b + c;
        expect(repairMojibake(text)).toBe(text);
      }),
    );
  });
});
