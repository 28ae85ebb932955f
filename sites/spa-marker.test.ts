// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://openreview.net/forum?id=wS7PxDjy6m" }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPage } from '../tests/fixtures/pages/load-page';
import { openReviewAdapters } from './openreview-adapters';
import { AUTHOR_ATTR, STARTED_ATTR, type ScheduleIdle } from './page-marker';
import { startSpaMarker } from './spa-marker';

/** The `<main>` of a saved page: what the app renders into the same shell on navigation. */
const view = (file: string): string => loadPage(file).doc.querySelector('main#content')?.innerHTML ?? '';
const FORUM = view('openreview/forum-wS7PxDjy6m-synthesized.html');
const GROUP = view('openreview/group-colm-2024-synthesized.html');
const PROFILE = view('openreview/profile-alisa-liu-synthesized.html');

/** An idle queue the test drains by hand. */
function manualIdle() {
  const pending: Parameters<ScheduleIdle>[0][] = [];
  const scheduleIdle: ScheduleIdle = (cb) => void pending.push(cb);
  const drain = (): void => {
    while (pending.length > 0) pending.shift()?.({ timeRemaining: () => 50 });
  };
  return { scheduleIdle, drain };
}

/** MutationObserver callbacks run as microtasks; then the idle work they scheduled. */
async function settle(idle: { drain(): void }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  idle.drain();
  await new Promise((resolve) => setTimeout(resolve, 0));
  idle.drain();
}

const marked = () => document.querySelectorAll(`[${AUTHOR_ATTR}]`);
const main = () => document.querySelector('main#content') as Element;

function start(idle: ReturnType<typeof manualIdle>, controller = new AbortController()) {
  return startSpaMarker({
    root: document,
    adapters: openReviewAdapters,
    href: () => location.href,
    scheduleIdle: idle.scheduleIdle,
    signal: controller.signal,
  });
}

describe('startSpaMarker', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    history.replaceState(null, '', '/forum?id=wS7PxDjy6m');
    vi.restoreAllMocks();
  });

  it('waits for a view rendered late, then reads only what is added', async () => {
    document.body.innerHTML = '<div id="__next"><main id="content"><div class="spinner">Loading</div></main></div>';
    const idle = manualIdle();
    const marker = start(idle);
    await settle(idle);
    expect(marked()).toHaveLength(0);
    expect(document.documentElement.hasAttribute(STARTED_ATTR)).toBe(false);

    main().innerHTML = FORUM;
    await settle(idle);
    await marker.ready;
    expect(marked()).toHaveLength(6);
    expect(marker.mentions().map((m) => m.sitePersonId)).toContainEqual({ kind: 'openreview', id: '~Dawn_Lawrie1' });

    // "et al." expanded: two more authors rendered into the line. The page is not read again.
    const line = document.querySelector('.forum-authors h3 > span') as Element;
    const queryAll = vi.spyOn(document, 'querySelectorAll');
    const query = vi.spyOn(document, 'querySelector');
    line.insertAdjacentHTML('beforeend', ', <a href="/profile?id=~Late_Author1">Late Author</a>');
    await settle(idle);
    expect(queryAll).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
    expect(marked()).toHaveLength(7);
    expect(marker.mentions()[6]).toMatchObject({ printed: 'Late Author', paper: { id: 'wS7PxDjy6m', position: 6 } });
  });

  it('follows client-side navigation: each view is read with its own adapter and address', async () => {
    document.body.innerHTML = `<div id="__next"><main id="content">${FORUM}</main></div>`;
    const idle = manualIdle();
    const marker = start(idle);
    idle.drain();
    await marker.ready;
    expect(marked()).toHaveLength(6);

    // To a venue (read on interest): the address changes, then the app renders the new view.
    history.pushState(null, '', '/group?id=colmweb.org/COLM/2024/Conference');
    main().innerHTML = GROUP;
    await settle(idle);
    expect(marked()).toHaveLength(0);
    expect(document.documentElement.hasAttribute(STARTED_ATTR)).toBe(true);
    const name = Array.from(document.querySelectorAll('.note-authors a')).find((a) => a.textContent === 'Jiantao Jiao');
    const hovered = marker.nameAt(name as Element) as Element;
    expect(marker.mentionFor(hovered)).toMatchObject({
      pageType: 'openreview-group',
      sitePersonId: { kind: 'openreview', id: '~Jiantao_Jiao1' },
      paper: { kind: 'openreview', id: 'GqDntYTTbk', position: 7 },
    });
    expect(marked()).toHaveLength(8);

    // A tab switch changes only the hash: the same view goes on.
    history.pushState(null, '', '/group?id=colmweb.org/COLM/2024/Conference#tab-accept-oral');
    main().querySelector('.tab-pane')?.classList.add('active');
    main().insertAdjacentHTML('beforeend', '<div class="tab-pane"></div>');
    await settle(idle);
    expect(marked()).toHaveLength(8);
    expect(marker.mentions()).toHaveLength(24);

    // To a profile whose sections arrive after a loading message.
    history.pushState(null, '', '/profile?id=~Alisa_Liu1');
    main().innerHTML = '<p class="loading-message"><em>Loading...</em></p>';
    await settle(idle);
    expect(marker.mentions()).toEqual([]);
    main().innerHTML = PROFILE;
    await settle(idle);
    expect(marked()).toHaveLength(11);
    expect(marker.mentions()[10]?.pageType).toBe('openreview-profile');

    // Back to a page Byline does not read: nothing is named there.
    history.pushState(null, '', '/search?term=llm');
    main().innerHTML = '<div class="search-results"><a href="/profile?id=~Alisa_Liu1">Alisa Liu</a></div>';
    await settle(idle);
    expect(marker.mentions()).toEqual([]);
    expect(marker.nameAt(main().querySelector('a') as Element)).toBeNull();
    expect(document.documentElement.hasAttribute(STARTED_ATTR)).toBe(false);
  });

  it('sees an address change the DOM did not announce when told of it', async () => {
    document.body.innerHTML = `<div id="__next"><main id="content">${FORUM}</main></div>`;
    const idle = manualIdle();
    let told = (): void => undefined;
    const marker = startSpaMarker({
      root: document,
      adapters: openReviewAdapters,
      href: () => location.href,
      scheduleIdle: idle.scheduleIdle,
      signal: new AbortController().signal,
      watchLocation: (onChange) => (told = onChange),
    });
    idle.drain();
    expect(marker.mentions()[0]?.paper?.id).toBe('wS7PxDjy6m');
    // The app rendered the next forum before it wrote the address (same markup, other id).
    history.replaceState(null, '', '/forum?id=G8LaO1P0xv');
    told();
    idle.drain();
    expect(marker.mentions()[0]?.paper?.id).toBe('G8LaO1P0xv');
  });

  it('stops with its signal: later views are not read', async () => {
    document.body.innerHTML = '<div id="__next"><main id="content"></main></div>';
    const idle = manualIdle();
    const controller = new AbortController();
    const marker = start(idle, controller);
    controller.abort();
    main().innerHTML = FORUM;
    await settle(idle);
    expect(marked()).toHaveLength(0);
    expect(marker.mentions()).toEqual([]);
  });
});
