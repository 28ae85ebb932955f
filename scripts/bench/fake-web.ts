import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeWeb, type FakeWeb } from '../../tests/e2e/fake-web/server';
import { CONTENT_TYPES, ROUTES } from '../../tests/e2e/fake-web/routes';
import { buildListing } from './listing-pages';

/** A throwaway self-signed certificate; the browsers are told to accept it. */
export function makeCertificate(): { certFile: string; keyFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'byline-bench-cert-'));
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=byline bench',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'pipe' },
  );
  return { certFile, keyFile };
}

/**
 * Serves the generated listings at /list/hep-ph/new?show=N. Put first in the shared route
 * table so the bench's pages win over any listing route the e2e suite may add.
 */
export function addListingRoutes(sizes: readonly number[]): Map<number, number> {
  const built = new Map(sizes.map((n) => [n, buildListing(n)] as const));
  ROUTES.unshift({
    host: 'arxiv.org',
    path: /^\/list\/hep-ph\/new\?skip=0&show=\d+$/,
    contentType: CONTENT_TYPES.HTML,
    body: (url) => built.get(Number(url.searchParams.get('show')))?.html ?? '',
  });
  return new Map([...built].map(([n, page]) => [n, page.entries]));
}

/** Starts the fake web; port 0 picks a free one (Chromium maps every host to it). */
export async function startBenchWeb(cert: { certFile: string; keyFile: string }, port = 0): Promise<FakeWeb> {
  return startFakeWeb({ ...cert, port });
}

/** Requests that are not the listing page or its own static files: the extension's. */
export function extensionRequests(web: FakeWeb, since: number): number {
  return web.requests.filter(
    (r) => r.at >= since && !(r.host === 'arxiv.org' && /^\/(list\/|static\/|favicon\.ico)/.test(r.path)),
  ).length;
}
