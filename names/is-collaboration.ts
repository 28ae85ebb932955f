/** Words that make an author entry a group, as arXiv's own author-query code treats them. */
const GROUP =
  /\b(collaborations?|consortium|consortia|group|team|collab\.?|working\s+group|network|alliance|committee|project|survey|experiment|observatory)\s*$/i;
const LEADING = /^(for\s+)?the\s+/i;

/**
 * True for author entries that name a group, not a person ("the ATLAS Collaboration",
 * "Planck Collaboration", "for the LIGO Scientific Collaboration"); such entries get no card.
 */
export function isCollaboration(name: string): boolean {
  const text = name.trim().replace(/[.,;:]+$/, '');
  return GROUP.test(text) || (LEADING.test(text) && /\p{Lu}{2,}/u.test(text));
}
