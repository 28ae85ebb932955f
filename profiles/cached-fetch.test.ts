import { describe, expect, it } from 'vitest';
import { problemFrom } from './cached-fetch';

describe('problemFrom', () => {
  it("says a host's bot wall as such, never as data Byline could not read", () => {
    const until = Date.UTC(2026, 0, 2);
    const dblp = problemFrom(
      'dblp',
      { ok: false, kind: 'blocked', wall: 'proof-of-work', status: 500, retryAt: until, message: 'x' },
      'dblp',
    );
    expect(dblp).toEqual({
      source: 'dblp',
      kind: 'unavailable',
      message: 'dblp is blocking automated requests (a "not a bot" check).',
      retryAt: until,
    });
    expect(dblp.message).not.toContain('could not read');
    const openreview = problemFrom(
      'dblp',
      { ok: false, kind: 'blocked', wall: 'challenge', message: 'x' },
      'OpenReview',
    );
    expect(openreview.message).toBe('OpenReview asks for a sign-in.');
  });
});
