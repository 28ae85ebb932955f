import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name';
import { parseName } from './parse-name';

describe('normalizeName', () => {
  it.each([
    ['Zhuoshi Pan', 'zhuoshi pan'],
    ['Victor Rühle', 'victor ruhle'],
    ['H. Vicky Zhao', 'h vicky zhao'],
    ['H Vicky Zhao', 'h vicky zhao'],
    ['Zhao, H. Vicky', 'h vicky zhao'],
    ['Ulf-G. Meißner', 'ulf g meissner'],
    ['Shu-Min Zhao', 'shu min zhao'],
    ['M.C. Gordillo', 'm c gordillo'],
    ['Óscar Zapata', 'oscar zapata'],
    ['Carsten van de Bruck', 'carsten van de bruck'],
    ['Martin Luther King, Jr.', 'martin luther king'],
    ['John Smith III', 'john smith'],
    ["Conan O'Brien", 'conan obrien'],
    ['Zhuoshi Pan (盘卓实)', 'zhuoshi pan'],
    ['盘卓实', '盘卓实'],
  ])('%s → %s', (printed, expected) => {
    expect(normalizeName(printed)).toBe(expected);
  });

  const latinName = fc
    .array(fc.stringMatching(/^[A-ZÀ-Ý][a-zà-ÿ]{1,8}$/), { minLength: 2, maxLength: 4 })
    .map((tokens) => tokens.join(' '));

  it('is idempotent on Latin names', () => {
    fc.assert(
      fc.property(latinName, (name) => {
        const once = normalizeName(name);
        expect(normalizeName(once)).toBe(once);
      }),
    );
  });

  it('yields lower-case ASCII letters and single spaces only', () => {
    fc.assert(
      fc.property(latinName, (name) => {
        expect(normalizeName(name)).toMatch(/^[a-z]+( [a-z]+)*$/);
      }),
    );
  });

  it('reads "Family, Given" as "Given Family"', () => {
    fc.assert(
      fc.property(latinName, fc.stringMatching(/^[A-Z][a-z]{2,8}$/), (given, family) => {
        expect(normalizeName(`${family}, ${given}`)).toBe(normalizeName(`${given} ${family}`));
      }),
    );
  });
});

describe('parseName', () => {
  it('keeps particles with the surname, as arXiv does', () => {
    expect(parseName('Teven Le Scao')).toEqual({ given: ['Teven'], family: ['Le', 'Scao'] });
    expect(parseName('R. Di Vora')).toEqual({ given: ['R'], family: ['Di', 'Vora'] });
    expect(parseName('Yohann De Castro').family).toEqual(['De', 'Castro']);
    expect(parseName('Carsten van de Bruck').family).toEqual(['van', 'de', 'Bruck']);
  });

  it('splits hyphenated given names and initials', () => {
    expect(parseName('Shu-Min Zhao').given).toEqual(['Shu', 'Min']);
    expect(parseName('M.C. Gordillo').given).toEqual(['M', 'C']);
  });

  it('takes suffixes off', () => {
    expect(parseName('Martin Luther King, Jr.')).toMatchObject({ family: ['King'], suffix: 'Jr' });
    expect(parseName('John Smith III')).toMatchObject({ family: ['Smith'], suffix: 'III' });
  });

  it('keeps the native-script name whole', () => {
    expect(parseName('Zhuoshi Pan (盘卓实)')).toEqual({ given: ['Zhuoshi'], family: ['Pan'], nativeName: '盘卓实' });
    expect(parseName('盘卓实')).toEqual({ given: [], family: [], nativeName: '盘卓实' });
  });
});
