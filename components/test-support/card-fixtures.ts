import type { CardActions } from '../card/card-state';
import type { LookupResult, ResearcherProfile } from '../../profiles/profile';
import type { AuthorQuery } from '../../messaging/types';

/** Fixed "now" for card tests: 2026-03-01 12:00 UTC. */
export const NOW = Date.UTC(2026, 2, 1, 12);
const HOUR = 60 * 60 * 1000;

/** "Zhuoshi Pan", first author of arXiv 2403.12968, as the arXiv adapter reports him. */
export const PAN_QUERY: AuthorQuery = {
  printed: 'Zhuoshi Pan',
  normalized: 'zhuoshi pan',
  pageType: 'arxiv-abs',
  paper: { kind: 'arxiv', id: '2403.12968', title: 'LLMLingua-2', position: 0, authors: ['Zhuoshi Pan', 'Qianhui Wu'] },
};

/** A full profile, shaped like the founding example's card. */
export function panProfile(fetchedAt = NOW - HOUR): ResearcherProfile {
  const hp = { source: 'homepage' as const, fetchedAt };
  const s2 = { source: 'semantic-scholar' as const, fetchedAt };
  return {
    key: 's2:2114380531',
    name: { value: 'Zhuoshi Pan', ...hp },
    nativeName: { value: '盘卓实', ...hp },
    photo: { value: 'https://pzs19.github.io/images/profile.png', ...hp },
    position: { value: 'Graduate student', ...hp },
    affiliation: { value: 'Tsinghua University (SIST)', ...hp },
    advisors: { value: [{ name: 'H. Vicky Zhao', url: 'https://www.sigs.tsinghua.edu.cn/zhw/' }], ...hp },
    interests: { value: ['prompt compression', 'efficient LLMs'], ...hp },
    links: {
      homepage: { value: 'https://pzs19.github.io/', ...hp },
      github: { value: 'https://github.com/pzs19', ...hp },
      email: { value: 'mailto:pzs23@mails.tsinghua.edu.cn', ...hp },
    },
    metrics: { value: { citations: 1234, hIndex: 9, paperCount: 15 }, ...s2 },
    papers: [
      {
        title: 'LLMLingua-2: Data Distillation for Efficient and Faithful Task-Agnostic Prompt Compression',
        url: 'https://arxiv.org/abs/2403.12968',
        ids: { arxiv: '2403.12968', acl: '2024.findings-acl.57' },
        venues: ['ACL Findings'],
        year: 2024,
        role: 'first',
        code: [
          {
            repo: 'microsoft/LLMLingua',
            url: 'https://github.com/microsoft/LLMLingua',
            stars: { value: 5400, source: 'github', fetchedAt },
          },
        ],
        sources: ['homepage', 'semantic-scholar'],
      },
    ],
    totalStars: { value: 5400, source: 'github', fetchedAt },
    news: { value: [{ date: '2024.05', text: 'LLMLingua-2 was accepted by ACL 2024 Findings.', links: [] }], ...hp },
    ids: { s2: '2114380531' },
  };
}

/** A found card with the given problems and staleness. */
export function foundResult(overrides: Partial<Extract<LookupResult, { ok: true }>> = {}): LookupResult {
  return {
    ok: true,
    profile: panProfile(),
    match: { method: 'paper-context', confidence: 'high', reason: 'author 1 of arXiv 2403.12968 on Semantic Scholar' },
    problems: [],
    asOf: NOW - HOUR,
    stale: false,
    following: false,
    ...overrides,
  };
}

/** Card actions that record nothing; tests spy on the ones they check. */
export function noopActions(): CardActions {
  return {
    close() {},
    rejectMatch() {},
    setHomepage() {},
    toggleFollow() {},
    grantOrigin() {},
    openOptions() {},
    retry() {},
  };
}
