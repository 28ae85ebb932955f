import { describe, expect, it } from 'vitest';
import type { SiteId } from '../domain/sites';
import { isLoadCardsRequest, isLoadedReply, LOAD_CARDS_REQUEST } from '../messaging/load-cards';
import { CARD_SCRIPT_FILES, type CardsSender, cardsInjectionFor, createInjectedDocuments } from './card-scripts';

const ID = 'byline-id';
const env = (on: SiteId[] = []) => ({ extensionId: ID, siteOn: async (site: SiteId) => on.includes(site) });
const contentScript = (url: string, extra: Partial<CardsSender> = {}): CardsSender => ({
  id: ID,
  url,
  frameId: 0,
  tab: { id: 7 },
  ...extra,
});

describe('cardsInjectionFor', () => {
  it("injects the site's card script into the sender's own frame", async () => {
    expect(await cardsInjectionFor(contentScript('https://arxiv.org/abs/2403.12968'), env())).toEqual({
      ok: true,
      injection: { tabId: 7, frameId: 0, file: CARD_SCRIPT_FILES.arxiv, site: 'arxiv' },
    });
    const acl = await cardsInjectionFor(contentScript('https://aclanthology.org/2021.naacl-main.208/'), env());
    expect(acl.ok && acl.injection.file).toBe('/content-scripts/acl.js');
  });

  it("targets the sender's document where the browser names it (Chrome), so a navigation in between gets nothing", async () => {
    const decided = await cardsInjectionFor(
      contentScript('https://export.arxiv.org/abs/2403.12968', { frameId: 3, documentId: 'DOC1' }),
      env(),
    );
    expect(decided).toMatchObject({ ok: true, injection: { tabId: 7, frameId: 3, documentId: 'DOC1' } });
  });

  it('refuses other extensions, extension pages and pages of other sites', async () => {
    const refused = [
      contentScript('https://arxiv.org/abs/1', { id: 'someone-else' }),
      // The popup or options page: no tab, no frame.
      { id: ID, url: 'chrome-extension://byline-id/popup.html' },
      contentScript('https://arxiv.org.evil.example/abs/1'),
      contentScript('https://example.com/?u=https://arxiv.org/'),
      contentScript('http://arxiv.org/abs/1'),
      contentScript('not a url'),
      contentScript('https://arxiv.org/abs/1', { tab: { id: -1 } }),
    ];
    for (const sender of refused)
      expect((await cardsInjectionFor(sender, env())).ok, JSON.stringify(sender)).toBe(false);
  });

  it('injects on an opt-in site only while the user has it on', async () => {
    const hf = contentScript('https://huggingface.co/papers/2403.12968');
    expect(await cardsInjectionFor(hf, env())).toEqual({ ok: false, reason: 'huggingface-papers is off' });
    expect(await cardsInjectionFor(hf, env(['huggingface-papers']))).toMatchObject({
      ok: true,
      injection: { file: CARD_SCRIPT_FILES['huggingface-papers'], site: 'huggingface-papers' },
    });
  });

  it("gives each opt-in site its own card script, with only that site's adapters", async () => {
    const all = env(['huggingface-papers', 'dblp', 'openreview', 'google-scholar']);
    const fileFor = async (url: string) => {
      const decided = await cardsInjectionFor(contentScript(url), all);
      return decided.ok ? decided.injection.file : decided.reason;
    };
    expect(await fileFor('https://huggingface.co/papers')).toBe('/content-scripts/hf.js');
    expect(await fileFor('https://dblp.org/pid/335/2379.html')).toBe('/content-scripts/dblp.js');
    expect(await fileFor('https://openreview.net/forum?id=wS7PxDjy6m')).toBe('/content-scripts/openreview.js');
    expect(await fileFor('https://scholar.google.com/scholar?q=LLMLingua')).toBe('/content-scripts/scholar.js');
    expect(new Set(Object.values(CARD_SCRIPT_FILES)).size).toBe(Object.keys(CARD_SCRIPT_FILES).length);
  });
});

describe('createInjectedDocuments', () => {
  it('lets each named document have its cards once', () => {
    const docs = createInjectedDocuments(2);
    expect(docs.firstTime('A')).toBe(true);
    expect(docs.firstTime('A')).toBe(false);
    expect(docs.firstTime('B')).toBe(true);
    expect(docs.firstTime('C')).toBe(true);
    // Bounded: the oldest is forgotten.
    expect(docs.firstTime('A')).toBe(true);
    // Documents the browser does not name cannot be told apart (Firefox).
    expect(docs.firstTime(undefined)).toBe(true);
    expect(docs.firstTime(undefined)).toBe(true);
  });
});

describe('the load-cards message', () => {
  it('is told apart from the protocol and from anything else', () => {
    expect(isLoadCardsRequest(LOAD_CARDS_REQUEST)).toBe(true);
    for (const other of [null, 'loadCards', { type: 'ping', timestamp: 1 }, { byline: 'other' }])
      expect(isLoadCardsRequest(other)).toBe(false);
    expect(isLoadedReply({ ok: true })).toBe(true);
    for (const other of [undefined, { ok: false }, { ok: 'true' }, { res: { ok: true } }])
      expect(isLoadedReply(other)).toBe(false);
  });
});
