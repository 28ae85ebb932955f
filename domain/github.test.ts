import { describe, expect, it } from 'vitest';
import { githubRepo, githubReposIn, parseGithubRepo, parseGithubUser, repoName } from './github';

const LLMLINGUA = { owner: 'microsoft', repo: 'LLMLingua', url: 'https://github.com/microsoft/LLMLingua' };

describe('GitHub repositories in URLs', () => {
  it.each([
    'https://github.com/microsoft/LLMLingua',
    'https://github.com/microsoft/LLMLingua/',
    'https://github.com/microsoft/LLMLingua.git',
    'http://www.github.com/microsoft/LLMLingua',
    'https://GitHub.com/microsoft/LLMLingua/tree/main/experiments',
    'https://github.com/microsoft/LLMLingua?tab=readme-ov-file#install',
    'https://github.com/microsoft/LLMLingua.',
    'https://github.com/microsoft/LLMLingua).',
    ' https://github.com/microsoft/LLMLingua ',
  ])('%s → microsoft/LLMLingua', (url) => expect(parseGithubRepo(url)).toEqual(LLMLINGUA));

  it('keeps the case of the link (GitHub compares names case-insensitively; keys lower-case them)', () => {
    expect(parseGithubRepo('https://github.com/sled-group/DANLI.')).toMatchObject({
      owner: 'sled-group',
      repo: 'DANLI',
    });
    expect(repoName(LLMLINGUA)).toBe('microsoft/LLMLingua');
  });

  it.each([
    'https://github.com/pzs19',
    'https://github.com/orgs/microsoft/repositories',
    'https://github.com/features/copilot',
    'https://github.com/sponsors/someone',
    'https://github.com/Topics/nlp',
    'https://github.com/-bad/repo',
    'https://github.com/bad--login/repo',
    'https://github.com/bad-/repo',
    'https://github.com/a/..',
    'https://github.com/a/.github',
    'https://github.com/a/b%20c',
    `https://github.com/${'a'.repeat(40)}/repo`,
    'https://img.shields.io/github/stars/microsoft/LLMLingua',
    'https://gist.github.com/a/b',
    'https://github.com.evil.example/a/b',
    'javascript:alert(1)',
    '',
  ])('%j is not a repository', (url) => expect(parseGithubRepo(url)).toBeUndefined());

  it('checks owner and name given apart', () => {
    expect(githubRepo('microsoft', 'LLMLingua')).toEqual(LLMLINGUA);
    expect(githubRepo('a', '..')).toBeUndefined();
    expect(githubRepo('search', 'x')).toBeUndefined();
  });
});

describe('GitHub users', () => {
  it('reads a profile link, and nothing deeper or reserved', () => {
    expect(parseGithubUser('https://github.com/pzs19')).toBe('pzs19');
    expect(parseGithubUser('https://github.com/pzs19/?tab=repositories')).toBe('pzs19');
    expect(parseGithubUser('https://github.com/pzs19/TokenSelect')).toBeUndefined();
    expect(parseGithubUser('https://github.com/features')).toBeUndefined();
    expect(parseGithubUser('https://example.org/pzs19')).toBeUndefined();
  });
});

describe('GitHub repositories in text', () => {
  it('finds each repository once, in order, without the prose around it', () => {
    const text =
      'Code: https://github.com/microsoft/LLMLingua; see https://github.com/microsoft/llmlingua. ' +
      'Data (https://github.com/pzs19/TokenSelect.git), https://github.com/orgs/microsoft, "https://github.com/a/b"';
    expect(githubReposIn(text).map(repoName)).toEqual(['microsoft/LLMLingua', 'pzs19/TokenSelect', 'a/b']);
    expect(githubReposIn('Code: https://aka.ms/LLMLingua-2')).toEqual([]);
  });
});
