/**
 * Assemble a card from the parts a template reader located; whatever a template leaves out is
 * read the generic way (bio prose, sections by heading, papers by shape).
 */
import { titleKey } from '../domain/paper-title';
import type { DatedEntry, HomepageCard, HomepagePaper, TemplateId } from './homepage-card';
import { CARD_LIMITS, createEmptyCard } from './homepage-card';
import { boldOwnerMark, type OwnerMark } from './author-list';
import { cleanLabel, cleanOrNull, cleanText } from './clean-text';
import { findPapersByShape } from './find-papers';
import { readProfileLinks } from './profile-links';
import { readAdvisors, readInterestSentence, readNativeName, readPositionSentence, stripNativeName } from './read-bio';
import { readDatedEntries, readNews } from './read-news';
import type { PaperContext } from './read-paper';
import { readPageName, type ReaderContext } from './reader-context';
import { findSections } from './sections';

/** What a template reader found; every part is optional. */
export interface CardParts {
  name?: string | null;
  photo?: string | null;
  position?: string | null;
  affiliation?: string | null;
  location?: string | null;
  interests?: string[];
  education?: DatedEntry[];
  /** The owner's profile block(s): profile links are read here only. */
  profileRoots: readonly (ParentNode | null)[];
  bioParagraphs: readonly Element[];
  /** Where section headings (News, Honors...) are looked for. */
  sectionsRoot: ParentNode | null;
  /** Papers read by the template; `null` means "find them by shape". */
  readPapers?: (ctx: PaperContext) => HomepagePaper[] | null;
  mark?: OwnerMark;
}

function warnDuplicateIds(papers: readonly HomepagePaper[], card: HomepageCard): void {
  const seen = new Map<string, string>();
  for (const paper of papers) {
    const id = paper.ids.arxiv ?? paper.ids.acl;
    if (!id) continue;
    const other = seen.get(id);
    // pzs19 017a486 linked REST to the arXiv id of another paper (docs/homepages.md §3.5).
    if (other && other !== paper.title)
      card.warnings.push({
        kind: 'duplicate-paper-id',
        message: cleanText(`"${paper.title}" and "${other}" both link ${id}`),
      });
    else seen.set(id, paper.title);
  }
}

/** Drop repeats of the same paper (Hugo pages list featured papers twice). */
function dedupePapers(papers: readonly HomepagePaper[]): HomepagePaper[] {
  const seen = new Set<string>();
  return papers.filter((p) => {
    const key = `${titleKey(p.title)}|${p.url ?? ''}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** Build the card of a page from template parts plus generic fallbacks. */
export function buildCard(template: TemplateId, ctx: ReaderContext, parts: CardParts): HomepageCard {
  const card = createEmptyCard(template, ctx.base);
  card.warnings = ctx.warnings;
  const rawName = parts.name ?? readPageName(ctx.doc, ctx.jsonLdNames);
  const bioText = cleanText(parts.bioParagraphs.map((p) => p.textContent ?? '').join(' '), 5000);
  card.name = rawName ? cleanOrNull(stripNativeName(cleanLabel(rawName)), 120) : null;
  card.nativeName = readNativeName(rawName, bioText.slice(0, 300));
  card.photo = parts.photo ?? null;
  const sentence = readPositionSentence(bioText);
  card.position = cleanOrNull(parts.position ?? sentence.position, 120);
  card.affiliation = cleanOrNull(parts.affiliation ?? sentence.affiliation, 120);
  card.location = cleanOrNull(cleanLabel(parts.location), 120);
  card.advisors = readAdvisors(parts.bioParagraphs, ctx.base);
  card.interests = (parts.interests?.length ? parts.interests : readInterestSentence(bioText)).slice(
    0,
    CARD_LIMITS.interests,
  );

  const profile = readProfileLinks(parts.profileRoots, ctx.base, ctx.warnings);
  card.links = { homepage: ctx.base, ...profile.links };
  card.ids = profile.ids;

  const sections = parts.sectionsRoot ? findSections(parts.sectionsRoot) : new Map();
  card.news = readNews(sections.get('news') ?? [], ctx.base);
  card.honors = readDatedEntries(sections.get('honors') ?? []);
  card.education = parts.education?.length ? parts.education : readDatedEntries(sections.get('education') ?? []);
  card.experience = readDatedEntries(sections.get('experience') ?? []);

  const paperCtx: PaperContext = {
    base: ctx.base,
    ownerName: ctx.ownerHint ?? card.name,
    mark: parts.mark ?? boldOwnerMark,
    warnings: ctx.warnings,
  };
  let papers = parts.readPapers?.(paperCtx) ?? null;
  if (papers === null || papers.length === 0) {
    const pubs: Element[] = sections.get('publications') ?? [];
    const shaped = pubs.flatMap((el) => findPapersByShape(el, paperCtx));
    papers = shaped.length > 0 || papers !== null ? shaped : findPapersByShape(ctx.doc, paperCtx);
  }
  papers = dedupePapers(papers);
  card.papers = papers.slice(0, CARD_LIMITS.papers);
  if (papers.length > CARD_LIMITS.papers)
    ctx.warnings.push({ kind: 'truncated', message: `Only the first ${CARD_LIMITS.papers} papers were kept` });
  const unmarked = card.papers.filter((p) => p.ownerIndex === null).length;
  if (unmarked > 0)
    ctx.warnings.push({ kind: 'owner-not-found', message: `${unmarked} paper(s) do not mark or name the owner` });
  warnDuplicateIds(card.papers, card);
  return card;
}
