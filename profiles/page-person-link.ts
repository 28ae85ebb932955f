/**
 * The profile link a page itself gives for a name: the Scholar profile a result links, the dblp
 * person page, the Hugging Face account that claimed the paper. No source is asked (Byline sends
 * Google Scholar nothing; dblp walls off scripts): the id is the page's, the link is built from
 * it, and it fills only a link no source gave.
 */
import type { AuthorQuery } from '../messaging/types';
import type { LinkKind, ResearcherProfile, SourceId } from './profile';

const LINKS = {
  scholar: {
    kind: 'scholar',
    source: 'google-scholar',
    url: (id) => `https://scholar.google.com/citations?user=${id}`,
  },
  dblp: { kind: 'dblp', source: 'dblp', url: (id) => `https://dblp.org/pid/${id}.html` },
  hf: { kind: 'hugging-face', source: 'huggingface-papers', url: (id) => `https://huggingface.co/${id}` },
} as const satisfies Record<string, { kind: LinkKind; source: SourceId; url: (id: string) => string }>;

/** `profile` with the page's own link for the person added where it has none of that kind. */
export function withPagePersonLink(profile: ResearcherProfile, query: AuthorQuery, now: number): ResearcherProfile {
  const person = query.sitePersonId;
  if (!person || !(person.kind in LINKS)) return profile;
  const { kind, source, url } = LINKS[person.kind as keyof typeof LINKS];
  const id = (person as { id: string }).id;
  // The ids were read with strict patterns (sites/person-links.ts); encode anyway, the URL is built here.
  const safeId = id.split('/').map(encodeURIComponent).join('/');
  const addLink = !profile.links[kind];
  const addId = person.kind === 'dblp' && !profile.ids.dblp;
  if (!addLink && !addId) return profile;
  return {
    ...profile,
    links: addLink ? { ...profile.links, [kind]: { value: url(safeId), source, fetchedAt: now } } : profile.links,
    ids: addId ? { ...profile.ids, dblp: id } : profile.ids,
  };
}
