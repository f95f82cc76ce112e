#!/usr/bin/env node
// A small static file server for web/: serves it under a base path (default /concord/, as GitHub
// Pages serves a project), with the right MIME types and no caching. Used by scripts/serve and
// the browser tests.
//   node scripts/static-server.mjs [--root DIR] [--base /concord/] [--port 8080] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Starts serving `root` under `base`; resolves to the http.Server once listening. */
export function startServer({ root, base = '/concord/', port = 8080, host = '127.0.0.1' }) {
  const rootDir = resolve(root);
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
    let relative = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (relative.endsWith('/')) relative += 'index.html';
    const path = normalize(join(rootDir, relative));
    if (path !== rootDir && !path.startsWith(rootDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(path)).isFile()) throw new Error('not a file');
      const body = await readFile(path);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
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
  });
  console.log(`Concord is served at http://${host}:${server.address().port}${base}  (Ctrl+C stops)`);
}
