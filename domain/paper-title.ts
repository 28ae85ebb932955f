/**
 * The key a paper's title is matched by, across sources and across reads of the same page:
 * case, accents, punctuation, quotes and spacing ignored, word breaks kept ("LLMLingua-2: Data…"
 * and "llmlingua 2 data" agree; "LLMLingua2" does not). Follow snapshots store these keys, so a
 * change here makes every followed paper look new once.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
