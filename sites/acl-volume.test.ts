// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { aclEvent } from './acl-event';
import { aclVolume } from './acl-volume';

const EDITORS = ['Lun-Wei Ku', 'Andre Martins', 'Vivek Srikumar'];

describe('aclVolume', () => {
  it('reads editors and every entry (p.d-sm-flex)', () => {
    const { html, doc } = loadPage('acl/volume-2024.findings-acl-synthesized.html');
    expect(countRaw(html, /href=\/people\//)).toBe(19);
    const mentions = aclVolume.findMentions(doc, new URL('https://aclanthology.org/volumes/2024.findings-acl/'));
    expect(mentions).toHaveLength(19);
    expect(mentions.slice(0, 3).map((m) => m.printed)).toEqual(EDITORS);
    expect(mentions.slice(0, 3).every((m) => !m.paper)).toBe(true);
    const pan = mentions.find((m) => m.printed === 'Zhuoshi Pan');
    expect(pan).toMatchObject({
      pageType: 'acl-volume',
      sitePersonId: { kind: 'acl', id: 'zhuoshi-pan', verified: false },
      paper: { kind: 'acl', id: '2024.findings-acl.57', position: 0 },
    });
    expect(pan?.paper?.authors).toHaveLength(13);
    expect(mentions.find((m) => m.printed === 'Victor Rühle')?.sitePersonId).toEqual({
      kind: 'acl',
      id: 'victor-ruhle',
      verified: false,
    });
  });
});

describe('aclEvent', () => {
  it('reads every volume entry (div.d-sm-flex), not the volume heading', () => {
    const { html, doc } = loadPage('acl/event-acl-2024-synthesized.html');
    expect(countRaw(html, /href=\/people\//)).toBe(16);
    const mentions = aclEvent.findMentions(doc, new URL('https://aclanthology.org/events/acl-2024/'));
    expect(mentions).toHaveLength(16);
    expect(mentions.slice(0, 3).map((m) => m.paper?.id)).toEqual([
      '2024.findings-acl.0',
      '2024.findings-acl.0',
      '2024.findings-acl.0',
    ]);
    expect(mentions[3]).toMatchObject({
      printed: 'Zhuoshi Pan',
      pageType: 'acl-event',
      paper: { id: '2024.findings-acl.57', position: 0 },
    });
    expect(aclEvent.findUnits?.(doc)).toHaveLength(2);
  });
});
