#!/usr/bin/env node
// The service worker's precache manifest: every file of the page with its SHA-256, and a version
// that changes whenever any of them does. The service worker caches one version as a whole and
// checks each file against its hash, so a page never mixes files of two builds (web/sw.js).
// scripts/build writes it to web/generated/precache.json; scripts/static-server.mjs computes it
// live for what it serves.
//   node scripts/precache-manifest.mjs [WEB_DIR]
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the manifest lives, relative to the page's folder. */
export const MANIFEST_PATH = 'generated/precache.json';

const PAGE_FILES = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.png', '.wasm']);
// The service worker is updated by the browser itself; the manifest describes the others.
const LEFT_OUT = new Set(['sw.js', MANIFEST_PATH]);

async function listFiles(root, dir = root) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else if (entry.isFile() && PAGE_FILES.has(extname(entry.name))) files.push(relative(root, path).split(sep).join('/'));
  }
  return files;
}

/** {version, files: {path: sha256hex}} of the page files under `root` (paths with '/'). */
export async function precacheManifest(root) {
  const paths = (await listFiles(root)).filter((path) => !LEFT_OUT.has(path)).sort();
  const files = {};
  const whole = createHash('sha256');
  for (const path of paths) {
    files[path] = createHash('sha256').update(await readFile(join(root, path))).digest('hex');
    whole.update(`${path}\0${files[path]}\n`);
  }
  return { version: whole.digest('hex').slice(0, 16), files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? fileURLToPath(new URL('../web', import.meta.url));
  const manifest = await precacheManifest(root);
  await mkdir(join(root, 'generated'), { recursive: true });
  await writeFile(join(root, MANIFEST_PATH), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`precache manifest: ${Object.keys(manifest.files).length} files, version ${manifest.version}`);
}
