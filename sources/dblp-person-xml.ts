/**
 * Reads a dblp person record (`https://dblp.org/pid/<pid>.xml`, shape in docs/sources.md §3.3) without
 * `DOMParser`, which the MV3 service worker lacks. dblp's XML is machine-written and regular,
 * so a parser for this one shape suffices: the first `<person>` before `<homonyms>` / `<r>` is
 * the person; people inside `<homonyms>` are others with the same name and are ignored.
 */

import { isProfileUrl } from './profile-hosts';
import { elements, elementTexts, readAttributes, startTag, textOf } from './xml-text';

/** A note on a person: affiliation ("former", "PhD 2023" labels) or award. */
export interface DblpNote {
  text: string;
  label?: string;
}

/** A dblp person, normalised. */
export interface DblpPerson {
  pid: string;
  /** The disambiguated name, e.g. "Di Xu 0001". */
  name: string;
  /** A disambiguation profile collects unassigned papers of a name: never show it as a person. */
  disambiguation: boolean;
  /** Every `<url>` of the person as dblp lists them; `homepage` is the first that is not a profile (`profile-hosts.ts`). */
  urls: string[];
  homepage?: string;
  orcid?: string;
  affiliations: DblpNote[];
  awards: DblpNote[];
  publicationCount?: number;
}

/** The person record, or undefined when the text is not a dblp person XML. */
export function parseDblpPersonXml(xml: string): DblpPerson | undefined {
  const root = startTag(xml, 'dblpperson');
  if (!root) return undefined;
  const rootAttrs = readAttributes(root.attrs);
  const head = xml.slice(root.index).split(/<homonyms\b|<r>|<coauthors\b/)[0] ?? '';
  const person = elements(head, 'person')[0];
  const pid = rootAttrs.pid;
  const name = rootAttrs.name ?? (person ? elementTexts(person.inner, 'author')[0] : undefined);
  if (!pid || !name) return undefined;
  const attrs = readAttributes(person?.attrs ?? '');
  const body = person?.inner ?? '';
  const urls = elementTexts(body, 'url').filter((u) => /^https?:\/\//i.test(u));
  const notes = elements(body, 'note').map((m) => ({
    attrs: readAttributes(m.attrs),
    text: textOf(m.inner),
  }));
  const pick = (type: string): DblpNote[] =>
    notes
      .filter((n) => n.attrs.type === type && n.text)
      .map((n) => (n.attrs.label ? { text: n.text, label: n.attrs.label } : { text: n.text }));
  const result: DblpPerson = {
    pid,
    name,
    disambiguation: attrs.publtype === 'disambiguation',
    urls,
    affiliations: pick('affiliation'),
    awards: pick('award'),
  };
  const homepage = urls.find((u) => !isProfileUrl(u));
  if (homepage) result.homepage = homepage;
  const orcid = urls.map((u) => /orcid\.org\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i.exec(u)?.[1]).find(Boolean);
  if (orcid) result.orcid = orcid.toUpperCase();
  const n = Number(rootAttrs.n);
  if (rootAttrs.n !== undefined && Number.isInteger(n)) result.publicationCount = n;
  return result;
}
