/**
 * Sections of a homepage by heading text. acad-homepage writes flat `h1` headings with emoji
 * ("🔥 News", "📝 Publications", docs/homepages.md §6) and the content as following
 * siblings; other pages use h2/h3. Users rename headings freely, so matching is by pattern.
 */
import { cleanLabel } from './clean-text';

/** Kinds of section Byline reads. */
export type SectionKind = 'news' | 'publications' | 'honors' | 'education' | 'experience';

/** Heading patterns, checked in order (data, so a new spelling is one line). */
const SECTION_PATTERNS: readonly (readonly [SectionKind, RegExp])[] = [
  ['news', /^(?:latest |recent )?(?:news|updates|announcements|what's new)\b|动态|新闻/i],
  ['publications', /publications?|papers|preprints|selected works|^research$/i],
  ['honors', /honou?rs|awards|prizes|scholarships/i],
  ['education', /^educations?\b|学历|教育/i],
  ['experience', /experiences?|internships?|employment|positions|work history/i],
];

const HEADING_TAGS = ['H1', 'H2', 'H3', 'H4', 'HEADING'];

/** Which section a heading text names, if any. */
export function classifyHeading(text: string): SectionKind | null {
  const label = cleanLabel(text);
  if (label.length === 0 || label.length > 60) return null;
  for (const [kind, re] of SECTION_PATTERNS) if (re.test(label)) return kind;
  return null;
}

function headingLevel(el: Element): number {
  const tag = el.tagName.toUpperCase();
  return tag === 'HEADING' ? 2 : Number(tag.slice(1));
}

/** Elements following `heading` up to the next heading of the same or a higher level. */
export function sectionBody(heading: Element): Element[] {
  const level = headingLevel(heading);
  const body: Element[] = [];
  for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) {
    const tag = el.tagName.toUpperCase();
    if (HEADING_TAGS.includes(tag) && headingLevel(el) <= level) break;
    body.push(el);
  }
  return body;
}

/** Map each section kind to the bodies of the headings that name it under `root`. */
export function findSections(root: ParentNode): Map<SectionKind, Element[]> {
  const sections = new Map<SectionKind, Element[]>();
  for (const heading of Array.from(root.querySelectorAll('h1,h2,h3,h4,heading'))) {
    const kind = classifyHeading(heading.textContent ?? '');
    if (!kind) continue;
    const previous = sections.get(kind) ?? [];
    sections.set(kind, [...previous, ...sectionBody(heading)]);
  }
  return sections;
}
