import { pageKindOf } from '../../domain/sites';
import type { PageResearcher } from '../../messaging/protocol';
import type { PaperContext } from '../../messaging/types';

/**
 * The paper a page is about, when every name on it is one paper's byline (an abstract page, a
 * full text): the popup then names it once, above the names, instead of on every row.
 */
export function paperOfPage(researchers: PageResearcher[]): PaperContext | undefined {
  const paper = researchers[0]?.query.paper;
  if (!paper) return undefined;
  const onePaper = researchers.every((r) => pageKindOf(r.query.pageType) === 'paper' && r.query.paper?.id === paper.id);
  return onePaper ? paper : undefined;
}

/** How a page names a paper's id: "arXiv 2403.12968", "ACL Anthology 2024.findings-acl.57", "OpenReview wS7PxDjy6m". */
export function paperIdLabel(paper: Pick<PaperContext, 'kind' | 'id'>): string {
  const site = { arxiv: 'arXiv', acl: 'ACL Anthology', openreview: 'OpenReview' }[paper.kind];
  return `${site} ${paper.id}`;
}

/**
 * Where a name stands in its byline, as a reader says it: "sole author", "first author",
 * "3rd of 7", "last author" (from three authors up: of two, the second is "2nd of 2").
 */
export function bylinePlace(position: number, count: number): string {
  if (count <= 1) return 'sole author';
  if (position === 0) return 'first author';
  if (position === count - 1 && count > 2) return 'last author';
  return `${ordinal(position + 1)} of ${count}`;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 101st, 111th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** What the card found of the person's role, once the name was looked at: "Graduate student, Tsinghua University". */
export function roleOf(r: PageResearcher): string | undefined {
  if (!r.result?.ok) return undefined;
  const p = r.result.profile;
  return [p.position?.value, p.affiliation?.value].filter(Boolean).join(', ') || undefined;
}

/**
 * The line under a name. On one paper's page, each row says what is its own: its place in
 * the byline and, once looked at, the person's role. On a listing, the role once known and
 * the paper the name was read on.
 */
export function rowLine(r: PageResearcher, onPaperPage: boolean): string {
  const paper = r.query.paper;
  if (onPaperPage && paper)
    return [bylinePlace(paper.position, paper.authors.length), roleOf(r)].filter(Boolean).join(' · ');
  return [roleOf(r), paper?.title].filter(Boolean).join(' · ');
}
