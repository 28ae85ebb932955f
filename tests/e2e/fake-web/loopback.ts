import { createServer, type Server } from 'node:http';

/**
 * A plain HTTP server on the loopback addresses, standing in for a router's admin page or a
 * developer's local server. Byline must never reach it: every request it gets is recorded,
 * and the tests expect none.
 */
export interface Loopback {
  port: number;
  /** Every request it received, as `address path`. */
  received: string[];
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 and, where the machine has it, [::1], on one free port. */
export async function startLoopback(): Promise<Loopback> {
  const received: string[] = [];
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void => {
    received.push(`${req.socket.localAddress ?? ''} ${req.url ?? ''}`);
    res.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': '*' });
    res.end('<html><body><h1>Router admin</h1><p>SECRET-ADMIN-TEXT</p></body></html>');
  };
  const servers: Server[] = [];
  const v4 = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    v4.once('error', reject);
    v4.listen(0, '127.0.0.1', () => resolve());
  });
  servers.push(v4);
  const address = v4.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  const v6 = createServer(handler);
  await new Promise<void>((resolve) => {
    v6.once('error', () => resolve());
    v6.listen(port, '::1', () => {
      servers.push(v6);
      resolve();
    });
  });
  return {
    port,
    received,
    close: () =>
      Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(() => undefined),
  };
}
