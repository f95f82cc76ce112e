// index.html's modulepreload list: exactly the modules a first visit needs before the overview is
// drawn, i.e. the static import graph of app/main.js and of the overview view it opens on. A
// preload of anything else (another view's modules) is fetched and counted in the page's size
// (scripts/measure-page.mjs) although nothing runs it; a module of that graph left out is found
// only level by level as imports are read, which delays the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
const STATIC_IMPORT = /^\s*import\s[^'"]*?from\s+'(\.{1,2}\/[^']+)';?\s*$|^\s*import\s+'(\.{1,2}\/[^']+)';?\s*$/gm;

/** Paths (relative to web/) of the modules `entries` import statically, the entries included. */
function staticGraph(entries) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = readFileSync(join(WEB, path), 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      visit(relative(WEB, normalize(join(WEB, dirname(path), match[1] ?? match[2]))));
    }
  };
  entries.forEach(visit);
  return seen;
}

function preloads() {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
}

test('index.html preloads exactly the static graph of main.js and the overview view', () => {
  const listed = preloads();
  assert.ok(listed.length > 5, `${listed.length} preloads: the list was not read`);
  assert.equal(new Set(listed).size, listed.length, 'a module is preloaded twice');
  const graph = staticGraph(['app/main.js', 'app/views/overview.js']);
  graph.delete('app/main.js'); // a <script type="module"> of its own
  assert.deepEqual([...listed].sort(), [...graph].sort());
});

test('the pair view and the corpus results dialog are not in the first visit graph', () => {
  const graph = staticGraph(['app/main.js', 'app/views/overview.js']);
  for (const lazy of ['app/views/pair.js', 'app/views/pair/edit.js', 'app/pair-model.js', 'app/corpus-panel.js', 'app/corpus-results.js', 'app/zip-reader.js']) {
    assert.ok(!graph.has(lazy), `${lazy} is imported statically by the first page`);
  }
  assert.ok(graph.has('app/intake.js') && graph.has('app/views/lineage.js'), 'the graph was followed');
});
