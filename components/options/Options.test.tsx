// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onMessage } from '../../messaging/protocol';
import { exportUserData, importUserData } from '../../storage/export-import';
import { createUserData } from '../../storage/user-data';
import { applyUserDataChange } from '../../storage/user-data-change';
import { findAxeViolations } from '../test-support/axe';
import { createOptionsBackend, releasableSiteHosts } from './options-backend';
import { Options } from './Options';

let stops: Array<() => void> = [];
let entries = 12;
const clearCache = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  entries = 12;
  clearCache.mockReset();
  stops = [
    onMessage('cacheInfo', () => ({ entries, bytes: 1536 * 1024, maxBytes: 20 * 1024 * 1024, byKind: {} })),
    onMessage('clearCache', () => {
      clearCache();
      entries = 0;
      return { ok: true as const };
    }),
    // The background's side of the user's data: one store, which every change goes through.
    ...userDataBackground(createUserData()),
  ];
});
afterEach(() => {
  cleanup();
  for (const stop of stops) stop();
});

function userDataBackground(user: ReturnType<typeof createUserData>): Array<() => void> {
  return [
    onMessage('loadUserData', () => user.load()),
    onMessage('changeUserData', async ({ data }) => {
      const result = await applyUserDataChange(user, data);
      return result.ok ? { ok: true as const } : { ok: false as const, message: result.message };
    }),
    onMessage('exportUserData', ({ data }) => exportUserData(user, { includeSecrets: data.includeSecrets })),
    onMessage('importUserData', ({ data }) => importUserData(user, data.text, { mode: data.mode })),
  ];
}

const show = (hash = '') => render(<Options backend={createOptionsBackend()} hash={hash} />);

describe('Options', () => {
  it('saves source, site, card and delay settings, and passes an accessibility check', async () => {
    const { container } = show();
    fireEvent.click(await screen.findByRole('checkbox', { name: /^OpenAlex/ }));
    await screen.findByText('Saved.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'ACL Anthology' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: /Delay before a card shows/ }), {
      target: { value: '800' },
    });
    await waitFor(async () => expect((await createUserData().getSettings()).hoverDelayMs).toBe(800));
    const settings = await createUserData().getSettings();
    expect(settings.sources.openalex).toBe(false);
    expect(settings.sites['acl-anthology']).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Show a card when I hover/ }));
    await waitFor(async () => expect((await createUserData().getSettings()).cardsEnabled).toBe(false));
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('lists opt-in sites off, turns one on only once its hosts are granted, and gives them back when off', async () => {
    const requestSiteHosts = vi.fn(async () => false);
    const releaseSiteHosts = vi.fn(async () => undefined);
    render(<Options backend={{ ...createOptionsBackend(), requestSiteHosts, releaseSiteHosts }} hash="" />);
    const more = () => within(screen.getByRole('group', { name: /More sites/ }));
    await screen.findByRole('group', { name: /More sites/ });
    const hf = more().getByRole('checkbox', { name: /^Hugging Face Papers/ }) as HTMLInputElement;
    expect(hf.checked).toBe(false);
    expect(screen.getByText(/reads huggingface\.co/)).toBeTruthy();

    fireEvent.click(hf);
    await screen.findByText(/Not turned on: Hugging Face Papers needs permission/);
    expect(requestSiteHosts).toHaveBeenCalledWith('huggingface-papers');
    expect((await createUserData().getSettings()).sites['huggingface-papers']).toBe(false);

    requestSiteHosts.mockResolvedValue(true);
    fireEvent.click(more().getByRole('checkbox', { name: /^Hugging Face Papers/ }));
    await waitFor(async () => expect((await createUserData().getSettings()).sites['huggingface-papers']).toBe(true));
    expect(releaseSiteHosts).not.toHaveBeenCalled();

    await waitFor(() =>
      expect(more().getByRole('checkbox', { name: /^Hugging Face Papers/, checked: true })).toBeTruthy(),
    );
    fireEvent.click(more().getByRole('checkbox', { name: /^Hugging Face Papers/ }));
    await waitFor(() => expect(releaseSiteHosts).toHaveBeenCalledWith('huggingface-papers'));
    expect((await createUserData().getSettings()).sites['huggingface-papers']).toBe(false);
  });

  it('gives back only the hosts no source needed since install', () => {
    expect(releasableSiteHosts('huggingface-papers')).toEqual([]);
  });

  it('keeps the token and key in local storage only, in password fields', async () => {
    show();
    const token = await screen.findByLabelText(/^GitHub token/);
    expect(token.getAttribute('type')).toBe('password');
    fireEvent.input(token, { target: { value: 'ghp_example123' } });
    fireEvent.input(screen.getByLabelText('Semantic Scholar API key'), { target: { value: 's2-key-456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save keys' }));
    await screen.findByText('Keys saved on this device.');
    expect(await fakeBrowser.storage.local.get('user:secrets')).toEqual({
      'user:secrets': { githubToken: 'ghp_example123', semanticScholarApiKey: 's2-key-456' },
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('shows the cache size and clears it through the background', async () => {
    show();
    expect(await screen.findByText('12 entries, 1.5 MB of 20 MB.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear cache' }));
    await screen.findByText(/Cache cleared/);
    expect(clearCache).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByTestId('cache-size').textContent).toMatch(/^0 entries/));
  });

  it('exports follows, corrections and settings as a JSON file, secrets only when asked', async () => {
    const user = createUserData();
    await user.follow('s2:2114380531', 'Zhuoshi Pan');
    await user.updateSecrets({ githubToken: 'ghp_example123' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:byline-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Export to a file' }));
    await waitFor(() => expect(clicks).toHaveBeenCalledOnce());
    const doc = JSON.parse(await blobs[0]!.text());
    expect(doc).toMatchObject({ format: 'byline-user-data', follows: { 's2:2114380531': { name: 'Zhuoshi Pan' } } });
    expect(doc.secrets).toBeUndefined();
    fireEvent.click(screen.getByRole('checkbox', { name: /Include my GitHub token/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export to a file' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect(JSON.parse(await blobs[1]!.text()).secrets).toEqual({ githubToken: 'ghp_example123' });
  });

  it('imports a file and shows the report', async () => {
    show();
    const file = new File(
      [
        JSON.stringify({
          format: 'byline-user-data',
          version: 1,
          exportedAt: '2026-02-01T00:00:00.000Z',
          follows: { 's2:1': { name: 'Huiqiang Jiang', followedAt: 1, lastSeenAt: 1 }, bad: {} },
        }),
      ],
      'byline.json',
      { type: 'application/json' },
    );
    const input = await screen.findByLabelText('Byline export file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const report = await screen.findByText(/^Imported 1 follow/);
    expect(report.textContent).toBe('Imported 1 follow, 0 corrections; 1 item rejected.');
    expect(screen.getByTestId('import-report').textContent).toContain('not a researcher key');
    expect(Object.keys(await createUserData().getFollows())).toEqual(['s2:1']);
  });

  it('lists corrections and removes one', async () => {
    const user = createUserData();
    await user.correctMention('arxiv:2403.12968#0', 'not-this-person');
    await user.setHomepage('s2:2114380531', 'https://pzs19.github.io/');
    show();
    expect(await screen.findByText(/Not this person for author 1 of arXiv 2403.12968/)).toBeTruthy();
    expect(screen.getByText(/Homepage of s2:2114380531: https:\/\/pzs19.github.io\//)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove correction for author 1 of arXiv 2403.12968' }));
    await screen.findByText('Correction removed.');
    expect((await user.getCorrections()).mentions).toEqual({});
    expect(Object.keys((await user.getCorrections()).homepages)).toEqual(['s2:2114380531']);
  });

  it('asks for a homepage origin from #grant= on the user click', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const { container } = show(`#grant=${encodeURIComponent('https://www.example.edu/*')}`);
    expect(screen.getByRole('heading', { name: 'Allow Byline to read www.example.edu?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow reading www.example.edu' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.example.edu/*'] });
    expect((await screen.findByText(/hover the name again/)).textContent).toContain('www.example.edu');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('ignores a #grant= that is not a single http(s) origin', () => {
    show(`#grant=${encodeURIComponent('<all_urls>')}`);
    expect(screen.queryByTestId('grant-prompt')).toBeNull();
  });

  it.each(['http://localhost:8080/*', 'http://192.168.1.1/*', 'http://[::1]/*'])(
    'never offers to allow %s, an address on this computer or a private network',
    (pattern) => {
      show(`#grant=${encodeURIComponent(pattern)}`);
      expect(screen.queryByTestId('grant-prompt')).toBeNull();
    },
  );

  it('asks for an origin with its port', () => {
    show(`#grant=${encodeURIComponent('https://lab.example.edu:8443/*')}`);
    expect(screen.getByTestId('grant-prompt')).toBeTruthy();
  });
});
