/**
 * Mentions of one Scholar author line (a result's green line or a profile row), shared by the
 * results and profile adapters: names as `readNameLine` finds them, each linked name with its
 * Scholar profile id, paper context from the ids the entry itself carries.
 */
import { isCollaboration } from '../names/is-collaboration';
import { normalizeName } from '../names/normalize-name';
import { arxivIdIn } from '../domain/paper-id';
import type { PaperContext } from '../messaging/types';
import { nameText } from './element-text';
import type { AuthorMention, PageType } from './mention';
import { readNameLine } from './name-line';
import { paperOfLinks } from './paper-links';
import { scholarPersonId } from './person-links';

/** The paper an entry names: an arXiv or ACL link first, then "arXiv:2310.05736" or "CoRR, abs/1206.5538" in its text. */
export function scholarPaperOf(hrefs: readonly string[], text: string): Pick<PaperContext, 'kind' | 'id'> | undefined {
  const linked = paperOfLinks(hrefs);
  if (linked) return linked;
  const printed = /\b(?:arXiv:|CoRR,?\s+abs\/)(\S+)/i.exec(text)?.[1];
  const id = printed ? arxivIdIn(printed) : undefined;
  return id ? { kind: 'arxiv', id } : undefined;
}

/** Mentions of the names of `line`, with `paper` (kind and id) and `title` as context when known. */
export function scholarLineMentions(
  line: Element,
  sectioned: boolean,
  pageType: PageType,
  paper: Pick<PaperContext, 'kind' | 'id'> | undefined,
  title: string,
): AuthorMention[] {
  const { names } = readNameLine(line, sectioned);
  const authors = names.map((el) =>
    nameText(el)
      .replace(/(?:…|\.\.\.)$/, '')
      .trim(),
  );
  const mentions: AuthorMention[] = [];
  names.forEach((element, position) => {
    const printed = authors[position] ?? '';
    if (!printed || isCollaboration(printed)) return;
    const sitePersonId = scholarPersonId(element.getAttribute('href'));
    mentions.push({
      printed,
      normalized: normalizeName(printed),
      pageType,
      element,
      ...(paper ? { paper: { ...paper, title, position, authors } } : {}),
      ...(sitePersonId ? { sitePersonId } : {}),
    });
  });
  return mentions;
}
