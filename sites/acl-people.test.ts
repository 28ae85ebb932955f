// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { aclPeople } from './acl-people';

const COAUTHORS_2026 = [
  'Robert Weißgraeber',
  'Johanna Heininger',
  'Nyamsuren Davaasambuu',
  'Michael Käufl',
  'Vitaliia Voronik',
  'Alessia Cavallo',
  'Ching-Yi Chen',
  'Adela Schneider',
];

describe('aclPeople', () => {
  it.each([
    ['acl/people-andreas-madsack-2026-07.html', 'https://aclanthology.org/people/andreas-madsack/unverified/', false],
    ['acl/people-andreas-madsack-2023-01.html', 'https://aclanthology.org/people/a/andreas-madsack/', false],
  ])('%s: the owner, 25 entry authors on 6 papers, 8 co-authors', (file, href, verified) => {
    const { html, doc } = loadPage(file);
    expect(countRaw(html, /href=\/people\//)).toBe(33);
    const mentions = aclPeople.findMentions(doc, new URL(href));
    expect(mentions).toHaveLength(34);
    expect(mentions[0]).toMatchObject({
      printed: 'Andreas Madsack',
      normalized: 'andreas madsack',
      sitePersonId: { kind: 'acl', id: 'andreas-madsack', verified },
    });
    expect(mentions[0]?.paper).toBeUndefined();
    const inEntries = mentions.filter((m) => m.paper);
    expect(inEntries).toHaveLength(25);
    expect(new Set(inEntries.map((m) => m.paper?.id)).size).toBe(6);
    expect(inEntries.slice(0, 5).map((m) => m.printed)).toEqual([
      'Adela Schneider',
      'Andreas Madsack',
      'Johanna Heininger',
      'Ching-Yi Chen',
      'Robert Weißgraeber',
    ]);
    expect(inEntries[1]?.paper).toMatchObject({ kind: 'acl', id: '2022.in2writing-1.1', position: 1 });
    expect(mentions.slice(26).every((m) => !m.paper)).toBe(true);
  });

  it('lists the 2026 co-authors in card order', () => {
    const { doc } = loadPage('acl/people-andreas-madsack-2026-07.html');
    const mentions = aclPeople.findMentions(
      doc,
      new URL('https://aclanthology.org/people/andreas-madsack/unverified/'),
    );
    expect(mentions.slice(26).map((m) => m.printed)).toEqual(COAUTHORS_2026);
    expect(mentions[26]?.sitePersonId).toEqual({ kind: 'acl', id: 'robert-weissgraeber', verified: false });
  });

  it('reads each unit alone to the same total', () => {
    const { doc } = loadPage('acl/people-andreas-madsack-2026-07.html');
    const url = new URL('https://aclanthology.org/people/andreas-madsack/unverified/');
    const units = aclPeople.findUnits?.(doc) ?? [];
    expect(units).toHaveLength(8);
    expect(units.flatMap((u) => aclPeople.findMentions(u, url))).toHaveLength(34);
  });
});
