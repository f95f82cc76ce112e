// scripts/build-site.mjs: the published copy of web/ is bundled (esbuild, code splitting). Read
// from the copy's own files, not from what the build says of them: a first visit fetches a few
// files, not one per module, and none of the lazy parts; every import and every
// `new URL('…', import.meta.url)` resolves to a file of the copy; the entry points keep their
// paths, and concord.js its exports and its working; each source map carries the sources; the
// precache manifest is the copy's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSite } from '../../scripts/build-site.mjs';
import { MANIFEST_PATH, precacheManifest } from '../../scripts/precache-manifest.mjs';

const WEB = fileURLToPath(new URL('../../web', import.meta.url));
const posix = (path) => path.split(sep).join('/');

async function filesUnder(root, dir = root) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(root, path)));
    else files.push(posix(relative(root, path)));
  }
  return files;
}

/** `spec` relative to the file `from` (both paths below a root), or null when it leaves it. */
const resolvePath = (from, spec) => {
  const path = posix(normalize(join(dirname(from), spec)));
  return path.startsWith('..') ? null : path;
};

// Minified or not: `import … from "x"`, `import "x"`, `export … from "x"`; `import("x")`;
// `new URL("x", import.meta.url)`.
const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?from\s*)?["']([^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
const URL_OF = /new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g;
const specs = (code, re) => [...code.matchAll(re)].map((m) => m[1]).filter((spec) => /^\.{1,2}\//.test(spec));

let out;
let files;
const code = new Map(); // path in the copy → text, its scripts (generated/ left out)
before(async () => {
  out = await mkdtemp(join(tmpdir(), 'concord-site-test-'));
  await buildSite(out);
  files = new Set(await filesUnder(out));
  for (const path of files) if (/\.m?js$/.test(path) && !path.startsWith('generated/')) code.set(path, await readFile(join(out, path), 'utf8'));
});
after(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

/** The copy's scripts `roots` and what they import statically, transitively. */
function staticClosure(roots) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const spec of specs(code.get(path) ?? '', STATIC)) visit(resolvePath(path, spec));
  };
  roots.forEach(visit);
  return seen;
}

/** The web/ sources in the output `path` of the copy, read from its source map. */
async function sourcesOf(path) {
  const map = JSON.parse(await readFile(join(out, `${path}.map`), 'utf8'));
  return map.sources.map((source) => resolvePath(path, source));
}

/** The static import graph of web/ modules (paths below web/), the roots included. */
async function sourceGraph(roots) {
  const seen = new Set();
  const visit = async (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = await readFile(join(WEB, path), 'utf8');
    for (const spec of specs(source, STATIC)) await visit(resolvePath(path, spec));
  };
  for (const root of roots) await visit(root);
  return seen;
}

async function firstPage() {
  const html = await readFile(join(out, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  return { scripts, preloads };
}

test('the entry points keep their paths, and every web/ script is in an output and its map', async () => {
  for (const path of ['app/early.js', 'app/main.js', 'concord.js', 'worker.js', 'app/decode-worker.js', 'app/corpus-worker.js', 'sw.js']) {
    assert.ok(code.has(path), `${path} is in the copy`);
  }
  const mapped = new Set();
  for (const path of code.keys()) for (const source of await sourcesOf(path)) mapped.add(source);
  const scripts = (await filesUnder(WEB)).filter((path) => /\.m?js$/.test(path) && !path.startsWith('generated/'));
  assert.deepEqual(scripts.filter((path) => !mapped.has(path)), [], 'sources in no output');
  assert.ok(code.size < scripts.length / 1.5, `${code.size} script files for ${scripts.length} modules: not bundled`);
});

test('the first page fetches a few files, none of the lazy parts, and preloads what it imports statically', async () => {
  const { scripts, preloads } = await firstPage();
  assert.deepEqual(scripts, ['app/early.js', 'app/main.js']);
  const overview = [];
  for (const path of code.keys()) if ((await sourcesOf(path)).includes('app/views/overview.js')) overview.push(path);
  assert.equal(overview.length, 1, 'the overview view is in one output');
  // What the page runs before its first view is drawn: its scripts, the overview's chunk (it
  // opens on it) and their static imports; the list preloads exactly that.
  const loaded = staticClosure([...scripts, ...overview]);
  assert.deepEqual([...preloads].sort(), [...loaded].filter((path) => !scripts.includes(path)).sort());
  const sources = new Set();
  for (const path of loaded) for (const source of await sourcesOf(path)) sources.add(source);
  for (const lazy of ['app/views/pair.js', 'app/views/pair/edit.js', 'app/pair-model.js', 'app/help-panel.js', 'app/corpus-panel.js', 'app/corpus-results.js', 'app/zip-reader.js', 'app/decode.js']) {
    assert.ok(!sources.has(lazy), `${lazy} is fetched by the first page`);
  }
  // The page's own modules in web/ (as tests/js/page_preload.test.mjs follows them) against the
  // files that carry them here: one file per module is what bundling is for to undo. esbuild
  // makes one chunk per set of entry points (the lazy ones included) sharing modules, so the count
  // follows the number of lazy imports, not of modules; half of them is the bound.
  const modules = await sourceGraph(['app/early.js', 'app/main.js', 'app/views/overview.js']);
  assert.deepEqual([...modules].filter((module) => !sources.has(module)), [], 'the first page runs its modules');
  assert.ok(loaded.size <= modules.size / 2, `${loaded.size} files for the first page's ${modules.size} modules`);
});

test('every import of the copy resolves to a file of the copy, and so does every import.meta.url URL', async () => {
  for (const [path, text] of code) {
    for (const spec of [...specs(text, STATIC), ...specs(text, DYNAMIC)]) {
      assert.ok(files.has(resolvePath(path, spec)), `${path} imports ${spec}, not in the copy`);
    }
  }
  // In the copy, a module's `new URL(x, import.meta.url)` is the URL of a web/ source that uses
  // import.meta.url (what it was for that source; the file itself may not be in the copy), or else
  // a file of the copy; each URL such a source makes from it must then be a file of the copy.
  const usesMeta = async (path) => /\.m?js$/.test(path) && existsSync(join(WEB, path)) && (await readFile(join(WEB, path), 'utf8')).includes('import.meta.url');
  const exists = (spec, target) => target !== null && (spec.endsWith('/') ? existsSync(join(out, target)) : files.has(target)); // a folder (a scope) or a file
  const bases = new Set();
  for (const [path, text] of code) {
    for (const spec of specs(text, URL_OF)) {
      const target = resolvePath(path, spec);
      if (target && (await usesMeta(target))) bases.add(target);
      else assert.ok(exists(spec, target), `${path}: new URL("${spec}") is neither a file of the copy nor a source's own URL`);
    }
  }
  assert.ok(bases.has('app/engine-worker.js') && bases.has('concord.js') && bases.has('app/main.js'), [...bases].join(' '));
  for (const source of bases) {
    const text = await readFile(join(WEB, source), 'utf8');
    const made = [...specs(text, URL_OF), ...specs(text, DYNAMIC).filter((spec) => resolvePath(source, spec).startsWith('generated/'))];
    for (const spec of made) {
      assert.ok(exists(spec, resolvePath(source, spec)), `${source}: ${spec} is not in the copy`);
    }
  }
});

test('concord.js in the copy exports what web/concord.js does, and diffs and analyses in Node', async () => {
  const source = await import(pathToFileURL(join(WEB, 'concord.js')).href);
  const copy = await import(pathToFileURL(join(out, 'concord.js')).href);
  assert.deepEqual(Object.keys(copy).sort(), Object.keys(source).sort());
  const [mine, theirs] = await Promise.all([copy.createConcord(), source.createConcord()]);
  const before = 'one\ntwo\nthree\nfour\n';
  const after = 'one\n2\nthree\nfour\nfive\n';
  assert.deepEqual([...mine.diff(before, after)], [...theirs.diff(before, after)]);
  assert.ok([...mine.diff(before, after)].some((row) => row.kind !== 'equal'), 'the diff found the change');
  const docs = [
    { name: 'a', text: 'The river rose at dawn and the village woke to water in the streets.\n\nNobody had seen it coming.' },
    { name: 'b', text: 'The river rose at dawn and the village woke to water in the streets.\n\nEveryone had seen it coming.' },
  ];
  const analysis = mine.analyze(docs);
  assert.deepEqual(analysis.pairs, theirs.analyze(docs).pairs);
  assert.equal(analysis.documents.length, 2);
  assert.throws(() => mine.diff(1, 2), copy.ConcordError);
});

test('each script and style sheet of the copy has a source map carrying its sources', async () => {
  const sheets = [...files].filter((path) => path.endsWith('.css'));
  assert.ok(sheets.includes('styles.css'));
  for (const path of [...code.keys(), ...sheets, 'generated/concord-core-web.mjs']) {
    const text = await readFile(join(out, path), 'utf8');
    const name = path.split('/').pop();
    assert.match(text, new RegExp(`sourceMappingURL=${name.replaceAll('.', '\\.')}\\.map( \\*/)?\\n$`), path);
    const map = JSON.parse(await readFile(join(out, `${path}.map`), 'utf8'));
    // A facade (an entry whose code is all in chunks: export {…} from) maps no source.
    const facade = text.replace(/\/\/# sourceMappingURL=.*\n$/, '').replace(/(?:import|export)\b[^;]*;?/g, '').trim() === '';
    if (!facade) assert.ok(map.sources.length > 0 && map.mappings.length > 0, path);
    for (const [index, source] of map.sources.entries()) {
      const original = path.startsWith('generated/') || path.endsWith('.css') ? path : resolvePath(path, source);
      assert.equal(map.sourcesContent[index], await readFile(join(WEB, original), 'utf8'), `${path}.map: ${source}`);
    }
  }
  assert.ok((await readFile(join(out, 'generated/concord-core.mjs'))).equals(await readFile(join(WEB, 'generated/concord-core.mjs'))), 'the inlined module is copied as it is');
});

test('the precache manifest lists the copy, without source maps', async () => {
  const manifest = JSON.parse(await readFile(join(out, MANIFEST_PATH), 'utf8'));
  assert.deepEqual(manifest, await precacheManifest(out));
  assert.ok(!Object.keys(manifest.files).some((path) => path.endsWith('.map')), 'source maps are not precached');
  for (const path of code.keys()) if (path !== 'sw.js') assert.ok(Object.hasOwn(manifest.files, path), `${path} is precached`);
});
