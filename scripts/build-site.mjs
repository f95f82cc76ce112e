#!/usr/bin/env node
// The site as it is published: a copy of web/ whose own scripts and style sheet are minified
// (esbuild, one file at a time: no bundling, every module keeps its name and its imports), each
// with a source map beside it, and the service worker's precache manifest of the copy. web/ stays
// the page that the tests and scripts/serve use as it is; the Pages workflow publishes this copy,
// and scripts/measure-page.mjs measures it (--root web measures the sources instead).
//   node scripts/build-site.mjs OUT_DIR
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { MANIFEST_PATH, precacheManifest } from './precache-manifest.mjs';

const WEB = fileURLToPath(new URL('../web', import.meta.url));
// Already minified by their makers (vendor/), or the inlined wasm that only Node, file:// pages
// and the single-file edition load (a base64 string, which minifying does not shrink).
const AS_IS = [/^generated\/vendor\//, /^generated\/concord-core\.mjs$/];
const LOADERS = { '.js': 'js', '.mjs': 'js', '.css': 'css' };

async function filesUnder(root, dir = root) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(root, path)));
    else if (entry.isFile()) files.push(relative(root, path).split(sep).join('/'));
  }
  return files;
}

/** Minifies one file of `out` in place and writes its source map beside it. */
async function minifyFile(out, path) {
  const file = join(out, path);
  const source = await readFile(file, 'utf8');
  const loader = LOADERS[extname(path)];
  const name = path.split('/').pop();
  const { code, map } = await transform(source, {
    loader,
    minify: true,
    // Every script of the page is an ES module or a worker that declares no globals for others.
    ...(loader === 'js' ? { format: 'esm' } : {}),
    sourcemap: 'external',
    sourcefile: name,
    // Keep what the browsers of the page support (web/ targets current browsers as written).
    target: 'es2022',
  });
  const mapJson = JSON.parse(map);
  mapJson.sourcesContent = [source]; // the map carries the source: nothing else to fetch
  await writeFile(`${file}.map`, JSON.stringify(mapJson));
  const comment = loader === 'css' ? `/*# sourceMappingURL=${name}.map */` : `//# sourceMappingURL=${name}.map`;
  await writeFile(file, `${code}${comment}\n`);
  return { path, before: Buffer.byteLength(source), after: Buffer.byteLength(code) };
}

/** Copies web/ to `out` and minifies its scripts and style sheets; returns per-file sizes. */
export async function buildSite(out) {
  await rm(out, { recursive: true, force: true });
  await cp(WEB, out, { recursive: true, dereference: true });
  const paths = (await filesUnder(out)).filter((path) => LOADERS[extname(path)] && !AS_IS.some((re) => re.test(path)));
  const sizes = await Promise.all(paths.map((path) => minifyFile(out, path)));
  const manifest = await precacheManifest(out);
  await writeFile(join(out, MANIFEST_PATH), `${JSON.stringify(manifest, null, 1)}\n`);
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/build-site.mjs OUT_DIR');
    process.exit(2);
  }
  const sizes = await buildSite(out);
  const total = (key) => sizes.reduce((sum, size) => sum + size[key], 0);
  console.log(`site: ${out}, ${sizes.length} files minified, ${(total('before') / 1024).toFixed(1)} KB -> ${(total('after') / 1024).toFixed(1)} KB`);
}
