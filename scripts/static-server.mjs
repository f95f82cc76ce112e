#!/usr/bin/env node
// A small static file server for web/: serves it under a base path (default /concord/, as GitHub
// Pages serves a project), with the right MIME types and no caching (or `max-age` caching as
// GitHub Pages does, for tests). The service worker's precache manifest is computed live from the
// files served, so it is never stale. Used by scripts/serve and the browser tests.
//   node scripts/static-server.mjs [--root DIR] [--base /concord/] [--port 8080] [--host 127.0.0.1]
//                                  [--max-age SECONDS]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_PATH, precacheManifest } from './precache-manifest.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The file of `rootDir` a request path names, or {status} when it cannot name one. */
function resolveRequest(rootDir, base, pathname) {
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(base.length)) || 'index.html';
  } catch {
    return { status: 400 }; // a malformed % escape
  }
  if (relative.endsWith('/')) relative += 'index.html';
  if (relative.includes('\0')) return { status: 400 };
  const path = normalize(join(rootDir, relative));
  if (path !== rootDir && !path.startsWith(rootDir + sep)) return { status: 403 };
  return { path, relative };
}

async function readBody(rootDir, { path, relative }) {
  if (relative === MANIFEST_PATH) return Buffer.from(JSON.stringify(await precacheManifest(rootDir)));
  if (!(await stat(path)).isFile()) throw new Error('not a file');
  return readFile(path);
}

/**
 * Starts serving `root` under `base`; resolves to the http.Server once listening. `maxAge`
 * (seconds) sends `Cache-Control: max-age` instead of `no-cache`, as GitHub Pages does.
 */
export function startServer({ root, base = '/concord/', port = 8080, host = '127.0.0.1', maxAge = null }) {
  const rootDir = resolve(root);
  const cacheControl = maxAge === null ? 'no-cache' : `max-age=${maxAge}`;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/' && base !== '/') {
      response.writeHead(302, { Location: base }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const target = resolveRequest(rootDir, base, url.pathname);
    if (target.status) {
      response.writeHead(target.status, { 'Content-Type': 'text/plain' }).end(target.status === 400 ? 'Bad request' : 'Forbidden');
      return;
    }
    try {
      const body = await readBody(rootDir, target);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(target.path)] ?? 'application/octet-stream',
        'Cache-Control': cacheControl,
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const base = option('base', '/concord/');
  const host = option('host', '127.0.0.1');
  const server = await startServer({
    root: option('root', fileURLToPath(new URL('../web', import.meta.url))),
    base,
    port: Number(option('port', 8080)),
    host,
    maxAge: option('max-age', null) === null ? null : Number(option('max-age')),
  });
  console.log(`Concord is served at http://${host}:${server.address().port}${base}  (Ctrl+C stops)`);
}
