// The sandbox: one local HTTPS server that answers as every console, vendor API and attack host, routed by Host.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCertificate } from './server/cert.ts';
import { API_HOSTS, SANDBOX_HOSTS, consoleFor, hostOf } from './server/hosts.ts';
import { sendPage, serveSpa } from './server/static.ts';

export { API_HOSTS, CONSOLE_HOSTS, FIXTURE_HOSTS, SANDBOX_HOSTS } from './server/hosts.ts';

/** Answers one request for a host. May be async; a throw becomes a 500 page naming the host. */
export type HostHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface SandboxOptions {
  /** Where the built console apps live; default `$SANDBOX_OUT_DIR` (as build.ts) or `<repo>/.sandbox-build`. */
  buildDir?: string;
  /** Handlers to register before the first request (same as calling `registerHost` for each). */
  hosts?: Record<string, HostHandler>;
}

export interface Sandbox {
  /** The random free port on 127.0.0.1; browsers reach it through host mapping, as port 443. */
  port: number;
  /** Every hostname the sandbox answers as. A browser maps these at launch, so register extra hosts first. */
  hosts: string[];
  buildDir: string;
  /** `https://<host><path>`: the URL a mapped browser uses (no port: the mapping supplies it). */
  url(host: string, path?: string): string;
  /** Routes `host` to `handler` (fake vendor APIs, attack pages). Returns a function that undoes it. */
  registerHost(host: string, handler: HostHandler): () => void;
  close(): Promise<void>;
}

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** Starts the sandbox on 127.0.0.1 with a fresh in-memory certificate. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const buildDir = resolve(options.buildDir ?? process.env.SANDBOX_OUT_DIR ?? join(REPO_ROOT, '.sandbox-build'));
  const handlers = new Map<string, HostHandler>();
  const hosts = [...SANDBOX_HOSTS];
  const registerHost = (rawHost: string, handler: HostHandler) => {
    const host = hostOf(rawHost);
    handlers.set(host, handler);
    if (!hosts.includes(host)) hosts.push(host);
    return () => {
      if (handlers.get(host) === handler) handlers.delete(host);
    };
  };
  for (const [host, handler] of Object.entries(options.hosts ?? {})) registerHost(host, handler);

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const host = hostOf(req.headers.host);
    const handler = handlers.get(host);
    if (handler) return handler(req, res);
    const consoleName = consoleFor(host);
    if (consoleName) {
      if (await serveSpa(join(buildDir, consoleName), req, res)) return;
      return sendPage(
        res,
        503,
        'Sandbox not built',
        `The sandbox console for ${host} is not built (no ${join(buildDir, consoleName, 'index.html')}). ` +
          'Run `npx tsx tests/sandbox/build.ts`, then reload.',
      );
    }
    if ((API_HOSTS as readonly string[]).includes(host)) {
      res.writeHead(501, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ errors: [{ message: `no fake API is registered for ${host}` }] }));
    }
    return sendPage(res, 404, 'Unknown sandbox host', `The sandbox has no page for ${host || '(no Host header)'}.`);
  };

  const tls = await makeCertificate(hosts);
  const server: Server = createServer({ ...tls }, (req, res) => {
    Promise.resolve()
      .then(() => route(req, res))
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!res.headersSent) sendPage(res, 500, 'Sandbox handler failed', `${hostOf(req.headers.host)}: ${message}`);
        else res.destroy();
      });
  });
  // Keep-alive sockets would hold close() open until the browser lets go of them.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    hosts,
    buildDir,
    url: (host, path = '/') => `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    registerHost,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
