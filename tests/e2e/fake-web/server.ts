import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Limit } from './limits';
import { findRoute, type Route } from './routes';

/**
 * The "fake web": one local HTTPS server that answers as arxiv.org, aclanthology.org, the
 * scholarly APIs and researcher homepages, routed by Host header, from saved pages and
 * recorded responses. Every request is logged; a request it does not know is answered 404
 * and kept in `unknown`, which every e2e test asserts is empty: nothing leaves the machine.
 */

export interface LoggedRequest {
  host: string;
  path: string;
  method: string;
  status: number;
  at: number;
  /** When the answer was sent (epoch ms); unset while pending or when the socket was dropped. */
  doneAt?: number;
  /** The request's headers as sent (cookies included, if the browser sent any). */
  headers: Record<string, string | string[] | undefined>;
}

/** A fault injected for one host (or one path prefix): what a flaky web does. */
export interface Fault {
  host: string;
  pathPrefix?: string;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Answer after this many ms. */
  delayMs?: number;
  /** Close the socket without answering (an unreachable host). */
  drop?: boolean;
  /** Answer by hand (a streamed or redirecting answer); see fault-kinds.ts. */
  respond?: (req: IncomingMessage, res: ServerResponse, entry: LoggedRequest) => void | Promise<void>;
}

export interface FakeWeb {
  port: number;
  requests: LoggedRequest[];
  unknown: LoggedRequest[];
  /** Requests the browser makes for itself (update checks and such), answered 404, not Byline's. */
  browserInternal: LoggedRequest[];
  faults: Fault[];
  /** Extra delay added to every API answer, to model a realistic network. */
  latencyMs: number;
  /** The sources' documented limits, enforced before any route answers (see limits.ts); none by default. */
  limits: Limit[];
  /** Routes consulted before the shared table (a mode of the web, such as the 2026 web); kept across `reset`. */
  overrides: Route[];
  requestsTo(host: string): LoggedRequest[];
  reset(): void;
  close(): Promise<void>;
}

/** Hosts the browsers contact on their own; never Byline's doing. */
const BROWSER_INTERNAL = [
  /\.mozilla\.(com|net|org)$/,
  /\.firefox\.com$/,
  /(^|\.)google(apis|usercontent)?\.com$/,
  /\.gvt1\.com$/,
  /\.gstatic\.com$/,
];

/** Sites Byline reads that share a domain with the browser's own services: pages, not browser traffic. */
const SITES_ON_BROWSER_HOSTS = new Set(['scholar.google.com']);

export async function startFakeWeb(opts: { certFile: string; keyFile: string; port?: number }): Promise<FakeWeb> {
  const web: FakeWeb = {
    port: opts.port ?? 443,
    requests: [],
    unknown: [],
    browserInternal: [],
    faults: [],
    latencyMs: 0,
    limits: [],
    overrides: [],
    requestsTo: (host) => web.requests.filter((r) => r.host === host),
    reset() {
      web.requests.length = 0;
      web.unknown.length = 0;
      web.browserInternal.length = 0;
      web.faults.length = 0;
      web.latencyMs = 0;
      web.limits.length = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server: Server = createServer(
    { cert: readFileSync(opts.certFile), key: readFileSync(opts.keyFile) },
    (req, res) => {
      void answer(web, req, res);
    },
  );
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(web.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address && typeof address === 'object') web.port = address.port;
  return web;
}

async function answer(web: FakeWeb, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const url = new URL(req.url ?? '/', `https://${host}`);
  const entry: LoggedRequest = {
    host,
    path: url.pathname + url.search,
    method: req.method ?? 'GET',
    status: 0,
    at: Date.now(),
    headers: { ...req.headers },
  };
  const send = (status: number, headers: Record<string, string>, body: string | Buffer) => {
    entry.status = status;
    entry.doneAt = Date.now();
    res.writeHead(status, { 'access-control-allow-origin': '*', ...headers });
    res.end(body);
  };

  if (BROWSER_INTERNAL.some((re) => re.test(host)) && !SITES_ON_BROWSER_HOSTS.has(host)) {
    web.browserInternal.push(entry);
    return send(404, {}, '');
  }
  web.requests.push(entry);

  const fault = web.faults.find((f) => f.host === host && (!f.pathPrefix || url.pathname.startsWith(f.pathPrefix)));
  if (fault) {
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.drop) {
      entry.status = -1;
      req.socket.destroy();
      return;
    }
    if (fault.respond) return fault.respond(req, res, entry);
    if (fault.status !== undefined)
      return send(fault.status, { 'content-type': 'application/json', ...fault.headers }, fault.body ?? '');
  }

  let limitHeaders: Record<string, string> = {};
  for (const limit of web.limits) {
    const verdict = limit({ host, url, headers: req.headers, now: entry.at });
    if (!verdict) continue;
    if ('refuse' in verdict) {
      if (web.latencyMs) await sleep(web.latencyMs);
      return send(verdict.refuse.status, verdict.refuse.headers, verdict.refuse.body);
    }
    limitHeaders = { ...limitHeaders, ...verdict.headers };
  }

  const route: Route | undefined = findRoute(host, url, web.overrides);
  if (!route) {
    web.unknown.push(entry);
    return send(404, { 'content-type': 'text/plain' }, `The fake web does not know ${host}${url.pathname}`);
  }
  if (route.api && web.latencyMs) await sleep(web.latencyMs);
  const body = route.body(url);
  const etag = typeof route.etag === 'function' ? route.etag(url) : route.etag;
  const status = typeof route.status === 'function' ? route.status(url) : (route.status ?? 200);
  if (etag && req.headers['if-none-match'] === etag) return send(304, { etag, ...limitHeaders }, '');
  send(
    status,
    { 'content-type': route.contentType, ...(etag ? { etag } : {}), ...route.headers, ...limitHeaders },
    body,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
