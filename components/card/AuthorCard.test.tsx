// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LookupResult } from '../../profiles/profile';
import { findAxeViolations } from '../test-support/axe';
import { foundResult, noopActions, NOW, PAN_QUERY } from '../test-support/card-fixtures';
import { AuthorCard } from './AuthorCard';
import type { CardActions, CardState } from './card-state';

afterEach(cleanup);

const MINUTE = 60_000;

function renderCard(state: CardState, actions: CardActions = noopActions(), following = false) {
  const view = render(<AuthorCard state={state} actions={actions} now={NOW} following={following} />);
  return { ...view, card: screen.getByTestId('byline-card') };
}

const done = (result: LookupResult): CardState => ({ status: 'done', query: PAN_QUERY, result });

async function expectAccessible(container: Element) {
  expect(await findAxeViolations(container)).toEqual([]);
}

describe('AuthorCard states', () => {
  it('loading: shows the printed name and a busy skeleton', async () => {
    const { card, container } = renderCard({ status: 'loading', query: PAN_QUERY });
    expect(card.dataset.status).toBe('loading');
    expect(within(card).getByRole('heading', { name: 'Zhuoshi Pan' })).toBeTruthy();
    expect(card.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(within(card).getByText(/Loading researcher details/)).toBeTruthy();
    await expectAccessible(container);
  });

  it('ready: a full profile with provenance, papers, stars, news and the match reason', async () => {
    const { card, container } = renderCard(done(foundResult()));
    expect(card.dataset.status).toBe('ready');
    expect(screen.getByTestId('card-name').textContent).toContain('盘卓实');
    expect(screen.getByTestId('card-affiliation').textContent).toBe(
      'Graduate student, Tsinghua University (SIST) · homepage',
    );
    expect(screen.getByTestId('card-advisors').textContent).toContain('H. Vicky Zhao');
    expect(screen.getByTestId('card-metrics').textContent).toMatch(
      /1\.2k citations.*h-index 9.*15 papers.*Semantic Scholar, 1 h ago/,
    );
    expect(screen.getByTestId('paper-code').textContent).toContain('microsoft/LLMLingua');
    expect(screen.getByTestId('card-total-stars').textContent).toContain('5.4k');
    expect(screen.getByTestId('card-news').textContent).toContain('ACL 2024 Findings');
    expect(screen.getByTestId('card-reason').textContent).toContain(
      'author 1 of arXiv 2403.12968 on Semantic Scholar (high confidence)',
    );
    expect(
      within(screen.getByTestId('card-links'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Homepage', 'GitHub', 'Email']);
    expect(screen.queryByTestId('card-problems')).toBeNull();
    await expectAccessible(container);
  });

  it('ready: Follow is a toggle button and calls its action', async () => {
    const actions = { ...noopActions(), toggleFollow: vi.fn() };
    const { container } = renderCard(done(foundResult()), actions, true);
    const follow = screen.getByRole('button', { name: 'Following' });
    expect(follow.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(follow);
    expect(actions.toggleFollow).toHaveBeenCalledOnce();
    await expectAccessible(container);
  });

  it('partial: the profile shows, with one line per missing source', async () => {
    const result = foundResult({
      problems: [
        {
          source: 'github',
          kind: 'rate-limited',
          message: 'GitHub is rate limiting requests.',
          retryAt: NOW + 20 * MINUTE,
        },
        { source: 'dblp', kind: 'unavailable', message: 'DBLP could not be reached (timeout).' },
      ],
    });
    const { card, container } = renderCard(done(result));
    expect(card.dataset.status).toBe('partial');
    expect(screen.getByTestId('card-name')).toBeTruthy();
    const problems = within(screen.getByTestId('card-problems')).getAllByRole('listitem');
    expect(problems.map((li) => li.textContent)).toEqual([
      'GitHub: GitHub is rate limiting requests. Back in 20 min.',
      'DBLP: DBLP could not be reached (timeout).',
    ]);
    await expectAccessible(container);
  });

  it('not found: says so with the reason and offers a retry', async () => {
    const retry = vi.fn();
    const { card, container } = renderCard(
      done({
        ok: false,
        reason: 'not-found',
        message: 'No source knows Zhuoshi Pan with enough certainty.',
        problems: [],
      }),
      { ...noopActions(), retry },
    );
    expect(card.dataset.status).toBe('not-found');
    expect(screen.getByTestId('failure-message').textContent).toBe(
      'No researcher found. No source knows Zhuoshi Pan with enough certainty.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
    await expectAccessible(container);
  });

  it('rate limited: says the sources are busy and when to come back', async () => {
    const { card, container } = renderCard(
      done({
        ok: false,
        reason: 'rate-limited',
        message: 'Byline could not identify Zhuoshi Pan yet.',
        retryAt: NOW + 90_000,
        problems: [
          {
            source: 'semantic-scholar',
            kind: 'rate-limited',
            message: 'Semantic Scholar is rate limiting requests; an API key in Byline’s options helps.',
            retryAt: NOW + 90_000,
          },
        ],
      }),
    );
    expect(card.dataset.status).toBe('rate-limited');
    expect(screen.getByTestId('failure-message').textContent).toMatch(/^Sources are busy\./);
    expect(screen.getByTestId('card-problems').textContent).toContain('Back in 2 min.');
    expect(screen.getByTestId('card-problems').textContent).toContain('API key');
    await expectAccessible(container);
  });

  it('offline: says the sources could not be reached', async () => {
    const { card, container } = renderCard(
      done({
        ok: false,
        reason: 'offline',
        message: 'Byline could not reach the sources that identify Zhuoshi Pan.',
        problems: [],
      }),
    );
    expect(card.dataset.status).toBe('offline');
    expect(screen.getByTestId('failure-message').textContent).toMatch(/^Sources could not be reached\./);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    await expectAccessible(container);
  });

  it('stale: shows the card with the age of its data', async () => {
    const { card, container } = renderCard(done(foundResult({ stale: true, asOf: NOW - 3 * 24 * 60 * MINUTE })));
    expect(card.dataset.status).toBe('stale');
    expect(screen.getByTestId('card-reason').textContent).toContain('data from 3 days ago, refreshing');
    await expectAccessible(container);
  });

  it('permission needed: a button asks for the homepage origin', async () => {
    const grantOrigin = vi.fn();
    const result = foundResult({
      problems: [
        {
          source: 'homepage',
          kind: 'permission-needed',
          message: 'Byline may not read this homepage yet.',
          origin: 'https://www.example.edu/*',
        },
      ],
    });
    const { container } = renderCard(done(result), { ...noopActions(), grantOrigin });
    fireEvent.click(screen.getByRole('button', { name: 'Allow reading www.example.edu' }));
    expect(grantOrigin).toHaveBeenCalledWith('https://www.example.edu/*');
    await expectAccessible(container);
  });

  it('error: says something went wrong, never a blank box', async () => {
    const { card, container } = renderCard(
      done({ ok: false, reason: 'error', message: 'Byline could not reach its background.', problems: [] }),
    );
    expect(card.dataset.status).toBe('error');
    expect(screen.getByTestId('failure-message').textContent).toBe(
      'Something went wrong. Byline could not reach its background.',
    );
    await expectAccessible(container);
  });

  it('every state has a visible close button that calls close', () => {
    const close = vi.fn();
    renderCard({ status: 'loading', query: PAN_QUERY }, { ...noopActions(), close });
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(close).toHaveBeenCalledOnce();
  });

  it('every state links to the options page, where more sites are turned on', () => {
    const openOptions = vi.fn();
    for (const state of [
      { status: 'loading', query: PAN_QUERY } as const,
      done(foundResult()),
      done({ ok: false, reason: 'not-found', message: 'No match.', problems: [] }),
    ]) {
      const { unmount } = renderCard(state, { ...noopActions(), openOptions });
      fireEvent.click(screen.getByRole('button', { name: 'Byline options' }));
      unmount();
    }
    expect(openOptions).toHaveBeenCalledTimes(3);
  });
});

describe('AuthorCard in stages', () => {
  const early = (pending: ('homepage' | 'papers' | 'code')[]): CardState => {
    const full = foundResult();
    if (!full.ok) throw new Error('found');
    const p = full.profile;
    const papers = pending.includes('papers') ? [] : p.papers.map((paper) => ({ ...paper, code: [] }));
    const { totalStars: _stars, advisors: _advisors, news: _news, ...known } = p;
    return done({ ...full, profile: { ...known, papers }, pending });
  };

  it('first stage: name, affiliation and metrics drawn; grey rows hold the homepage facts and the papers', async () => {
    const { card, container } = renderCard(early(['homepage', 'papers', 'code']));
    expect(card.dataset.status).toBe('arriving');
    expect(screen.getByTestId('card-name').textContent).toContain('Zhuoshi Pan');
    expect(screen.getByTestId('card-affiliation').textContent).toContain('Tsinghua University');
    expect(screen.getByTestId('card-metrics').textContent).toContain('citations');
    expect(screen.getByTestId('pending-homepage')).toBeTruthy();
    expect(screen.getByTestId('pending-papers')).toBeTruthy();
    expect(screen.queryByTestId('card-papers')).toBeNull();
    expect(card.querySelector('[aria-busy="true"]')).not.toBeNull();
    // Acting on part of a card would act on the wrong thing: the controls wait for the whole.
    expect((screen.getByRole('button', { name: 'Follow' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('reject-match') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('set-homepage') as HTMLButtonElement).disabled).toBe(true);
    await expectAccessible(container);
  });

  it('second stage: the papers are drawn and only the star total is still coming', async () => {
    const { card, container } = renderCard(early(['code']));
    expect(card.dataset.status).toBe('arriving');
    expect(screen.queryByTestId('pending-homepage')).toBeNull();
    expect(screen.queryByTestId('pending-papers')).toBeNull();
    expect(screen.getByTestId('card-papers').textContent).toContain('LLMLingua-2');
    expect(screen.getByTestId('pending-code')).toBeTruthy();
    expect(screen.queryByTestId('card-total-stars')).toBeNull();
    await expectAccessible(container);
  });

  it('last stage: the complete card has no placeholder left and its controls work', () => {
    const { card } = renderCard(done(foundResult()));
    expect(card.dataset.status).toBe('ready');
    for (const id of ['pending-homepage', 'pending-papers', 'pending-code'])
      expect(screen.queryByTestId(id)).toBeNull();
    expect(card.querySelector('[aria-busy="true"]')).toBeNull();
    expect((screen.getByRole('button', { name: 'Follow' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('a part that failed leaves its rows out and says why; the parts before it stand', () => {
    const full = foundResult({
      problems: [{ source: 'github', kind: 'unavailable', message: 'Byline could not finish this part of the card.' }],
    });
    if (!full.ok) throw new Error('found');
    const papers = full.profile.papers.map((paper) => ({ ...paper, code: [] }));
    const { totalStars: _stars, ...rest } = full.profile;
    const { card } = renderCard(done({ ...full, profile: { ...rest, papers } }));
    expect(card.dataset.status).toBe('partial');
    expect(screen.getByTestId('card-affiliation').textContent).toContain('Tsinghua University');
    expect(screen.getByTestId('card-papers').textContent).toContain('LLMLingua-2');
    expect(screen.queryByTestId('paper-code')).toBeNull();
    expect(screen.queryByTestId('pending-code')).toBeNull();
    expect(screen.getByTestId('card-problems').textContent).toContain('could not finish this part');
  });
});
