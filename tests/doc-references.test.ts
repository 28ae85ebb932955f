import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type BrokenReference, brokenReferences, markdownSections, type RepoView } from './doc-references';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Files a reader of the repository sees: tracked, or new and not ignored. */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return [...new Set(out.split('\0').filter(Boolean))];
}

function repoView(files: readonly string[], read: (path: string) => string): RepoView {
  const present = new Set(files);
  const names = new Map<string, number>();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  const sections = new Map<string, Set<string>>();
  return {
    exists: (path) => present.has(path),
    isSharedName: (name) => (names.get(name) ?? 0) > 1,
    sections(path) {
      if (!present.has(path)) return undefined;
      if (!sections.has(path)) sections.set(path, markdownSections(read(path)));
      return sections.get(path);
    },
    topLevel: new Set(files.map((file) => file.split('/')[0]!)),
  };
}

/** A repository of a few files, for testing the scanner on strings. */
function smallRepo(files: Record<string, string>): RepoView {
  return repoView(Object.keys(files), (path) => files[path]!);
}

const DOCS = {
  'docs/sources.md':
    '# Sources\n\n## 0. Summary\n\n## 1. Semantic Scholar\n\n### 1.5 Limits\n\n## 2. OpenAlex\n\n### 2.4 Headers\n\n## 5. GitHub\n\n### 5.1 REST\n\n## 9. Rules\n\n## 10. Open questions\n\n1. One\n2. Two\n',
  'README.md': '# Byline\n',
  'net/README.md': '# net\n',
  'homepage/FORMAT.md': '# Format\n',
  'homepage/x.ts': '',
  'net/x.ts': '',
};

function problems(path: string, text: string): string[] {
  return brokenReferences(path, text, smallRepo(DOCS)).map((b) => `${b.reference}: ${b.problem}`);
}

describe('the reference scanner', () => {
  it('reads section numbers from headings and from numbered items under a top-level section', () => {
    expect([...markdownSections(DOCS['docs/sources.md'])]).toEqual([
      '0',
      '1',
      '1.5',
      '2',
      '2.4',
      '5',
      '5.1',
      '9',
      '10',
      '10.1',
      '10.2',
    ]);
  });

  it('accepts references to documents and sections that exist', () => {
    expect(
      problems('net/x.ts', '// Paced as docs/sources.md §1.5 says (docs/sources.md §2.4, §5.1).\nconst a = 1;\n'),
    ).toEqual([]);
    expect(
      problems('net/x.ts', '/** From docs/sources.md (§0 summary table and §9 "Rules"). */\nconst a = 1;\n'),
    ).toEqual([]);
    expect(
      problems('homepage/x.ts', '/** The format is documented in FORMAT.md; see README.md. */\nconst a = 1;\n'),
    ).toEqual([]);
    expect(problems('docs/sources.md', `${DOCS['docs/sources.md']}\nAs §1.5 says, and §10.2.\n`)).toEqual([]);
    expect(problems('README.md', 'See [the sources](docs/sources.md) and `net/README.md`.\n')).toEqual([]);
  });

  it('flags a document that is not in the repository, in each written form', () => {
    expect(problems('net/x.ts', '// Limits from apis.md §1.5.\nconst a = 1;\n')).toEqual([
      'apis.md: names a document that is not in the repository',
    ]);
    expect(problems('net/x.ts', '/** Link markup (page-structures §2.2). */\nconst a = 1;\n')).toEqual([
      '§2.2: names a document that is not in the repository',
    ]);
    expect(problems('README.md', 'Budgets are in product.md, "Budgets".\n')).toEqual([
      'product.md: names a document that is not in the repository',
    ]);
    expect(problems('README.md', 'See [notes](docs/notes.md).\n')).toEqual([
      'docs/notes.md: names a document that is not in the repository',
    ]);
  });

  it('flags a section the document does not have, and a bare section sign outside docs/', () => {
    expect(problems('net/x.ts', '// docs/sources.md §1.6 and §11\nconst a = 1;\n')).toEqual([
      '§1.6: docs/sources.md has no section 1.6',
      '§11: docs/sources.md has no section 11',
    ]);
    expect(problems('net/x.ts', 'const a = 1; // exponential back-off (§1.5)\n')).toEqual([
      '§1.5: a bare section sign names no document; write docs/<file>.md §x.y',
    ]);
  });

  it('does not count footnote marks in regular expressions and strings, or any code', () => {
    const code = [
      'const MARKS = /[*†‡#§¶]+|\\d+$/gi;',
      'const TRAILING = /[\\s\\d∗*†‡§¶⋆♠♣]+$/u;',
      "const TABLE = 'ÄÅÇ£§•¶ß' + `§1.5 apis.md $" + "{'§2'}`;",
      'const re = /apis\\.md §1/;',
      'const half = a / 2; const node = <p>// apis.md §1 is text</p>;',
      'const url = "https://x.org/apis.md"; /* docs/sources.md §1.5 */',
    ].join('\n');
    expect(problems('homepage/x.ts', code)).toEqual([]);
  });

  it("does not count another project's files cited after their repository, URLs or globs", () => {
    const prose = [
      '## 1. Semantic Scholar',
      '',
      'Release notes: allenai/s2-folks `API_RELEASE_NOTES.md` and `FAQ.md`; arXiv/arxiv-docs `user-manual.md` §3.4.',
      'Limits: huggingface/hub-docs, `docs/hub/rate-limits.md`; https://github.com/o/r/blob/main/NOTES.md;',
      'one file per paper, `_publications/*.md`.',
    ].join('\n');
    expect(problems('docs/sources.md', prose)).toEqual([]);
    // The repository must come first; a bare name right after it, a foreign path in the same section.
    expect(problems('docs/sources.md', '## 1. Notes\n\nSee `FAQ.md` (allenai/s2-folks).\n')).toEqual([
      'FAQ.md: names a document that is not in the repository',
    ]);
    expect(problems('README.md', 'Built from arXiv/arxiv-browse templates as described in `pages.md`.\n')).toEqual([
      'pages.md: names a document that is not in the repository',
    ]);
    // Byline's own folders are not another project.
    expect(problems('net/x.ts', '// net/x.ts follows apis.md\nconst a = 1;\n')).toEqual([
      'apis.md: names a document that is not in the repository',
    ]);
  });
});

describe('the repository', () => {
  it('has no reference to a document or section that is not in it', () => {
    const files = repositoryFiles();
    const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
    const repo = repoView(files, read);
    const scanned = files.filter(
      (file) =>
        !file.startsWith('node_modules/') &&
        (!file.startsWith('tests/fixtures/') || file.endsWith('.md')) &&
        !/\.(png|jpe?g|gif|ico|webp|woff2?|zip)$|(^|\/)package-lock\.json$/.test(file),
    );
    const broken: BrokenReference[] = scanned.flatMap((file) => brokenReferences(file, read(file), repo));
    expect(broken.map((b) => `${b.file}:${b.line} ${b.reference}: ${b.problem}`)).toEqual([]);
  }, 120_000);
});
