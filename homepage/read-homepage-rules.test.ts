import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../names/repair-mojibake';
import { cleanText, stripEmoji } from './clean-text';
import { badgeRepoOf, readPaperIds } from './paper-ids';
import { readHomepage } from './read-homepage';
import { safeUrl } from '../domain/safe-url';

const PAGE = 'https://owner.example.org/~me/';

function card(body: string) {
  const result = readHomepage(
    `<!doctype html><html><head><title>Ada Lovelace - Homepage</title></head><body>${body}</body></html>`,
    PAGE,
  );
  if (!result.ok) throw new Error(result.message);
  return result.card;
}

describe('failures are values', () => {
  it('refuses pages over the size limit, non-HTML and empty pages', () => {
    expect(readHomepage(`<html>${'x'.repeat(2_000_001)}</html>`, PAGE)).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
    expect(readHomepage('<p>small</p>', PAGE, { maxLength: 5 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(readHomepage('%PDF-1.7 binary', PAGE)).toMatchObject({ ok: false, reason: 'not-html' });
    expect(readHomepage('{"name": "json"}', PAGE)).toMatchObject({ ok: false, reason: 'not-html' });
    expect(readHomepage('   ', PAGE)).toMatchObject({ ok: false, reason: 'empty' });
    expect(readHomepage('<html><body><script>x()</script><!-- hi --></body></html>', PAGE)).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });
});

describe('what a visitor cannot see never becomes data', () => {
  const paper = (title: string, id: string, attrs = '') =>
    `<li ${attrs}><a href="https://arxiv.org/abs/${id}">${title}</a><br><strong>Ada Lovelace</strong>, Charles Babbage</li>`;

  it('ignores comments, hidden, display:none and aria-hidden content', () => {
    const c = card(`<h1>Ada Lovelace</h1><h2>Publications</h2><ul>
      ${paper('Notes on the Analytical Engine', '2401.00001')}
      <!-- ${paper('Commented paper about engines', '2401.00002')} -->
      ${paper('Hidden attribute paper title', '2401.00003', 'hidden')}
      <div style="color: red; display: none">${paper('Display none paper title', '2401.00004')}</div>
      <div aria-hidden="true">${paper('Aria hidden paper title here', '2401.00005')}</div>
    </ul>`);
    expect(c.papers.map((p) => p.ids.arxiv)).toEqual(['2401.00001']);
    expect(c.papers[0]).toMatchObject({ ownerIndex: 0, authors: ['Ada Lovelace', 'Charles Babbage'] });
  });

  it('reads profile ids from the profile block, not from news', () => {
    const c =
      card(`<header><h1>Ada Lovelace</h1><a href="https://scholar.google.com/citations?user=AAAAAAAAAAAA&hl=en">Scholar</a>
      <a href="mailto:%61da@example.org">Email</a><a href="https://github.com/ada">GitHub</a></header>
      <h2>News</h2><ul><li>2024.01: thanks <a href="https://scholar.google.com/citations?user=BBBBBBBBBBBB">Bob</a></li></ul>`);
    expect(c.ids).toMatchObject({ scholar: 'AAAAAAAAAAAA', email: 'ada@example.org', github: 'ada' });
    expect(c.news).toEqual([
      {
        date: '2024.01',
        text: 'thanks Bob',
        links: [{ label: 'Bob', url: 'https://scholar.google.com/citations?user=BBBBBBBBBBBB' }],
        old: false,
      },
    ]);
  });

  it('marks collapsed <details> news as old', () => {
    const c = card(
      '<h2>🔥 News</h2><ul><li>[2026.02] New paper</li></ul><details><summary>Old</summary><ul><li>[2020.01] Old paper</li></ul></details>',
    );
    expect(c.news.map((n) => [n.date, n.text, n.old])).toEqual([
      ['2026.02', 'New paper', false],
      ['2020.01', 'Old paper', true],
    ]);
  });
});

describe('links', () => {
  it('resolves relative URLs against the page URL and drops unsafe schemes', () => {
    expect(safeUrl('images/me.png', PAGE)).toBe('https://owner.example.org/~me/images/me.png');
    expect(safeUrl(' https://arxiv.org/abs/2405.20671 ', PAGE)).toBe('https://arxiv.org/abs/2405.20671');
    expect(safeUrl('javascript:alert(1)', PAGE)).toBeNull();
    expect(safeUrl('java\tscript:alert(1)', PAGE)).toBeNull();
    expect(safeUrl('data:text/html,hi', PAGE)).toBeNull();
    expect(safeUrl('#top', PAGE)).toBeNull();
    expect(safeUrl('mailto:a@b.org', PAGE)).toBe('mailto:a@b.org');
  });

  it('takes the code repository from the link, never from the badge', () => {
    const c =
      card(`<h1>Ada Lovelace</h1><h2>Publications</h2><ul><li><a href="https://arxiv.org/abs/2403.12968">LLMLingua-2: Data Distillation</a><br>
      <strong>Ada Lovelace</strong>*, Bob Smith* (equal contribution)<br>
      <a href="https://github.com/microsoft/LLMLingua/"><img src="https://img.shields.io/github/stars/QizhiPei/FABind?style=social"></a></li></ul>`);
    expect(c.papers[0]?.code).toEqual([{ repo: 'microsoft/LLMLingua', url: 'https://github.com/microsoft/LLMLingua' }]);
    expect(c.papers[0]?.coFirst).toBe(true);
    expect(c.warnings.map((w) => w.kind)).toContain('badge-repo-mismatch');
  });

  it('reads paper ids and repositories', () => {
    expect(
      readPaperIds([
        'https://aclanthology.org/2024.findings-acl.57/',
        'https://doi.org/10.1145/3592433',
        'https://openreview.net/forum?id=eIgGesYKLG',
        'http://arxiv.org/pdf/2507.10541v1',
      ]),
    ).toEqual({
      arxiv: '2507.10541',
      acl: '2024.findings-acl.57',
      doi: '10.1145/3592433',
      openreview: 'eIgGesYKLG',
    });
    expect(badgeRepoOf('https://img.shields.io/github/stars/microsoft/SeCom?style=social&label=Code+Stars')).toBe(
      'microsoft/SeCom',
    );
  });
});

describe('text', () => {
  it('repairs UTF-8 read as Latin-1 / Windows-1252 and as Mac Roman', () => {
    const utf8 = new TextEncoder().encode('盘卓实 Rühle — “quoted”');
    const asLatin = new TextDecoder('windows-1252').decode(utf8);
    expect(asLatin).not.toContain('盘');
    expect(repairMojibake(asLatin)).toBe('盘卓实 Rühle — “quoted”');
    const mac =
      'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';
    const asMac = Array.from(utf8, (b) => (b < 0x80 ? String.fromCharCode(b) : mac[b - 0x80])).join('');
    expect(repairMojibake(asMac)).toBe('盘卓实 Rühle — “quoted”');
    expect(repairMojibake('Victor Rühle')).toBe('Victor Rühle');
    const garbled = new TextDecoder('windows-1252').decode(new TextEncoder().encode('盘卓实'));
    const bio = `<p>Zhuoshi Pan (${garbled} in Chinese) is currently a graduate student at Tsinghua University.</p>`;
    expect(card(`<h1>Zhuoshi Pan</h1>${bio}`).nativeName).toBe('盘卓实');
  });

  it('normalises nbsp, curly quotes, emoji and markup-looking text, and bounds length', () => {
    expect(cleanText('ACL’25\u00a0Main  “x”')).toBe(`ACL'25 Main "x"`);
    expect(stripEmoji('🔥 News 👨💻')).toBe(' News ');
    expect(cleanText('a <script>alert(1)</script> b')).toBe('a alert(1) b');
    expect(cleanText('x'.repeat(10_000))).toHaveLength(500);
  });
});
