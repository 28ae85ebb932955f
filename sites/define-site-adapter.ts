import type { AuthorMention } from './mention';
import type { SiteAdapter } from './site-adapter';

/**
 * Declares an adapter and guards it: markup it does not expect yields no mentions and no
 * units, never an exception thrown into the page.
 */
export function defineSiteAdapter(spec: SiteAdapter): SiteAdapter {
  const { findMentions, findUnits } = spec;
  return {
    ...spec,
    findMentions(root, url): AuthorMention[] {
      try {
        return findMentions(root, url);
      } catch {
        return [];
      }
    },
    ...(findUnits
      ? {
          findUnits(root: ParentNode): Element[] {
            try {
              return findUnits(root);
            } catch {
              return [];
            }
          },
        }
      : {}),
  };
}
