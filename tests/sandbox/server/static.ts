// Serves one built single-page app from a folder: real files as they are, every other page route as index.html.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A plain HTML page; used for "not built" and errors so a person (or a screenshot) sees what is wrong. */
export function sendPage(res: ServerResponse, status: number, title: string, body: string): void {
  const escape = (s: string) =>
    s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
      `<body><h1>${escape(title)}</h1><p>${escape(body)}</p></body></html>`,
  );
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string, size: number): void {
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    // Tests rebuild the sandbox between runs; a cached bundle would test yesterday's DOM.
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}

/**
 * Answers `req` from `root`. Paths that name a file are served; paths that look like a page route
 * (no extension, or .html) fall back to `index.html` so pushState routes survive a reload.
 * Returns false when the app is not built (no index.html), leaving the reply to the caller.
 */
export async function serveSpa(root: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const index = join(root, 'index.html');
  if (!(await isFile(index))) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendPage(res, 405, 'Method not allowed', `${req.method ?? '?'} is not served by the sandbox consoles.`);
    return true;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://sandbox.invalid').pathname);
  } catch {
    sendPage(res, 400, 'Bad request', 'The path is not valid percent-encoding.');
    return true;
  }
  const base = resolve(root);
  const candidate = resolve(base, '.' + normalize('/' + pathname));
  // Never serve outside the app's folder, whatever `..` tricks the path holds.
  const inside = candidate === base || candidate.startsWith(base + sep);
  if (inside && (await isFile(candidate))) {
    sendFile(req, res, candidate, (await stat(candidate)).size);
    return true;
  }
  const ext = extname(pathname).toLowerCase();
  if (ext && ext !== '.html') {
    sendPage(res, 404, 'Not found', `${pathname} is not part of this sandbox console's build.`);
    return true;
  }
  sendFile(req, res, index, (await stat(index)).size);
  return true;
}
