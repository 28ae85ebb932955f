import { describe, expect, it } from 'vitest';
import { createTestNet, settle, textResponse } from './test-support/fake-net';
import type { RedirectPolicy } from './net-client';
import { isPrivateHost } from './private-address';

const HOME = 'https://ada.github.io/';
const PAGE = '<html><body>Ada</body></html>';

/** The homepage policy in small: no private addresses, github.io only. */
const policy: RedirectPolicy = {
  maxHops: 3,
  check: async (url) =>
    isPrivateHost(url.hostname)
      ? 'private'
      : url.hostname.endsWith('.github.io')
        ? undefined
        : `no permission for ${url.host}`,
};

/** An opaque redirect, as a browser's `fetch` returns it for `redirect: 'manual'`. */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  return response;
}

describe('credentials', () => {
  it('omits cookies and HTTP auth on every request', async () => {
    const { net, clock, calls } = createTestNet([textResponse('{}'), textResponse(PAGE)]);
    await settle(clock, net.fetchJson({ url: 'https://api.openalex.org/authors/A1' }));
    await settle(clock, net.fetchText({ url: HOME, redirects: policy }));
    expect(calls.map((c) => c.credentials)).toEqual(['omit', 'omit']);
    expect(calls.map((c) => c.redirect)).toEqual(['follow', 'manual']);
  });

  it('sends the sign-in only to the signed-in source’s own API host, and never follows its redirects', async () => {
    const signedIn = async () => true;
    const { net, clock, calls } = createTestNet([textResponse('{}')], { env: { signedIn } });
    const ok = await settle(
      clock,
      net.fetchJson({ url: 'https://api2.openreview.net/profiles', signedInto: 'openreview' }),
    );
    expect(ok.ok).toBe(true);
    expect(calls[0]).toMatchObject({ credentials: 'include', redirect: 'error' });
    const elsewhere = await settle(
      clock,
      net.fetchJson({ url: 'https://openreview.net.evil.example/profiles', signedInto: 'openreview' }),
    );
    expect(elsewhere).toMatchObject({ ok: false, kind: 'refused' });
    expect(calls).toHaveLength(1);
  });

  it('refuses a signed-in request when the user has not signed in', async () => {
    const { net, clock, calls } = createTestNet([textResponse('{}')], { env: { signedIn: async () => false } });
    const result = await settle(
      clock,
      net.fetchJson({ url: 'https://api2.openreview.net/profiles', signedInto: 'openreview' }),
    );
    expect(result).toMatchObject({ ok: false, kind: 'refused' });
    expect(calls).toHaveLength(0);
  });
});

describe('redirects, one checked hop at a time', () => {
  it('follows a hop the policy allows, resolving a relative Location', async () => {
    const { net, clock, calls } = createTestNet([textResponse('', 301, { location: '/home/' }), textResponse(PAGE)]);
    const result = await settle(clock, net.fetchText({ url: HOME, redirects: policy }));
    expect(result).toMatchObject({ ok: true, data: PAGE });
    expect(calls.map((c) => c.url)).toEqual([HOME, 'https://ada.github.io/home/']);
  });

  it.each([
    'http://localhost:8080/admin',
    'http://127.0.0.1/',
    'http://[::1]/',
    'http://169.254.169.254/latest/meta-data/',
    'https://intranet.example.edu/',
  ])('refuses a hop to %s without asking it', async (location) => {
    const { net, clock, calls } = createTestNet([textResponse('', 302, { location })]);
    const result = await settle(clock, net.fetchText({ url: HOME, redirects: policy }));
    expect(result).toMatchObject({ ok: false, kind: 'refused' });
    expect(calls).toHaveLength(1);
  });

  it('gives up after the most hops it allows', async () => {
    const hop = (n: number) => textResponse('', 302, { location: `/${n}` });
    const { net, clock, calls } = createTestNet([hop(1), hop(2), hop(3), hop(4), textResponse(PAGE)]);
    const result = await settle(clock, net.fetchText({ url: HOME, redirects: policy }));
    expect(result).toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/more than 3/) });
    expect(calls).toHaveLength(4);
  });

  it('uses the Location the browser reported elsewhere for an opaque redirect', async () => {
    const seen: string[] = [];
    const redirectTarget = async (url: string) => {
      seen.push(url);
      return url === HOME ? 'http://localhost/admin' : undefined;
    };
    const { net, clock, calls } = createTestNet([opaqueRedirect()], { env: { redirectTarget } });
    const result = await settle(clock, net.fetchText({ url: HOME, redirects: policy }));
    expect(result).toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/localhost/) });
    expect(seen).toEqual([HOME]);
    expect(calls).toHaveLength(1);
  });

  it('does not follow an opaque redirect whose target it cannot see', async () => {
    const { net, clock, calls } = createTestNet([opaqueRedirect()]);
    const result = await settle(clock, net.fetchText({ url: HOME, redirects: policy }));
    expect(result).toMatchObject({ ok: false, kind: 'refused', message: expect.stringMatching(/cannot see where/) });
    expect(calls).toHaveLength(1);
  });

  it('does not retry when asked for one attempt', async () => {
    const { net, clock, calls } = createTestNet([new Error('connection refused'), textResponse(PAGE)]);
    const result = await settle(clock, net.fetchText({ url: HOME, redirects: policy, retries: 0 }));
    expect(result).toMatchObject({ ok: false, kind: 'network' });
    expect(calls).toHaveLength(1);
  });
});
