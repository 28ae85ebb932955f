/**
 * A cheap look at a homepage before it is parsed. The parser's cost grows far faster than the
 * page for some shapes (hundreds of thousands of nested elements, tens of thousands of links),
 * and a parse cannot be interrupted once started, so the page is measured first: one linear
 * pass over the markup counts start tags and tracks how deeply they nest. Real homepages have
 * a few thousand elements nested a few dozen deep (`homepage/page-scan.test.ts` measures the
 * saved ones); the limits leave ample room above them.
 */

/** Bounds a page must stay within to be parsed. */
export interface ScanLimits {
  /** Start tags in the whole page. */
  maxElements: number;
  /** Elements open inside one another at any point. */
  maxDepth: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxElements: 15_000, maxDepth: 256 };

/** What the scan found, or which bound the page broke. */
export type ScanResult =
  | { ok: true; elements: number; depth: number }
  | { ok: false; reason: 'too-many-elements' | 'too-deep'; message: string };

/** Elements that never have content, so they never open a level. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/**
 * Elements a parser closes by itself when the next one starts (`<p>a<p>b`, `<li>a<li>b`), so
 * they are not counted as nesting: a page of unclosed paragraphs is flat, not deep.
 */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

/** Elements whose content is raw text up to their end tag: nothing inside is markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The tag name starting at `start` (lower case), read up to whitespace, `/` or `>`. */
function tagNameAt(html: string, start: number): { name: string; end: number } {
  let end = start;
  while (end < html.length) {
    const c = html.charCodeAt(end);
    if (c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13 || c === 12) break;
    end++;
    // Tag names are short; a "name" longer than this is not one the parser would nest on.
    if (end - start > 64) break;
  }
  return { name: html.slice(start, end).toLowerCase(), end };
}

/**
 * Counts start tags and their nesting in one pass (each character is looked at a bounded
 * number of times). It approximates the parser (it does not know every implied end tag),
 * erring towards a higher depth, which only matters for pages far beyond real ones.
 */
export function scanPage(html: string, limits: ScanLimits = DEFAULT_SCAN_LIMITS): ScanResult {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1);
    if (next === 33) {
      // `<!-- … -->` or `<!doctype …>`
      const close = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      if (close < 0) break;
      i = html.indexOf('<', close + 1);
      continue;
    }
    if (next === 47) {
      // An end tag closes one level (a stray one cannot go below the top).
      if (depth > 0) depth--;
      const close = html.indexOf('>', i + 2);
      if (close < 0) break;
      i = html.indexOf('<', close + 1);
      continue;
    }
    if (!isAsciiLetter(next)) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const { name, end } = tagNameAt(html, i + 1);
    const close = html.indexOf('>', end);
    if (close < 0) break;
    elements++;
    if (elements > limits.maxElements)
      return {
        ok: false,
        reason: 'too-many-elements',
        message: `The page has more than ${limits.maxElements} elements; Byline did not read it.`,
      };
    if (RAW_TEXT.has(name)) {
      // Skip to the matching end tag; markup-looking text inside a script is not markup.
      const endTag = indexOfIgnoreCase(html, `</${name}`, close + 1);
      if (endTag < 0) break;
      const endClose = html.indexOf('>', endTag);
      if (endClose < 0) break;
      i = html.indexOf('<', endClose + 1);
      continue;
    }
    const selfClosed = html.charCodeAt(close - 1) === 47;
    if (!VOID.has(name) && !selfClosed && !SELF_CLOSING_SIBLINGS.has(name)) {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      if (depth > limits.maxDepth)
        return {
          ok: false,
          reason: 'too-deep',
          message: `The page's elements are nested more than ${limits.maxDepth} deep; Byline did not read it.`,
        };
    }
    i = html.indexOf('<', close + 1);
  }
  return { ok: true, elements, depth: maxDepth };
}

/** `indexOf` for an ASCII needle, ignoring case, without lower-casing the whole page. */
function indexOfIgnoreCase(haystack: string, needle: string, from: number): number {
  const lower = needle.toLowerCase();
  const upper = needle.toUpperCase();
  for (let i = haystack.indexOf('<', from); i >= 0; i = haystack.indexOf('<', i + 1)) {
    let match = true;
    for (let k = 1; k < lower.length; k++) {
      const c = haystack[i + k];
      if (c !== lower[k] && c !== upper[k]) {
        match = false;
        break;
      }
    }
    if (match) return i;
  }
  return -1;
}
