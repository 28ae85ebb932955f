import type { Fault } from './server';

/**
 * The ways the open web misbehaves, as faults for the fake web. Each returns a `Fault` to push
 * onto `web.faults`; the streamed ones also report what the server actually sent.
 */

const JSON_TYPE = 'application/json; charset=utf-8';

/** Answers late, with the normal route's answer (a slow API). */
export function slow(host: string, delayMs: number, pathPrefix?: string): Fault {
  return { host, delayMs, ...(pathPrefix ? { pathPrefix } : {}) };
}

/** 429 with `Retry-After` in seconds, the way GitHub and Semantic Scholar throttle. */
export function rateLimited(host: string, retryAfterSeconds: number): Fault {
  return {
    host,
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: JSON.stringify({ message: 'API rate limit exceeded' }),
  };
}

/** A 500 on every request to the host. */
export function serverError(host: string): Fault {
  return { host, status: 500, body: JSON.stringify({ message: 'Internal Server Error' }) };
}

/** A 200 whose JSON stops half-way (a connection cut mid-answer, a proxy's size limit). */
export function truncatedJson(host: string, fullBody: string): Fault {
  return {
    host,
    status: 200,
    headers: { 'content-type': JSON_TYPE },
    body: fullBody.slice(0, Math.floor(fullBody.length / 2)),
  };
}

/** A 200 that claims to be JSON but is an HTML error page. */
export function malformedJson(host: string): Fault {
  return {
    host,
    status: 200,
    headers: { 'content-type': JSON_TYPE },
    body: '<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>',
  };
}

/** Closes the socket without answering (an unreachable host). */
export function unreachable(host: string): Fault {
  return { host, drop: true };
}

/** A streamed fault with a count of the bytes the server managed to send before the client hung up. */
export interface HugeBody extends Fault {
  sent: { bytes: number; finished: boolean };
}

/**
 * `totalBytes` of HTML streamed without a Content-Length, written only as fast as the client
 * reads, so `sent.bytes` shows whether the client stopped reading early.
 */
export function hugeBody(host: string, totalBytes: number, pathPrefix = '/'): HugeBody {
  const sent = { bytes: 0, finished: false };
  const chunk = Buffer.from(`<p>${'news '.repeat(13_000)}</p>\n`);
  return {
    host,
    pathPrefix,
    sent,
    respond: async (_req, res, entry) => {
      entry.status = 200;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
      res.write('<!doctype html><html><head><title>Home</title></head><body>');
      while (sent.bytes < totalBytes && !res.destroyed) {
        const room = res.write(chunk);
        sent.bytes += chunk.byteLength;
        if (!room) {
          const drained = await Promise.race([
            new Promise<boolean>((resolve) => res.once('drain', () => resolve(true))),
            new Promise<boolean>((resolve) => res.once('close', () => resolve(false))),
          ]);
          if (!drained) break;
        }
      }
      if (!res.destroyed) {
        sent.finished = true;
        res.end('</body></html>');
      }
    },
  };
}

/** 302 to the same host, forever, alternating between two paths so no cache shortcuts it. */
export function redirectLoop(host: string, pathPrefix = '/'): Fault & { hops: { count: number } } {
  const hops = { count: 0 };
  return {
    host,
    pathPrefix,
    hops,
    respond: (req, res, entry) => {
      hops.count++;
      entry.status = 302;
      const next = (req.url ?? '/').includes('loop=a') ? '/?loop=b' : '/?loop=a';
      res.writeHead(302, { location: `https://${host}${next}`, 'cache-control': 'no-store' });
      res.end();
    },
  };
}

/** A redirect from `host` (paths under `pathPrefix`) to `location`, counted. */
export function redirectTo(
  host: string,
  location: string,
  pathPrefix = '/',
  status = 302,
): Fault & { hops: { count: number } } {
  const hops = { count: 0 };
  return {
    host,
    pathPrefix,
    hops,
    respond: (_req, res, entry) => {
      hops.count++;
      entry.status = status;
      res.writeHead(status, { location, 'cache-control': 'no-store' });
      res.end();
    },
  };
}

/** `body` as an HTML page from `host` (a hostile homepage). */
export function htmlPage(host: string, body: () => string, pathPrefix = '/'): Fault {
  return {
    host,
    pathPrefix,
    respond: (_req, res, entry) => {
      entry.status = 200;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
      res.end(body());
    },
  };
}
