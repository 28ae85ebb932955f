import { parseHTML } from 'linkedom/worker';
import { describe, expect, it } from 'vitest';
import { boldOwnerMark, isSameName, readAuthorList } from './author-list';

/** The child nodes of one author line, as a homepage prints it. */
function line(html: string): Node[] {
  const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
  return Array.from(document.querySelector('p')!.childNodes);
}

describe('readAuthorList', () => {
  it('finds the owner by the mark, or else by name', () => {
    expect(readAuthorList(line('<strong>Zhuoshi Pan</strong>, Qianhui Wu'), boldOwnerMark, null)).toEqual({
      authors: ['Zhuoshi Pan', 'Qianhui Wu'],
      ownerIndex: 0,
      coFirst: false,
    });
    expect(
      readAuthorList(line('Qianhui Wu, Z. Pan, and Huiqiang Jiang'), boldOwnerMark, 'Zhuoshi Pan').ownerIndex,
    ).toBe(1);
  });

  it('finds an owner whose name is printed in CJK script', () => {
    // A name with no Latin letters is a name too: it is never folded away to nothing.
    const cjk = readAuthorList(line('吴倩慧, 盘卓实, 姜慧强'), boldOwnerMark, '盘卓实');
    expect(cjk).toMatchObject({ authors: ['吴倩慧', '盘卓实', '姜慧强'], ownerIndex: 1 });
    expect(readAuthorList(line('吴倩慧, 盘卓实'), boldOwnerMark, 'Zhuoshi Pan (盘卓实)').ownerIndex).toBe(1);
    expect(readAuthorList(line('吴倩慧, 姜慧强'), boldOwnerMark, '盘卓实').ownerIndex).toBeNull();
  });
});

describe('isSameName', () => {
  it('agrees with the names/ matcher: initials, order, diacritics and script', () => {
    expect(isSameName('H. V. Zhao', 'H. Vicky Zhao')).toBe(true);
    expect(isSameName('Pan Zhuoshi', 'Zhuoshi Pan')).toBe(true);
    expect(isSameName('Victor Rühle', 'Victor Ruhle')).toBe(true);
    expect(isSameName('盘卓实', 'Zhuoshi Pan (盘卓实)')).toBe(true);
    expect(isSameName('盘卓实', '姜慧强')).toBe(false);
    expect(isSameName('John Barron', 'Jane Barron')).toBe(false);
  });
});
