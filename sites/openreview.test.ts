// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countRaw, loadPage } from '../tests/fixtures/pages/load-page';
import { openReviewForum } from './openreview-forum';
import { openReviewGroup } from './openreview-group';
import { forumIdOf, openReviewPersonId } from './openreview-notes';
import { openReviewProfile } from './openreview-profile';

const DATED_DATA = [
  'Jeffrey Cheng',
  'Marc Marone',
  'Orion Weller',
  'Dawn Lawrie',
  'Daniel Khashabi',
  'Benjamin Van Durme',
];
const FORUM = 'openreview/forum-wS7PxDjy6m-synthesized.html';
const GROUP = 'openreview/group-colm-2024-synthesized.html';
const PROFILE = 'openreview/profile-alisa-liu-synthesized.html';

describe('openReviewForum', () => {
  const url = new URL('https://openreview.net/forum?id=wS7PxDjy6m');

  it('reads the submission’s authors with their profile ids and the forum as the paper', () => {
    const { html, doc } = loadPage(FORUM);
    expect(countRaw(html, /href="\/profile\?id=~/)).toBe(6);
    const mentions = openReviewForum.findMentions(doc, url);
    expect(mentions.map((m) => m.printed)).toEqual(DATED_DATA);
    expect(mentions[5]).toMatchObject({
      printed: 'Benjamin Van Durme',
      normalized: 'benjamin van durme',
      pageType: 'openreview-forum',
      sitePersonId: { kind: 'openreview', id: '~Benjamin_Van_Durme2' },
      paper: {
        kind: 'openreview',
        id: 'wS7PxDjy6m',
        title: 'Dated Data: Tracing Knowledge Cutoffs in Large Language Models',
        position: 5,
        authors: DATED_DATA,
      },
    });
  });

  it('takes the arXiv copy as the paper when the title links one, and reads authors without a profile', () => {
    const { doc } = loadPage(FORUM);
    const links = doc.querySelector('.forum-title') as Element;
    links.insertAdjacentHTML(
      'beforeend',
      '<div class="forum-content-link"><a href="https://arxiv.org/abs/2403.12958v2" title="Open Website">html</a></div>',
    );
    const line = doc.querySelector('.forum-authors h3 > span') as Element;
    line.insertAdjacentHTML(
      'beforeend',
      ', <span>Ann Nobody</span>, <a href="/profile?email=a%40example.org">Mail Only</a> <a href="#" class="show-all">et al.</a> <span class="glyphicon glyphicon-eye-open private-contents-icon"></span>',
    );
    const mentions = openReviewForum.findMentions(doc, url);
    expect(mentions.map((m) => m.printed)).toEqual([...DATED_DATA, 'Ann Nobody', 'Mail Only']);
    expect(mentions[0]?.paper).toMatchObject({ kind: 'arxiv', id: '2403.12958', position: 0 });
    expect(mentions[6]?.sitePersonId).toBeUndefined();
    expect(mentions[7]?.sitePersonId).toBeUndefined();
  });

  it('reads authors shown with institutions', () => {
    const { doc } = loadPage(FORUM);
    const line = doc.querySelector('.forum-authors h3') as Element;
    line.innerHTML =
      '<span><span class="note-author-with-institutions"><a href="/profile?id=~Jeffrey_Cheng2">Jeffrey Cheng</a><sup>1</sup></span>, <span class="note-author-with-institutions"><span>Marc Marone</span><sup>1</sup></span> </span><div class="note-authors-institutions"><div><sup>1</sup> Johns Hopkins University (jhu.edu)</div></div>';
    const mentions = openReviewForum.findMentions(doc, url);
    expect(mentions.map((m) => m.printed)).toEqual(['Jeffrey Cheng', 'Marc Marone']);
    expect(mentions[0]?.sitePersonId).toEqual({ kind: 'openreview', id: '~Jeffrey_Cheng2' });
  });

  it('reads the forum note around a late-rendered author line', () => {
    const { doc } = loadPage(FORUM);
    const name = doc.querySelector('.forum-authors a') as Element;
    expect(openReviewForum.findMentions(name, url)).toHaveLength(6);
  });
});

describe('openReviewGroup', () => {
  const url = new URL('https://openreview.net/group?id=colmweb.org/COLM/2024/Conference');

  it('has one unit per listed note and a selector for every name', () => {
    const { html, doc } = loadPage(GROUP);
    expect(countRaw(html, /href="\/profile\?id=~/)).toBe(24);
    expect(openReviewGroup.findUnits?.(doc)).toHaveLength(4);
    expect(doc.querySelectorAll(openReviewGroup.names ?? '')).toHaveLength(24);
    const mentions = openReviewGroup.findMentions(doc, url);
    expect(mentions).toHaveLength(24);
    expect(mentions[6]).toMatchObject({
      printed: 'Prasann Singhal',
      pageType: 'openreview-group',
      sitePersonId: { kind: 'openreview', id: '~Prasann_Singhal1' },
      paper: { kind: 'openreview', id: 'G8LaO1P0xv', position: 0 },
    });
  });

  it('reads one note on interest: the hovered name’s', () => {
    const { doc } = loadPage(GROUP);
    const name = doc.querySelectorAll(openReviewGroup.names ?? '')[23] as Element;
    expect(name.textContent).toBe('Jiantao Jiao');
    const [note] = openReviewGroup.findUnits?.(name) ?? [];
    const mentions = openReviewGroup.findMentions(note as Element, url);
    expect(mentions).toHaveLength(8);
    expect(mentions[7]?.paper).toMatchObject({ kind: 'openreview', id: 'GqDntYTTbk', position: 7 });
  });
});

describe('openReviewProfile', () => {
  const url = new URL('https://openreview.net/profile?id=~Alisa_Liu1');

  it('reads the publications’ authors and the co-authors, each with a profile id', () => {
    const { doc } = loadPage(PROFILE);
    expect(openReviewProfile.findUnits?.(doc)).toHaveLength(2);
    const mentions = openReviewProfile.findMentions(doc, url);
    expect(mentions).toHaveLength(11);
    expect(mentions[0]).toMatchObject({
      printed: 'Alisa Liu',
      sitePersonId: { kind: 'openreview', id: '~Alisa_Liu1' },
      paper: { kind: 'openreview', id: 'dribhnhm1i', title: 'Tuning Language Models by Proxy', position: 0 },
    });
    expect(mentions.slice(6).map((m) => m.printed)).toEqual([
      'Xiaochuang Han',
      'Yizhong Wang',
      'Yulia Tsvetkov',
      'Yejin Choi',
      'Noah A. Smith',
    ]);
    expect(mentions[10]).toMatchObject({ sitePersonId: { kind: 'openreview', id: '~Noah_A._Smith2' } });
    expect(mentions[10]?.paper).toBeUndefined();
  });

  it('reads only the unit a late-rendered node belongs to', () => {
    const { doc } = loadPage(PROFILE);
    const coAuthor = doc.querySelector('section > .section-content > ul.list-unstyled > li > a') as Element;
    expect(openReviewProfile.findMentions(coAuthor, url)).toHaveLength(5);
    const author = doc.querySelector('.note-authors a') as Element;
    expect(openReviewProfile.findMentions(author, url)).toHaveLength(6);
  });
});

describe('OpenReview links', () => {
  it.each([
    ['/profile?id=~Noah_A._Smith2', '~Noah_A._Smith2'],
    ['https://openreview.net/profile?id=%7EAlisa_Liu1', '~Alisa_Liu1'],
    ['/profile?email=a%40example.org', undefined],
    ['/profile?id=~No_Number', undefined],
    ['https://example.org/profile?id=~Alisa_Liu1', undefined],
    ['javascript:alert(1)', undefined],
  ])('%s → %s', (href, id) => {
    const a = document.createElement('a');
    a.setAttribute('href', href);
    expect(openReviewPersonId(a)?.id).toBe(id);
  });

  it('reads forum ids from forum links only', () => {
    expect(forumIdOf('/forum?id=dribhnhm1i&referrer=x')).toBe('dribhnhm1i');
    expect(forumIdOf('/pdf?id=dribhnhm1i')).toBeUndefined();
    expect(forumIdOf('https://evil.example/forum?id=x')).toBeUndefined();
  });
});
