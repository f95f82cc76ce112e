// scripts/static-server.mjs: bad request paths get an answer and the server keeps serving; the
// cache header and the live precache manifest the service worker relies on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { startServer } from '../../scripts/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'concord-static-'));
mkdirSync(join(root, 'app'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(root, 'app', 'main.js'), 'export const version = 1;\n');
writeFileSync(join(root, 'sw.js'), '// not in the manifest\n');

let servers = [];
async function serve(options = {}) {
  const server = await startServer({ root, base: '/concord/', port: 0, ...options });
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}/concord/`;
}
before(() => { servers = []; });
after(async () => { for (const server of servers) await new Promise((resolve) => server.close(resolve)); });

test('a malformed % escape gets 400 and the server keeps serving', async () => {
  const url = await serve();
  for (const bad of ['%', '%E0%A4%A', 'app/%zz.js', '%C0%80']) {
    const response = await fetch(url + bad);
    assert.equal(response.status, 400, bad);
  }
  const response = await fetch(url + 'index.html');
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<title>x<\/title>/);
});

test('files are sent with no-cache unless max-age is asked for', async () => {
  assert.equal((await fetch(await serve())).headers.get('cache-control'), 'no-cache');
  const cached = await fetch(`${await serve({ maxAge: 600 })}app/main.js`);
  assert.equal(cached.headers.get('cache-control'), 'max-age=600');
});

test('the precache manifest lists the files served with their hashes, live', async () => {
  const url = await serve();
  const manifest = await (await fetch(`${url}generated/precache.json`)).json();
  assert.deepEqual(Object.keys(manifest.files), ['app/main.js', 'index.html']);
  assert.equal(manifest.files['app/main.js'], createHash('sha256').update('export const version = 1;\n').digest('hex'));
  writeFileSync(join(root, 'app', 'main.js'), 'export const version = 2;\n');
  const next = await (await fetch(`${url}generated/precache.json`)).json();
  assert.notEqual(next.version, manifest.version);
  assert.notEqual(next.files['app/main.js'], manifest.files['app/main.js']);
});
