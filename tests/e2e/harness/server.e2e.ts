// The sandbox server on its own (no browser): routing by Host, SPA fallback, "not built", and path safety.
import { request } from 'node:https';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server.ts';

interface Reply {
  status: number;
  type: string;
  body: string;
}

/** One HTTPS request to the sandbox as if to `host` (what Chromium's host mapping does). */
function get(sandbox: Sandbox, host: string, path: string): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: sandbox.port, path, servername: host, headers: { host }, rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

describe('sandbox server', () => {
  let buildDir: string;
  let sandbox: Sandbox;

  beforeAll(async () => {
    buildDir = await mkdtemp(join(tmpdir(), 'engage-sandbox-build-'));
    await mkdir(join(buildDir, 'sendgrid', '__sandbox'), { recursive: true });
    await writeFile(join(buildDir, 'sendgrid', 'index.html'), '<!doctype html><title>SendGrid sandbox</title>');
    await writeFile(join(buildDir, 'sendgrid', '__sandbox', 'app.js'), 'console.log("app")');
    await writeFile(join(buildDir, 'secret.txt'), 'outside the app folder');
    sandbox = await startSandbox({ buildDir });
  });
  afterAll(async () => {
    await sandbox?.close();
    await rm(buildDir, { recursive: true, force: true });
  });

  it('serves a console route as the app’s index.html, and its assets as files', async () => {
    const page = await get(sandbox, 'app.sendgrid.com', '/settings/subusers');
    expect(page).toMatchObject({ status: 200, type: expect.stringContaining('text/html') });
    expect(page.body).toContain('SendGrid sandbox');
    const asset = await get(sandbox, 'app.sendgrid.com', '/__sandbox/app.js');
    expect(asset).toMatchObject({ status: 200, type: expect.stringContaining('javascript'), body: 'console.log("app")' });
    expect((await get(sandbox, 'app.sendgrid.com', '/__sandbox/missing.js')).status).toBe(404);
  });

  it('routes by Host: a lookalike serves the console it imitates, an unbuilt console says so', async () => {
    expect((await get(sandbox, 'app.sendgrid.com.example.test', '/settings/subusers')).body).toContain('SendGrid sandbox');
    const unbuilt = await get(sandbox, 'console.twilio.com', '/us1/develop/sms/services');
    expect(unbuilt.status).toBe(503);
    expect(unbuilt.body).toContain('Sandbox not built');
    expect(unbuilt.body).toContain('npx tsx tests/sandbox/build.ts');
    expect((await get(sandbox, 'unknown.example.test', '/')).status).toBe(404);
  });

  it('never serves a file outside the app folder, whatever the path', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/__sandbox/..%2f..%2fsecret.txt']) {
      const reply = await get(sandbox, 'app.sendgrid.com', path);
      expect(reply.body, path).not.toContain('outside the app folder');
    }
  });

  it('lets a fake API take a host, and undo it', async () => {
    const undo = sandbox.registerHost('api.sendgrid.com', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"scopes":["mail.send"]}');
    });
    expect((await get(sandbox, 'api.sendgrid.com', '/v3/scopes')).body).toBe('{"scopes":["mail.send"]}');
    undo();
    expect((await get(sandbox, 'api.sendgrid.com', '/v3/scopes')).status).toBe(501);
  });

  it('turns a handler that throws into a 500 page naming the host', async () => {
    sandbox.registerHost('evil.example.test', () => {
      throw new Error('scripted failure');
    });
    const reply = await get(sandbox, 'evil.example.test', '/');
    expect(reply.status).toBe(500);
    expect(reply.body).toContain('evil.example.test: scripted failure');
  });
});
