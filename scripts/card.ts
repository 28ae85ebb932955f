/**
 * Print the homepage card Byline reads from a page:
 *   npm run card -- <file-or-URL> [--json] [--url <page-url-for-a-file>]
 * A URL is fetched with Node's fetch (the response URL, after redirects, resolves links);
 * a file is read from disk and resolved against --url (default: a file: URL, which keeps
 * absolute links only).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { HomepageCard } from '../homepage/homepage-card';
import { MAX_PAGE_LENGTH, readHomepage } from '../homepage/read-homepage';

interface Args {
  source: string;
  json: boolean;
  pageUrl: string | null;
}

function parseArgs(argv: readonly string[]): Args | null {
  let source: string | null = null;
  let json = false;
  let pageUrl: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--url') pageUrl = argv[++i] ?? null;
    else if (arg && !arg.startsWith('--')) source = arg;
  }
  return source ? { source, json, pageUrl } : null;
}

async function load(args: Args): Promise<{ html: string; pageUrl: string }> {
  if (/^https?:\/\//i.test(args.source)) {
    const response = await fetch(args.source, {
      redirect: 'follow',
      headers: { accept: 'text/html' },
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) throw new Error(`${args.source}: HTTP ${response.status}`);
    const html = await response.text();
    return { html: html.slice(0, MAX_PAGE_LENGTH + 1), pageUrl: args.pageUrl ?? response.url };
  }
  const html = await readFile(args.source, 'utf8');
  return { html, pageUrl: args.pageUrl ?? pathToFileURL(args.source).href };
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length ? ['', `${title}`, ...lines.map((l) => `  ${l}`)] : [];
}

/** Human-readable form of a card, section by section. */
export function formatCard(card: HomepageCard): string {
  const links = Object.entries(card.links).filter(([, v]) => v !== null);
  const lines = [
    `${card.name ?? '(no name)'}${card.nativeName ? ` (${card.nativeName})` : ''}   [${card.template}]`,
    [card.position, card.affiliation].filter(Boolean).join(', '),
    card.location ?? '',
    ...section(
      'Advisors',
      card.advisors.map((a) => `${a.name}${a.url ? `  <${a.url}>` : ''}`),
    ),
    ...section('Interests', card.interests.length ? [card.interests.join('; ')] : []),
    ...section(
      'Links',
      links.map(([k, v]) => `${k.padEnd(10)} ${v}`),
    ),
    ...section(
      `Papers (${card.papers.length})`,
      card.papers.flatMap((p) => {
        const ids = Object.entries(p.ids)
          .filter(([, v]) => v)
          .map(([k, v]) => `${k}:${v}`);
        const role =
          p.ownerIndex === null
            ? 'owner not marked'
            : `author ${p.ownerIndex + 1}/${p.authors.length}${p.coFirst ? ', co-first' : ''}`;
        return [
          `- ${p.title}`,
          `    ${[p.venue, p.year].filter(Boolean).join(' ') || 'no venue'} | ${role}${ids.length ? ` | ${ids.join(' ')}` : ''}`,
          ...(p.code.length ? [`    code: ${p.code.map((c) => c.repo).join(', ')}`] : []),
        ];
      }),
    ),
    ...section(
      `News (${card.news.length})`,
      card.news.map((n) => `${n.date ?? '----'}${n.old ? ' (old)' : ''}  ${n.text}`),
    ),
    ...section(
      'Honors',
      card.honors.map((e) => `${e.date ?? ''}  ${e.text}`),
    ),
    ...section(
      'Education',
      card.education.map((e) => `${e.date ?? ''}  ${e.text}`),
    ),
    ...section(
      'Experience',
      card.experience.map((e) => `${e.date ?? ''}  ${e.text}`),
    ),
    ...section(
      'Warnings',
      card.warnings.map((w) => `! ${w.kind}: ${w.message}`),
    ),
  ];
  return lines.filter((l, i) => l !== '' || i > 2).join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error('usage: npm run card -- <file-or-URL> [--json] [--url <page-url-for-a-file>]');
    return 2;
  }
  const { html, pageUrl } = await load(args);
  const result = readHomepage(html, pageUrl);
  if (!result.ok) {
    console.error(`${result.reason}: ${result.message}`);
    return 1;
  }
  console.log(args.json ? JSON.stringify(result.card, null, 2) : formatCard(result.card));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(String(error));
    process.exit(1);
  },
);
