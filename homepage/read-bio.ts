/**
 * Facts in the free bio prose: advisors ("supervised by <a>Prof. H. Vicky Zhao</a>"), the
 * native-script name ("Zhuoshi Pan (盘卓实 in Chinese)"), research interests and the position
 * sentence ("is currently a graduate student at …"), docs/homepages.md §1.1.
 */
import type { PersonLink } from './homepage-card';
import { CARD_LIMITS } from './homepage-card';
import { cleanText } from './clean-text';
import { safeUrl } from '../domain/safe-url';

const ADVISED_BY =
  /(?:supervised|advised|co-advised|co-supervised)\s+by\s*(?:(?:the\s+)?(?:prof\.?|professor|dr\.?)\s*)?$|under\s+the\s+(?:supervision|guidance)\s+of\s*(?:(?:prof\.?|professor|dr\.?)\s*)?$|my\s+(?:ph\.?d\.?\s+)?(?:advisors?|supervisors?)\s+(?:is|are)\s*(?:(?:prof\.?|professor|dr\.?)\s*)?$/i;
const JOINER = /^\s*(?:,|and|&|,\s*and)\s*(?:(?:prof\.?|professor|dr\.?)\s*)?$/i;
const TITLE_PREFIX = /^(?:prof\.?|professor|dr\.?)\s+/i;
const UNLINKED = /(?:supervised|advised)\s+by\s+(?:(?:prof\.?|professor|dr\.?)\s+)?((?:[A-Z][\p{L}.'-]*\s*){2,4})/u;

/** Advisors named right after "supervised by" / "advised by" in the bio paragraphs. */
export function readAdvisors(paragraphs: readonly Element[], base: string | null): PersonLink[] {
  const advisors: PersonLink[] = [];
  const add = (name: string, url: string | null): void => {
    const clean = cleanText(name.replace(TITLE_PREFIX, ''), 120).replace(/[.,;]+$/, '');
    if (clean && advisors.length < CARD_LIMITS.advisors && !advisors.some((a) => a.name === clean))
      advisors.push({ name: clean, url });
  };
  for (const p of paragraphs) {
    let sinceLast = '';
    let afterAdvisor = false;
    for (let node = p.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'A') {
        const el = node as Element;
        if (ADVISED_BY.test(sinceLast) || (afterAdvisor && JOINER.test(sinceLast))) {
          add(el.textContent ?? '', safeUrl(el.getAttribute('href'), base));
          afterAdvisor = true;
        } else afterAdvisor = false;
        sinceLast = '';
      } else {
        // Only the words just before a link can introduce it as an advisor: keep the tail, bounded.
        sinceLast = (sinceLast + (node.textContent ?? '').replace(/\s+/g, ' ')).slice(-400);
        if (/[.!?]\s/.test(sinceLast) && !ADVISED_BY.test(sinceLast)) afterAdvisor = false;
      }
    }
    if (advisors.length === 0) {
      const m = UNLINKED.exec(cleanText(p.textContent, 2000));
      if (m?.[1]) add(m[1], null);
    }
  }
  return advisors;
}

const NATIVE =
  /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}][\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}\s·]{0,30}/u;

/** A native-script name in a name line ("Biao Zhang (张彪)") or in brackets in the bio. */
export function readNativeName(...texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    const bracketed = /[(（]([^()（）]{1,40})[)）]/u.exec(text)?.[1] ?? text;
    const m = NATIVE.exec(bracketed);
    if (m) return cleanText(m[0], 60) || null;
  }
  return null;
}

/** The name line without its native-script part: "Biao Zhang (张彪)" → "Biao Zhang". */
export function stripNativeName(name: string): string {
  const withoutBrackets = name.replace(/\s*[(（]([^()（）]*)[)）]\s*/gu, (whole, inner: string) =>
    NATIVE.test(inner) ? ' ' : whole,
  );
  return cleanText(withoutBrackets.replace(new RegExp(NATIVE.source, 'gu'), ' '), 200);
}

const INTERESTS =
  /(?:research(?:es)?\s+(?:interests?|focus(?:es)?)\s+(?:is|are|include|includes|on|lies? in)|research(?:es)? focus(?:es)? on|(?:broadly |mainly |primarily )?interested in|works? on|working on)\s+([^.;]{3,300})/i;

/** Research interests from a bio sentence ("His researches focus on X and Y."). */
export function readInterestSentence(text: string): string[] {
  const m = INTERESTS.exec(text);
  if (!m?.[1]) return [];
  const clause =
    m[1].split(/,?\s+(?:especially|particularly|with a (?:particular )?focus|such as|including)\b/i)[0] ?? '';
  return clause
    .split(/,|;|\s+and\s+|\s+&\s+/)
    .map((s) => cleanText(s.replace(/^(?:the\s+)?(?:intersection\s+(?:between|of)\s+)?/i, ''), 80))
    .filter((s) => s.length >= 2 && s.split(' ').length <= 8)
    .slice(0, CARD_LIMITS.interests);
}

const POSITION =
  /\b(?:I'm|I am|is|am)\s+(?:currently\s+|now\s+)?(?:an?\s+|the\s+)([^.;]{3,80}?)\s+(?:at|in|of|with|@)\s+(?:the\s+)?([^.;,(]{2,120})/i;

/** Position and affiliation from a bio sentence ("is currently a graduate student at SIST"). */
export function readPositionSentence(text: string): { position: string | null; affiliation: string | null } {
  const m = POSITION.exec(text);
  if (!m?.[1]) return { position: null, affiliation: null };
  const affiliation = m[2]
    ? cleanText(m[2].replace(/\s+(?:in|where|since|and|under|advised|supervised)\b.*$/i, ''), 120)
    : '';
  return { position: cleanText(m[1], 120) || null, affiliation: affiliation || null };
}
