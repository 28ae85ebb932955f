import { describe, expect, it } from 'vitest';
import { readApiFixture } from '../sources/test-support/fixture-file';
import { detectBotWall, isSignInRedirect } from './bot-wall';

const ANUBIS = readApiFixture('anubis/challenge_page_2026-04-06.html');

describe('detectBotWall', () => {
  it('recognises the recorded Anubis page whatever its status, from its first bytes too', () => {
    for (const status of [200, 401, 500]) expect(detectBotWall(status, ANUBIS)).toBe('proof-of-work');
    expect(detectBotWall(500, ANUBIS.slice(0, 4096))).toBe('proof-of-work');
  });

  it("recognises the title with dblp's escaped apostrophe and the asset path without the script", () => {
    const page =
      '<!doctype html><html lang="en"><head><title>Making sure you&#39;re not a bot!</title><link rel="stylesheet" href="/.within.website/x/cmd/anubis/static/css/custom.css">';
    expect(detectBotWall(200, page)).toBe('proof-of-work');
  });

  it("recognises OpenReview's guest challenge only as a 403 with that error name", () => {
    const body = readApiFixture('openreview/error_403_challenge_required_SYNTHESIZED.json');
    expect(detectBotWall(403, body)).toBe('challenge');
    expect(detectBotWall(500, body)).toBeUndefined();
    expect(detectBotWall(403, '{"name":"ForbiddenError"}')).toBeUndefined();
  });

  it('leaves ordinary pages, data and pages about Anubis alone', () => {
    expect(detectBotWall(200, '<html><title>Ada Exemplar</title></html>')).toBeUndefined();
    expect(detectBotWall(200, '{"result":{"hits":{}}}')).toBeUndefined();
    expect(
      detectBotWall(200, '<p>We deploy Anubis; its files live under /.within.website/x/cmd/anubis/.</p>'),
    ).toBeUndefined();
    expect(detectBotWall(403, '{not json')).toBeUndefined();
    const quoted = JSON.stringify({
      abstract: '<title>Making sure you\'re not a bot!</title><script id="anubis_challenge">',
    });
    expect(detectBotWall(200, quoted)).toBeUndefined();
    expect(
      detectBotWall(200, `<html>${' '.repeat(20_000)}<script id="anubis_challenge"></script></html>`),
    ).toBeUndefined();
  });
});

describe('isSignInRedirect', () => {
  it('is true only for a followed redirect that ends on a login path', () => {
    const url = 'https://api2.openreview.net/profiles?id=~Ada_Exemplar1';
    expect(isSignInRedirect(url, { redirected: true, url: 'https://openreview.net/login?redirect=/profile' })).toBe(
      true,
    );
    expect(isSignInRedirect(url, { redirected: false, url: 'https://openreview.net/login' })).toBe(false);
    expect(isSignInRedirect(url, { redirected: true, url: 'https://api2.openreview.net/profiles?id=x' })).toBe(false);
  });
});
