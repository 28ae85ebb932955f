import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * Firefox can send every host to one address but cannot change the port, so it needs a server
 * on :443. 127.0.0.1:443 may be taken (the e2e suite uses it), so the bench listens on another
 * loopback address and passes the TLS bytes through to the fake web's own port.
 */
export async function forward443(targetPort: number): Promise<{ address: string; close(): Promise<void> }> {
  for (let last = 2; last < 40; last++) {
    const address = `127.0.0.${last}`;
    const open = new Set<Socket>();
    const server: Server = createServer((socket) => {
      const upstream = connect(targetPort, '127.0.0.1');
      open.add(socket).add(upstream);
      socket.pipe(upstream).pipe(socket);
      const end = () => {
        socket.destroy();
        upstream.destroy();
        open.delete(socket);
        open.delete(upstream);
      };
      socket.on('close', end);
      upstream.on('close', end);
      socket.on('error', end);
      upstream.on('error', end);
    });
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(443, address, () => resolve(true));
    });
    if (ok) {
      return {
        address,
        // Connections a closed browser left half-open would otherwise hold server.close forever.
        close: () =>
          new Promise((resolve) => {
            server.close(() => resolve());
            for (const s of open) s.destroy();
          }),
      };
    }
  }
  throw new Error('no free loopback address with port 443 for Firefox');
}
