/** New-style (`2403.12968`, `0704.0001`) and old-style (`hep-th/9901001`, `math.GT/0309136`) ids. */
const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

/**
 * The arXiv id in a URL path, link or "arXiv:<id>" text, without its version suffix;
 * undefined when there is none.
 */
export function parseArxivId(text: string): string | undefined {
  return ARXIV_ID.exec(text)?.[1];
}
