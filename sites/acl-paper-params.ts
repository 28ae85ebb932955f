import { parseAclParamsId } from './acl-person-link';
import type { SitePersonId } from '../messaging/types';

/** One author as the paper page's inline `paper_params` lists it (since 2025-09). */
export interface AclParamsAuthor {
  first: string;
  last: string;
  id: SitePersonId;
}

const AUTHOR = /\{first:"((?:[^"\\]|\\.)*)",last:"((?:[^"\\]|\\.)*)",id:"((?:[^"\\]|\\.)*)"\}/g;

/**
 * Reads the inline `const paper_params={…authors:[{first,last,id}]…}` script of a paper page
 * (docs/pages.md §2.2); an empty list on pages without it (2024-08 and older).
 */
export function readAclPaperParams(root: ParentNode): AclParamsAuthor[] {
  for (const script of Array.from(root.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    const start = text.indexOf('paper_params=');
    if (start < 0) continue;
    const list = /authors:\[(.*?)\]/s.exec(text.slice(start))?.[1] ?? '';
    const unescapeJs = (s: string): string => s.replace(/\\(.)/g, '$1');
    return Array.from(list.matchAll(AUTHOR), (m) => ({
      first: unescapeJs(m[1] ?? ''),
      last: unescapeJs(m[2] ?? ''),
      id: parseAclParamsId(m[3] ?? ''),
    }));
  }
  return [];
}
