import { foldGerman, foldLatin } from './fold-latin';
import { parseName, SURNAME_PARTICLES, type ParsedName } from './parse-name';

/**
 * How sure a name match is.
 * - `exact`: the same name up to case, diacritics (ü = u = ue), punctuation, hyphens and order.
 * - `strong`: a given name missing on one side ("Mark Riedl" / "Mark O. Riedl"), surname
 *   particles dropped, or ae/oe/ue spelt out on both sides of an umlaut-free pair.
 * - `weak`: only initials agree ("H. V. Zhao" / "H. Vicky Zhao", "Z. Pan" / "Zhuoshi Pan").
 */
export type NameMatch = 'exact' | 'strong' | 'weak' | 'none';

const RANK: Readonly<Record<NameMatch, number>> = { none: 0, weak: 1, strong: 2, exact: 3 };

function weaker(a: NameMatch, b: NameMatch): NameMatch {
  return RANK[a] <= RANK[b] ? a : b;
}

function stronger(a: NameMatch, b: NameMatch): NameMatch {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Spellings a token may stand for: plain fold and German transliteration. */
function spellings(token: string): string[] {
  const plain = foldLatin(token).replace(/'/g, '');
  const german = foldGerman(token).replace(/'/g, '');
  return plain === german ? [plain] : [plain, german];
}

/** Surnames only: ae/oe/ue read as the umlaut, so "Ruehle" meets "Ruhle" (capped at strong; given names would make Michael = Michał). */
function digraphFold(key: string): string {
  return key.replace(/([aou])e/g, '$1');
}

function joinedKeys(tokens: readonly string[]): string[] {
  let keys = [''];
  for (const token of tokens) keys = keys.flatMap((k) => spellings(token).map((s) => k + s));
  return keys;
}

function keysMeet(a: readonly string[], b: readonly string[], digraphs = false): NameMatch {
  const ka = joinedKeys(a);
  const kb = joinedKeys(b);
  if (ka.some((k) => kb.includes(k))) return 'exact';
  if (!digraphs) return 'none';
  const da = ka.map(digraphFold);
  if (kb.map(digraphFold).some((k) => da.includes(k))) return 'strong';
  return 'none';
}

function compareFamily(a: readonly string[], b: readonly string[]): NameMatch {
  const direct = keysMeet(a, b, true);
  if (direct !== 'none') return direct;
  const bare = (t: readonly string[]) => t.filter((x) => !SURNAME_PARTICLES.has(x.toLowerCase()));
  return weaker(keysMeet(bare(a), bare(b), true), 'strong');
}

/** Compares given-name lists: whole-token agreement, or initials only. */
function compareGiven(a: readonly string[], b: readonly string[]): NameMatch {
  // A name that is all surname ("La Aé": a particle and one token) has no given names to
  // disagree on when the other side has none either.
  if (a.length === 0 && b.length === 0) return 'exact';
  if (a.length === 0 || b.length === 0) return 'weak';
  const whole = keysMeet(a, b);
  if (whole !== 'none') return whole;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let j = 0;
  let fullAgreements = 0;
  let firstMatched = false;
  for (let i = 0; i < short.length; i++) {
    const s = foldLatin(short[i] ?? '');
    let found = false;
    for (; j < long.length; j++) {
      const l = foldLatin(long[j] ?? '');
      const full = s.length > 1 && l.length > 1 && keysMeet([short[i] ?? ''], [long[j] ?? '']) !== 'none';
      const initial = (s.length === 1 || l.length === 1) && s[0] === l[0];
      if (full || initial) {
        if (full) fullAgreements++;
        if (i === 0 && j === 0) firstMatched = true;
        found = true;
        j++;
        break;
      }
    }
    if (!found) return 'none';
  }
  if (fullAgreements > 0) return 'strong';
  return firstMatched ? 'weak' : 'none';
}

function compareParsed(a: ParsedName, b: ParsedName): NameMatch {
  const family = compareFamily(a.family, b.family);
  if (family === 'none') return 'none';
  return weaker(family, compareGiven(a.given, b.given));
}

/** Family-first printing ("Pan Zhuoshi") read as given-first, capped at strong. */
function swapped(p: ParsedName): ParsedName {
  return { given: p.family, family: p.given };
}

/**
 * Scores whether two printed names can be the same person. Native-script names decide
 * when both sides have one; otherwise the Latin parts are compared.
 */
export function compareNames(a: string, b: string): NameMatch {
  const pa = parseName(a);
  const pb = parseName(b);
  if (pa.nativeName && pb.nativeName) {
    if (pa.nativeName !== pb.nativeName) return 'none';
    if (pa.family.length === 0 || pb.family.length === 0) return 'exact';
  }
  if (pa.family.length === 0 || pb.family.length === 0) return 'none';
  const direct = compareParsed(pa, pb);
  if (direct === 'exact') return direct;
  const reversed =
    pa.given.length > 0 && pb.given.length > 0 ? weaker(compareParsed(pa, swapped(pb)), 'strong') : 'none';
  return stronger(direct, reversed);
}
