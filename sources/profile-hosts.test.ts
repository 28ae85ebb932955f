import { describe, expect, it } from 'vitest';
import { parseDblpPersonXml } from './dblp-person-xml';
import { readApiFixture } from './test-support/fixture-file';
import { isProfileHost, isProfileUrl } from './profile-hosts';

describe('profile hosts', () => {
  it('knows the profile pages dblp and ORCID records list beside a homepage', () => {
    for (const url of [
      'https://dl.acm.org/profile/81100000000',
      'https://zbmath.org/authors/?q=ai:exemplar.ada',
      'https://www.mathgenealogy.org/id.php?id=12345',
      'https://mathscinet.ams.org/mathscinet/MRAuthorID/123',
      'https://www.ams.org/mathscinet/search/author.html?mrauthid=123',
      'https://scholar.google.com/citations?user=AbCdEf0AAAAJ',
      'https://scholar.google.com.hk/citations?user=AbCdEf0AAAAJ',
      'https://orcid.org/0000-0002-1825-0097',
      'https://dblp.org/pid/99/0001',
      'https://www.semanticscholar.org/author/9000000001',
      'https://www.researchgate.net/profile/Ada-Exemplar',
      'https://www.linkedin.com/in/ada',
      'https://twitter.com/ada',
      'https://x.com/ada',
      'https://en.wikipedia.org/wiki/Josiah_Carberry',
      'https://openreview.net/profile?id=~Ada_Exemplar1',
      'https://github.com/pzs19',
      'mailto:ada@example.org',
      'not a url',
    ])
      expect(isProfileUrl(url), url).toBe(true);
  });

  it('leaves homepages alone, GitHub Pages included, and matches hosts whole', () => {
    for (const url of [
      'https://pzs19.github.io/',
      'https://ada.example.org/',
      'https://www.cs.example.edu/~ada/',
      'https://notgithub.com/',
      'https://x.company.example/',
      'https://www.ams.org/about-us',
    ])
      expect(isProfileUrl(url), url).toBe(false);
    expect(isProfileHost('GitHub.com')).toBe(true);
    expect(isProfileHost('pzs19.github.io')).toBe(false);
    expect(isProfileHost('scholar.google.de')).toBe(true);
    expect(isProfileHost('google.com')).toBe(false);
  });

  it('makes the dblp reader skip every listed profile page for the homepage', () => {
    const urls = [
      'https://dl.acm.org/profile/81100000000',
      'https://zbmath.org/authors/?q=ai:exemplar.ada',
      'https://www.mathgenealogy.org/id.php?id=12345',
      'https://mathscinet.ams.org/mathscinet/MRAuthorID/123',
      'https://ada.example.org/',
    ];
    const xml = `<dblpperson name="Ada Exemplar" pid="99/9999-2" n="1"><person key="homepages/99/9999-2" mdate="2026-01-01"><author pid="99/9999-2">Ada Exemplar</author>${urls
      .map((u) => `<url>${u}</url>`)
      .join('')}</person></dblpperson>`;
    expect(parseDblpPersonXml(xml)).toMatchObject({ homepage: 'https://ada.example.org/', urls });
  });

  it('finds the one homepage among the ten URLs of a real dblp record, and none once it is gone', () => {
    const xml = readApiFixture('dblp/person_m-AndrewMcCallum_docs_example.xml');
    const person = parseDblpPersonXml(xml);
    expect(person?.homepage).toBe('http://www.cs.umass.edu/~mccallum/');
    expect(person?.urls.filter((u) => !isProfileUrl(u))).toEqual(['http://www.cs.umass.edu/~mccallum/']);
    const withoutHomepage = xml.replace('<url>http://www.cs.umass.edu/~mccallum/</url>', '');
    expect(parseDblpPersonXml(withoutHomepage)?.homepage).toBeUndefined();
  });
});
