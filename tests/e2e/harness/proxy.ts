// A CONNECT proxy for Firefox, which has no host-resolver rules: it tunnels the sandbox's hosts to the sandbox, refuses the rest.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** `host:port` of every CONNECT it refused (Firefox's own background requests, a typo in a test URL). */
  refused: string[];
  close(): Promise<void>;
}

/**
 * Tunnels `CONNECT <host>:443` to `127.0.0.1:<targetPort>` when `host` is one of `hosts`, so pages load at
 * their real hostnames and TLS (SNI, certificate) is the sandbox's own. Plain HTTP requests get 403.
 */
export async function startConnectProxy(hosts: () => readonly string[], targetPort: number): Promise<ConnectProxy> {
  const refused: string[] = [];
  const tunnels = new Set<{ destroy(): void }>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(403).end('The e2e proxy only tunnels HTTPS to the sandbox.');
  });
  server.on('connect', (req, client) => {
    const [host = '', port = ''] = (req.url ?? '').split(':');
    if (port !== '443' || !hosts().includes(host)) {
      refused.push(req.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.add(upstream).add(client);
    const drop = () => {
      upstream.destroy();
      client.destroy();
      tunnels.delete(upstream);
      tunnels.delete(client);
    };
    upstream.on('close', drop);
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
