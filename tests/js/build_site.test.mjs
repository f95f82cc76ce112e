// scripts/build-site.mjs: the published copy of web/ has every script and style sheet minified,
// each with a source map that carries its source, every other file unchanged, and a precache
// manifest of the copy itself (the service worker checks the files it caches against it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../../scripts/build-site.mjs';
import { MANIFEST_PATH, precacheManifest } from '../../scripts/precache-manifest.mjs';

const WEB = fileURLToPath(new URL('../../web', import.meta.url));

async function filesUnder(root, dir = root) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(root, path)));
    else files.push(relative(root, path).split(sep).join('/'));
  }
  return files;
}

test('the site minifies the page own scripts and styles, with source maps, and copies the rest', async () => {
  const out = await mkdtemp(join(tmpdir(), 'concord-site-test-'));
  try {
    const sizes = await buildSite(out);
    const minified = new Set(sizes.map((size) => size.path));
    for (const path of ['app/main.js', 'app/views/overview.js', 'lib/wire.js', 'concord.js', 'worker.js', 'styles.css', 'generated/concord-core-web.mjs']) {
      assert.ok(minified.has(path), `${path} is minified`);
    }
    assert.ok(!minified.has('generated/concord-core.mjs'), 'the inlined module is copied as it is');
    for (const path of await filesUnder(WEB)) {
      const source = await readFile(join(WEB, path));
      const copy = await readFile(join(out, path));
      if (path === MANIFEST_PATH) continue;
      if (!minified.has(path)) {
        assert.ok(source.equals(copy), `${path} is copied unchanged`);
        continue;
      }
      assert.ok(copy.length < source.length, `${path} is smaller`);
      const name = path.split('/').pop();
      assert.match(copy.toString(), new RegExp(`sourceMappingURL=${name.replaceAll('.', '\\.')}\\.map( \\*/)?\\n$`));
      const map = JSON.parse(await readFile(join(out, `${path}.map`), 'utf8'));
      assert.deepEqual(map.sourcesContent, [source.toString()], `${path}.map carries its source`);
    }
    const manifest = JSON.parse(await readFile(join(out, MANIFEST_PATH), 'utf8'));
    assert.deepEqual(manifest, await precacheManifest(out));
    assert.ok(!Object.keys(manifest.files).some((path) => path.endsWith('.map')), 'source maps are not precached');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('a minified module exports what its source does', async () => {
  const out = await mkdtemp(join(tmpdir(), 'concord-site-test-'));
  try {
    await buildSite(out);
    const source = await import(join(WEB, 'lib/csv.js'));
    const copy = await import(join(out, 'lib/csv.js'));
    assert.deepEqual(Object.keys(copy).sort(), Object.keys(source).sort());
    const rows = [['a', 'b,c'], ['"q"', 'line\nbreak']];
    for (const name of Object.keys(source)) {
      if (typeof source[name] === 'function' && source[name].length === 1) assert.equal(copy[name](rows), source[name](rows), name);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
