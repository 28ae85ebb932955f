import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../profiles/profile';
import type { AuthorMention, PageType } from '../sites/mention';
import type { AuthorQuery } from '../messaging/types';
import type { CardBackend } from './author-hover';
import { createLookLog, listPageResearchers } from './page-researchers';

function mention(printed: string, pageType: PageType, paperId: string, position = 0): AuthorMention {
  const paper = { kind: 'arxiv' as const, id: paperId, title: `Paper ${paperId}`, position, authors: [printed] };
  return { printed, normalized: printed.toLowerCase(), pageType, paper, element: {} as Element };
}

const NOT_FOUND: LookupResult = { ok: false, reason: 'not-found', message: 'none', problems: [] };
const backend = { lookup: async () => NOT_FOUND } as unknown as CardBackend;
const strip = ({ element: _e, ...query }: AuthorMention): AuthorQuery => query;

describe('listPageResearchers', () => {
  it('keeps byline order on a paper page, even for names looked at', async () => {
    const mentions = [
      mention('Zhuoshi Pan', 'arxiv-abs', '2403.12968', 0),
      mention('Qianhui Wu', 'arxiv-abs', '2403.12968', 1),
    ];
    const looks = createLookLog(() => 5);
    await looks.wrap(backend).lookup(strip(mentions[1]!));
    const list = listPageResearchers(mentions, 200, looks);
    expect(list.map((r) => r.query.printed)).toEqual(['Zhuoshi Pan', 'Qianhui Wu']);
    expect(list[1]).toMatchObject({ lookedAt: 5, result: NOT_FOUND });
  });

  it('puts the names looked at first on a listing, latest first, then page order, once each', async () => {
    const mentions = ['A', 'B', 'C', 'D'].map((n, i) => mention(n, 'arxiv-listing', `2401.0000${i}`));
    let t = 0;
    const looks = createLookLog(() => ++t);
    const wrapped = looks.wrap(backend);
    await wrapped.lookup(strip(mentions[2]!));
    await wrapped.lookup(strip(mentions[3]!));
    await wrapped.lookup(strip(mentions[2]!));
    const list = listPageResearchers([...mentions, mentions[0]!], 200, looks);
    expect(list.map((r) => r.query.printed)).toEqual(['D', 'C', 'A', 'B']);
    expect(listPageResearchers(mentions, 2, looks)).toHaveLength(2);
  });
});
