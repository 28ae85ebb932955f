/**
 * Finds references to documents in the repository's prose (Markdown files, and the comments of
 * TypeScript and JavaScript files) and says which of them a reader cannot follow: a `<name>.md`
 * that is not in the repository, a `docs/<file>.md §x.y` whose file has no section x.y, or a
 * bare `§x.y` in code that names no document at all. Pure: the repository is passed in.
 *
 * What counts as a reference, and what does not:
 * - A path ending in `.md`, resolved from the repository root or from the citing file's folder.
 *   A bare name shared by several files (README.md, SOURCES.md) means the one of its kind nearby.
 * - A document, then `§x.y` or `(§x.y …)`; a name with a hyphen, underscore or slash, then
 *   `§x.y` (a document named without `.md`); and sections chained after one (`§a, §b`,
 *   `§a … and §b`, `§a–b`).
 * - A bare `§x.y` in a file of docs/ means that file's own section.
 * - Not references: a `§` that is not followed by a number (a footnote mark in a regular
 *   expression or a string, which in code are never scanned: only comments are), a `.md` inside
 *   a URL or a glob, and a file of another project cited with its repository, as the documents in
 *   docs/ cite their sources: a bare name or a path in one of Byline's folder names right after
 *   `owner/name` (``owner/name `FAQ.md` and `NOTES.md` ``), or a path under a folder Byline does
 *   not have after an `owner/name` anywhere earlier in the same comment or Markdown section.
 */
import ts from 'typescript';

/** What the scanner needs to know about the repository. */
export interface RepoView {
  /** Whether a file exists, by its path from the repository root. */
  exists(path: string): boolean;
  /** Whether several files have this name (README.md, SOURCES.md): a kind, not one file. */
  isSharedName(name: string): boolean;
  /** The section numbers of a Markdown file (`1`, `1.5`, …), or undefined if it does not exist. */
  sections(path: string): ReadonlySet<string> | undefined;
  /** Names at the repository root (folders and files), which are never another project's. */
  topLevel: ReadonlySet<string>;
}

/** One reference a reader cannot follow. */
export interface BrokenReference {
  file: string;
  line: number;
  reference: string;
  problem: string;
}

/** A piece of prose and where it starts in its file. */
interface Block {
  start: number;
  text: string;
}

const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;

/** The prose of a file: Markdown sections, code comments, or the whole text of anything else. */
export function proseBlocks(path: string, text: string): Block[] {
  if (path.endsWith('.md')) return markdownBlocks(text);
  if (CODE_FILE.test(path)) return codeComments(path, text);
  return [{ start: 0, text }];
}

function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const match of text.matchAll(/^#{1,6} /gm)) {
    if (match.index > start) blocks.push({ start, text: text.slice(start, match.index) });
    start = match.index;
  }
  blocks.push({ start, text: text.slice(start) });
  return blocks;
}

/** Literals whose text could look like a comment or a reference: strings, regexes, templates, JSX text. */
const LITERAL = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateExpression,
  ts.SyntaxKind.JsxText,
]);

/**
 * Every comment, with runs of `//` lines joined into one block. The parser says where the
 * literals are (only it can tell a regular expression from a division); the comments are what
 * starts with `//` or `/*` outside them.
 */
function codeComments(path: string, text: string): Block[] {
  const kind = /\.[cm]?tsx?$/.test(path) ? ts.ScriptKind.TSX : ts.ScriptKind.JSX;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kind);
  const literalEnd = new Map<number, number>();
  const visit = (node: ts.Node) => {
    if (LITERAL.has(node.kind)) literalEnd.set(node.getStart(source), node.end);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  const blocks: Block[] = [];
  let i = 0;
  while (i < text.length) {
    const skip = literalEnd.get(i);
    if (skip !== undefined && skip > i) {
      i = skip;
      continue;
    }
    if (text[i] !== '/' || (text[i + 1] !== '/' && text[i + 1] !== '*')) {
      i++;
      continue;
    }
    const line = text[i + 1] === '/';
    const close = line ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
    const end = close === -1 ? text.length : line ? close : close + 2;
    const last = blocks.at(-1);
    const joins = line && last?.text.startsWith('//') && /^\s*$/.test(text.slice(last.start + last.text.length, i));
    if (last && joins) last.text = text.slice(last.start, end);
    else blocks.push({ start: i, text: text.slice(i, end) });
    i = end;
  }
  return blocks;
}

const SECTION = String.raw`\d+(?:\.\d+)*`;
/** A section sign and a number, or a range of two (`§x.y–x.z`). */
const SECTION_REF = new RegExp(`§\\s?(${SECTION})(?:\\s?[–-]\\s?(${SECTION}))?`, 'g');
/** A name just before a section sign, maybe in backticks, maybe followed by a parenthesis. */
const DOC_BEFORE = /`?((?:\.{0,2}\/)?(?:[\w.-]+\/)*[\w.-]*[A-Za-z][\w.-]*)`?(\s*\()?\s*$/;
/** What joins a section to the one before it: `, `, ` and `, ` or `, `; `, `/`. */
const CHAIN_BEFORE = /(?:,|;|\/|&|\band|\bor)\s*$/;
/** A `.md` path. */
const MD_PATH = /(?<![\w./*{<-])((?:\.{1,2}\/|\/)?(?:[\w@.-]+\/)*[\w.-]*\w\.md)(?![\w-])/g;
/** `owner/name` of a repository elsewhere (checked against the root names before use). */
const OTHER_REPO = /(?<![\w./@-])([A-Za-z0-9][A-Za-z0-9-]*)\/[\w.-]*[\w-](?![\w/-])/g;

/** The references in one file that a reader cannot follow. */
export function brokenReferences(path: string, text: string, repo: RepoView): BrokenReference[] {
  const broken: BrokenReference[] = [];
  const report = (offset: number, reference: string, problem: string) =>
    broken.push({ file: path, line: lineAt(text, offset), reference, problem });
  for (const block of proseBlocks(path, text)) {
    for (const found of mdMentions(block.text)) {
      if (resolveDoc(path, found.path, repo) !== undefined) continue;
      const before = block.text.slice(0, found.index);
      const cited = isForeignPath(found.path, repo) ? citesOtherRepo(before, repo) : followsOtherRepo(before, repo);
      if (!found.linked && cited) continue;
      report(block.start + found.index, found.path, 'names a document that is not in the repository');
    }
    for (const ref of sectionRefs(path, block.text)) {
      const offset = block.start + ref.index;
      if (ref.doc === undefined) {
        report(offset, ref.text, 'a bare section sign names no document; write docs/<file>.md §x.y');
        continue;
      }
      const doc = resolveDoc(path, ref.doc, repo);
      if (doc === undefined) {
        // A missing `.md` document is reported once, by the mention check above.
        if (!ref.doc.endsWith('.md')) report(offset, ref.text, 'names a document that is not in the repository');
        continue;
      }
      const sections = repo.sections(doc);
      for (const number of ref.numbers) {
        if (sections && !sections.has(number)) report(offset, ref.text, `${doc} has no section ${number}`);
      }
    }
  }
  return broken;
}

interface MdMention {
  index: number;
  path: string;
  /** The target of a Markdown link: always this repository's. */
  linked: boolean;
}

function mdMentions(text: string): MdMention[] {
  const mentions: MdMention[] = [];
  for (const match of text.matchAll(MD_PATH)) {
    const run = wordRunAround(text, match.index, match.index + match[0].length);
    if (/:\/\/|^www\.|[*<>{}]/.test(run)) continue;
    mentions.push({ index: match.index, path: match[1]!, linked: text.slice(0, match.index).endsWith('](') });
  }
  return mentions;
}

interface SectionRef {
  index: number;
  text: string;
  /** The document as written, with or without `.md`, if any. */
  doc: string | undefined;
  numbers: string[];
  end: number;
}

/** Section references with the document each one belongs to. */
export function sectionRefs(path: string, text: string): SectionRef[] {
  const refs: SectionRef[] = [];
  const ownDoc = /^docs\/[^/]+\.md$/.test(path) ? path : undefined;
  for (const match of text.matchAll(SECTION_REF)) {
    const before = text.slice(Math.max(0, match.index - 200), match.index);
    const previous = refs.at(-1);
    const named = namedDoc(before);
    let doc: string | undefined;
    if (named !== undefined) doc = named;
    else if (previous && match.index - previous.end <= 60 && CHAIN_BEFORE.test(before)) doc = previous.doc;
    else doc = ownDoc;
    const numbers = [match[1]!, ...(match[2] ? [match[2]] : [])];
    refs.push({ index: match.index, text: match[0], doc, numbers, end: match.index + match[0].length });
  }
  return refs;
}

/**
 * A document named right before a section sign: a `.md` path (also before a parenthesis), or,
 * directly before the sign, a name with `-`, `_` or `/` (a document written without `.md`).
 */
function namedDoc(before: string): string | undefined {
  const match = DOC_BEFORE.exec(before);
  if (!match) return undefined;
  const name = match[1]!.replace(/[.,;:]+$/, '');
  if (name.endsWith('.md')) return name;
  return match[2] === undefined && /[-_/]/.test(name) && !/^\d/.test(name) ? name : undefined;
}

/** The repository path a document reference means, or undefined if there is no such file. */
export function resolveDoc(fromFile: string, written: string, repo: RepoView): string | undefined {
  const name = written.endsWith('.md') ? written : `${written}.md`;
  const folder = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
  const candidates = name.startsWith('/') ? [name.slice(1)] : [normalize(name), normalize(`${folder}/${name}`)];
  const found = candidates.find((candidate) => candidate !== undefined && repo.exists(candidate));
  if (found !== undefined) return found;
  return !name.includes('/') && repo.isSharedName(name) ? name : undefined;
}

function normalize(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** A path under a top folder that Byline does not have: another project's, if a repository is named. */
function isForeignPath(path: string, repo: RepoView): boolean {
  const first = path.split('/')[0]!;
  return path.includes('/') && !['', '.', '..'].includes(first) && !repo.topLevel.has(first);
}

/** What may stand between a repository and the file cited in it: spaces, other files, `and`. */
const CITATION_FILLER = /(?:\s+|[,;:(+=`\0]|\b(?:and|or|the|files?|in|its|of)\b)$/;
const REPO_AT_END = /(?<![\w./@-])([A-Za-z0-9][A-Za-z0-9-]*)\/[\w.-]*[\w-]$/;

/** Whether the text ends with a repository citation (`owner/name`, then maybe other files). */
function followsOtherRepo(before: string, repo: RepoView): boolean {
  // Code spans (which may wrap lines) pair from the start of the paragraph; each becomes one mark.
  let rest = before.slice(before.lastIndexOf('\n\n') + 1).replace(/`[^`]*`/g, '\0');
  for (let filler = CITATION_FILLER.exec(rest); filler; filler = CITATION_FILLER.exec(rest)) {
    rest = rest.slice(0, filler.index);
  }
  const last = REPO_AT_END.exec(rest);
  return last !== null && !repo.topLevel.has(last[1]!);
}

/** Whether the text names another project's repository (`owner/name`) outside a URL. */
function citesOtherRepo(before: string, repo: RepoView): boolean {
  for (const match of before.matchAll(OTHER_REPO)) {
    if (repo.topLevel.has(match[1]!)) continue;
    const run = wordRunAround(before, match.index, match.index + match[0].length);
    if (!/:\/\//.test(run)) return true;
  }
  return false;
}

function wordRunAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[\s`'"()[\]]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[\s`'"()[\]]/.test(text[to]!)) to++;
  return text.slice(from, to);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Section numbers of a Markdown document: numbered headings, and numbered items under `## N.`. */
export function markdownSections(text: string): Set<string> {
  const sections = new Set<string>();
  let current: string | undefined;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (heading) {
      current = heading[1]!;
      sections.add(current);
      continue;
    }
    if (/^#{1,6}\s/.test(line)) current = undefined;
    const item = /^(\d+)\.\s/.exec(line);
    if (item && current !== undefined && !current.includes('.')) sections.add(`${current}.${item[1]}`);
  }
  return sections;
}
