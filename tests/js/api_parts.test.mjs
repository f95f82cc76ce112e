// The API in two parts (web/concord.js: CALLS): createConcord({ calls: 'analysis' }) and
// ({ calls: 'pair' }) give exactly their part's calls, each composite of the worker runs on the
// parts it declares (app/composites.js: COMPOSITE_CALLS, what the worker creates for it), and
// the pair part's code (lib/diff.js, compare.js, report.js, align.js) is not in the static
// import graph of the worker, so a first visit that only analyses does not download it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALLS, ConcordError, createConcord } from '../../web/concord.js';
import { COMPOSITE_CALLS, COMPOSITES } from '../../web/app/composites.js';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
const EVERY_PART = ['defaults', 'heapBytes'];

test('each part of the API has exactly its calls; every call at once has both', async () => {
  const analysis = await createConcord({ calls: 'analysis' });
  const pair = await createConcord({ calls: 'pair' });
  const all = await createConcord();
  assert.deepEqual(Object.keys(analysis).sort(), [...CALLS.analysis, ...EVERY_PART].sort());
  assert.deepEqual(Object.keys(pair).sort(), [...CALLS.pair, ...EVERY_PART].sort());
  assert.deepEqual(Object.keys(all).sort(), [...CALLS.analysis, ...CALLS.pair, ...EVERY_PART].sort());
  assert.deepEqual(Object.keys(await createConcord({ calls: 'all' })).sort(), Object.keys(all).sort());
  // Each part answers as the whole API does (under Node both are the one inlined module).
  assert.deepEqual(analysis.profile('one two\n\nthree\n'), all.profile('one two\n\nthree\n'));
  assert.deepEqual(pair.align('One. Two.\n\nThree.\n', 'Two. One.\n\nThree!\n'), all.align('One. Two.\n\nThree.\n', 'Two. One.\n\nThree!\n'));
  assert.equal(pair.unifiedDiff('a\nb\n', 'a\nc\n'), all.unifiedDiff('a\nb\n', 'a\nc\n'));
  assert.deepEqual(pair.defaults, all.defaults);
  assert.equal(analysis.heapBytes(), all.heapBytes(), 'one module under Node: its heap, counted once');
});

test('a part the API does not have is refused with a ConcordError', async () => {
  for (const calls of ['diff', 'both', null, 1]) {
    await assert.rejects(createConcord({ calls }), (error) => error instanceof ConcordError && /calls must be 'all', 'analysis' or 'pair'/.test(error.message));
  }
});

test('every composite runs on the parts it declares, and on no fewer', async () => {
  assert.deepEqual(Object.keys(COMPOSITE_CALLS).sort(), Object.keys(COMPOSITES).sort());
  const parts = { analysis: await createConcord({ calls: 'analysis' }), pair: await createConcord({ calls: 'pair' }) };
  const a = 'The first paragraph says one thing.\n\nThe second says another.\n';
  const b = 'The second says another.\n\nThe first paragraph says one thing, rewritten.\n';
  const args = { $report: [a, b, {}], $pair: [a, b, {}], $rewritePair: [a, b, {}], $words: [[a, b], {}] };
  for (const [name, composite] of Object.entries(COMPOSITES)) {
    const declared = Object.assign({}, ...COMPOSITE_CALLS[name].map((calls) => parts[calls]));
    assert.ok(await composite(declared, ...args[name]), `${name} answers`);
    for (const left of COMPOSITE_CALLS[name]) {
      const fewer = Object.assign({}, ...COMPOSITE_CALLS[name].filter((calls) => calls !== left).map((calls) => parts[calls]));
      await assert.rejects(async () => composite(fewer, ...args[name]), TypeError, `${name} without the ${left} part`);
    }
  }
});

const STATIC_IMPORT = /^\s*import\s[^'"]*?from\s+'(\.{1,2}\/[^']+)';?\s*$|^\s*import\s+'(\.{1,2}\/[^']+)';?\s*$/gm;

/** Paths (relative to web/) of the modules `entry` imports statically, itself included. */
function staticGraph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const match of readFileSync(join(WEB, entry), 'utf8').matchAll(STATIC_IMPORT)) {
    staticGraph(relative(WEB, normalize(join(WEB, dirname(entry), match[1] ?? match[2]))), seen);
  }
  return seen;
}

test('the worker does not import the pair part\'s code statically', () => {
  const graph = staticGraph('worker.js');
  assert.ok(graph.has('concord.js') && graph.has('lib/analyze.js') && graph.has('lib/wire.js'), 'the graph was followed');
  for (const lazy of ['lib/diff.js', 'lib/compare.js', 'lib/report.js', 'lib/align.js']) {
    assert.ok(!graph.has(lazy), `${lazy} is imported statically by the worker`);
  }
});
