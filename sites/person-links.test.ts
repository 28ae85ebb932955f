import { describe, expect, it } from 'vitest';
import { dblpPersonId, hfPersonId, scholarPersonId, scholarUserOfUrl } from './person-links';

describe('person links', () => {
  it.each([
    ['/citations?user=kukA0LcAAAAJ&hl=en&oi=sra', 'kukA0LcAAAAJ'],
    ['https://scholar.google.co.jp/citations?hl=en&user=WLN3QrAAAAAJ', 'WLN3QrAAAAAJ'],
    ['/citations?user=-lYbL0sAAAAJ', '-lYbL0sAAAAJ'],
  ])('Scholar %s → %s', (href, id) => expect(scholarPersonId(href)).toEqual({ kind: 'scholar', id }));

  it.each([
    '/citations?user=short',
    '/citations?view_op=view_citation&citation_for_view=kukA0LcAAAAJ:abc',
    '/scholar?q=user=kukA0LcAAAAJ',
    'https://evil.example/citations?user=kukA0LcAAAAJ',
    '/citations?user=kukA0LcAAAAJX',
    null,
  ])('Scholar %s → none', (href) => expect(scholarPersonId(href)).toBeUndefined());

  it('reads the profile id of a page URL', () => {
    expect(scholarUserOfUrl(new URL('https://scholar.google.com/citations?hl=en&user=JicYPdAAAAAJ'))?.id).toBe(
      'JicYPdAAAAAJ',
    );
  });

  it.each([
    ['https://dblp.org/pid/335/2379.html', '335/2379'],
    ['/pid/61/3234-34.html', '61/3234-34'],
    ['https://dblp.org/pid/l/WeiLi1.html', 'l/WeiLi1'],
    ['https://dblp.uni-trier.de/pid/95/7448-1', '95/7448-1'],
  ])('dblp %s → %s', (href, id) => expect(dblpPersonId(href)).toEqual({ kind: 'dblp', id }));

  it.each([
    'https://dblp.org/pid/335/2379.xml',
    'https://dblp.org/db/conf/acl/acl2024f.html',
    'https://evil.example/pid/1/2.html',
  ])('dblp %s → none', (href) => expect(dblpPersonId(href)).toBeUndefined());

  it.each([
    ['/qianhuiwu', 'qianhuiwu'],
    ['https://huggingface.co/iofu728', 'iofu728'],
  ])('Hugging Face %s → %s', (href, id) => expect(hfPersonId(href)).toEqual({ kind: 'hf', id }));

  it.each(['/papers', '/models', '/microsoft/llmlingua-2', 'https://evil.example/user', '//evil.example', '/'])(
    'Hugging Face %s → none',
    (href) => expect(hfPersonId(href)).toBeUndefined(),
  );
});
