// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onMessage, type PageResearcher, type ProtocolMap } from '../../messaging/protocol';
import type { FollowSummary } from '../../messaging/ui-types';
import { findAxeViolations } from '../test-support/axe';
import { foundResult, NOW, PAN_QUERY } from '../test-support/card-fixtures';
import { listPageResearchers } from '../../hover-card/page-researchers';
import { aclVolume } from '../../sites/acl-volume';
import { arxivAbs } from '../../sites/arxiv-abs';
import { loadPage } from '../../tests/fixtures/pages/load-page';
import { createPopupBackend } from './popup-backend';
import { Popup } from './Popup';

const WU = {
  ...PAN_QUERY,
  printed: 'Qianhui Wu',
  normalized: 'qianhui wu',
  paper: { ...PAN_QUERY.paper!, position: 1 },
};
const FOLLOWS: FollowSummary[] = [
  {
    key: 's2:1',
    name: 'Huiqiang Jiang',
    followedAt: NOW - 9e8,
    lastSeenAt: NOW - 3 * 86_400_000,
    news: { papers: ['A New Paper'], news: [], citationsGained: 40 },
  },
  {
    key: 's2:2',
    name: 'Qianhui Wu',
    followedAt: NOW - 9e8,
    lastSeenAt: NOW - 2 * 86_400_000,
    news: { papers: [], news: [] },
  },
];

let stops: Array<() => void> = [];
/** Answers a protocol entry in this test the way the background would. */
function answer<K extends keyof ProtocolMap>(
  type: K,
  handler: (data: Parameters<ProtocolMap[K]>[0]) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
) {
  const fn = vi.fn(handler);
  stops.push(onMessage(type, ({ data }) => fn(data as Parameters<ProtocolMap[K]>[0])));
  return fn;
}

function activeTabAnswers(researchers: PageResearcher[] | 'no content script') {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 7 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number],
  ]);
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
  if (researchers === 'no content script')
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  else send.mockResolvedValue({ res: researchers });
  return send;
}

beforeEach(() => {
  fakeBrowser.reset();
  answer('listFollows', () => FOLLOWS);
});
afterEach(() => {
  cleanup();
  for (const stop of stops) stop();
  stops = [];
});

describe('Popup', () => {
  it('lists the page researchers in byline order and opens a full card', async () => {
    const send = activeTabAnswers([{ query: PAN_QUERY }, { query: WU }]);
    const lookup = answer('lookupResearcher', () => foundResult());
    const { container } = render(<Popup backend={createPopupBackend()} now={() => NOW} />);
    const list = within(await screen.findByRole('region', { name: 'On this page' }));
    const names = await list.findAllByRole('button');
    expect(names.map((b) => b.querySelector('.person-name')?.textContent)).toEqual(['Zhuoshi Pan', 'Qianhui Wu']);
    expect(send).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'pageResearchers' }), undefined);
    await screen.findByText(/A New Paper/);
    expect(await findAxeViolations(container)).toEqual([]);

    names[0]!.focus();
    fireEvent.click(names[0]!);
    expect(await screen.findByTestId('card-affiliation')).toBeTruthy();
    expect(lookup).toHaveBeenCalledWith({ query: PAN_QUERY });
    expect(document.activeElement?.textContent).toBe('← Back');
    expect(await findAxeViolations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    await waitFor(() => expect(document.activeElement).toBe(names[0]));
    expect(screen.queryByTestId('byline-card')).toBeNull();
  });

  it('on a paper page (arXiv 2403.12968, saved): the paper once at the top, each row its place and, once known, the role', async () => {
    const { doc } = loadPage('arxiv/abs-2403.12968-synthesized.html');
    const researchers = listPageResearchers(arxivAbs.findMentions(doc, new URL('https://arxiv.org/abs/2403.12968')));
    // The user already looked at the first author: the page keeps what his card found.
    researchers[0] = { ...researchers[0]!, result: foundResult(), lookedAt: NOW };
    activeTabAnswers(researchers);
    const { container } = render(<Popup backend={createPopupBackend()} now={() => NOW} />);
    const region = within(await screen.findByRole('region', { name: 'On this page' }));
    const paper = await region.findByTestId('page-paper');
    expect(paper.textContent).toMatch(/^LLMLingua-2: .* arXiv 2403\.12968$/);
    const lines = region.getAllByRole('listitem').map((li) => li.querySelector('.person-line')?.textContent);
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe('first author · Graduate student, Tsinghua University (SIST)');
    expect(lines[2]).toBe('3rd of 13');
    expect(lines[12]).toBe('last author');
    // The title is said once, not on every row.
    expect(container.textContent?.match(/LLMLingua-2:/g)).toHaveLength(1);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('on a listing (an ACL Anthology volume, saved): no paper at the top, each row the paper its name is on', async () => {
    const { doc } = loadPage('acl/volume-2024.findings-acl-synthesized.html');
    const researchers = listPageResearchers(
      aclVolume.findMentions(doc, new URL('https://aclanthology.org/volumes/2024.findings-acl/')),
    );
    activeTabAnswers(researchers);
    render(<Popup backend={createPopupBackend()} now={() => NOW} />);
    const region = within(await screen.findByRole('region', { name: 'On this page' }));
    const pan = (await region.findByText('Zhuoshi Pan')).closest('button')!;
    expect(pan.querySelector('.person-line')?.textContent).toMatch(/^LLMLingua-2: /);
    expect(region.queryByTestId('page-paper')).toBeNull();
  });

  it('says plainly when the tab is not a page Byline reads', async () => {
    activeTabAnswers('no content script');
    render(<Popup backend={createPopupBackend()} now={() => NOW} />);
    expect((await screen.findByTestId('unsupported-page')).textContent).toMatch(
      /works on arXiv and ACL Anthology pages/,
    );
  });

  it('searches a name, shows one line per candidate, and follows from the card', async () => {
    activeTabAnswers([]);
    const search = answer('searchResearchers', () => ({
      ok: true,
      candidates: [{ key: 's2:2114380531', name: 'Zhuoshi Pan', affiliation: 'Tsinghua University', paperCount: 15 }],
    }));
    const byKey = answer('lookupByKey', () => foundResult());
    const follow = answer('setFollow', (data) => ({ following: data.following }));
    render(<Popup backend={createPopupBackend()} now={() => NOW} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Researcher name' }), { target: { value: 'Zhuoshi Pan' } });
    fireEvent.submit(screen.getByRole('search'));
    const candidate = await screen.findByRole('button', { name: /Tsinghua University · 15 papers/ });
    expect(search).toHaveBeenCalledWith({ name: 'Zhuoshi Pan' });
    fireEvent.click(candidate);
    await waitFor(() => expect(byKey).toHaveBeenCalledWith({ key: 's2:2114380531', name: 'Zhuoshi Pan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Follow' }));
    await screen.findByRole('button', { name: 'Following' });
    expect(follow.mock.calls[0]?.[0]).toMatchObject({ following: true, profile: { key: 's2:2114380531' } });
  });

  it('shows a search problem with its retry time', async () => {
    activeTabAnswers([]);
    answer('searchResearchers', () => ({
      ok: false,
      reason: 'rate-limited',
      message: 'Semantic Scholar is busy.',
      retryAt: NOW + 30_000,
    }));
    render(<Popup backend={createPopupBackend()} now={() => NOW} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Pan' } });
    fireEvent.submit(screen.getByRole('search'));
    expect((await screen.findByTestId('search-problem')).textContent).toBe(
      'Semantic Scholar is busy. Try again in 30 s.',
    );
  });

  it('lists follows with what is new, and marks a follow seen when its card opens', async () => {
    activeTabAnswers([]);
    // The background says in its answer that the user follows this researcher.
    answer('lookupByKey', () => foundResult({ following: true }));
    const seen = answer('markFollowSeen', () => ({ ok: true }));
    render(<Popup backend={createPopupBackend()} now={() => NOW} />);
    const lines = await screen.findAllByTestId('follow-news');
    expect(lines.map((l) => l.textContent)).toEqual([
      '1 new paper (A New Paper) · +40 citations',
      'Nothing new since 2 days ago',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /Huiqiang Jiang/ }));
    await waitFor(() => expect(seen).toHaveBeenCalledOnce());
    expect(screen.getByRole('button', { name: 'Following' })).toBeTruthy();
  });
});
