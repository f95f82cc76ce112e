// Every address JavaScript handles is unsigned: with the wasm heap pushed past 2 GB, malloc's
// results are above 2^31 (negative as int32), and diff(), compare(), unifiedDiff() and analyze()
// must still write the texts where they own memory and read the right rows back; and a heap
// full to its 4 GB ceiling gives analyze() a message that points to the corpus pipeline; and
// heapBytes() reports the heap as it grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import createConcordCore from '../../web/generated/concord-core.mjs';
import { createConcord } from '../../web/concord.js';
import { createWire } from '../../web/lib/wire.js';
import { bindDiff } from '../../web/lib/diff.js';
import { bindCompare } from '../../web/lib/compare.js';
import { bindAnalyze } from '../../web/lib/analyze.js';

const reference = await createConcord();
const core = await createConcordCore(); // A module of its own, so the heap growth stays here.
const api = { ...bindDiff(createWire(core)), ...bindCompare(createWire(core)) };

const a = 'one\ntwo café\nthree 😀\nfour\nfive\n';
const b = 'one\ntwo cafe\nthree 😀\nfour!\nfive\nsix\n';

test('diff, compare and unifiedDiff are right with the heap above 2 GB', () => {
  const before = api.diff(a, b);
  // 33 blocks of 64 MB (2.06 GB), kept for the whole test.
  const held = Array.from({ length: 33 }, () => core._malloc(2 ** 26) >>> 0);
  assert.ok(held.every((address) => address > 0), 'the heap grew past 2 GB');
  const probe = core._malloc(64) >>> 0;
  assert.ok(probe >= 2 ** 31, `new allocations are above 2 GB (got ${probe})`);
  core._free(probe);
  try {
    const after = api.diff(a, b);
    assert.deepEqual(after, before);
    assert.deepEqual(after, reference.diff(a, b));
    assert.equal(b.slice(after.rows.at(-1).rightStart, after.rows.at(-1).rightEnd), 'six');
    assert.deepEqual(api.compare(a, b), reference.compare(a, b));
    assert.equal(api.unifiedDiff(a, b), reference.unifiedDiff(a, b));
  } finally {
    for (const address of held) core._free(address);
  }
});

// analyze() through the same wire: the texts written above 2 GB, its packet read back there.

const articles = Array.from({ length: 6 }, (_, i) => ({
  name: `article ${i}`,
  text: `Harbour wall ${i % 3} repaired after the storm.\n\nThe council met on Tuesday and ${i % 2 ? 'agreed' : 'voted'} to pay 4,${i % 3}00 pounds for the repair.\n\nCafé owners 😀 said the works would start soon.\n`,
}));

/** Blocks holding every free byte below 2 GB (the holes the test above left, too), for the caller to free. */
function holdBelow2GB() {
  const held = [];
  for (let block = 2 ** 26; block >= 16; block /= 4) {
    for (;;) {
      const address = core._malloc(block) >>> 0;
      assert.ok(address > 0, 'the heap grows past 2 GB');
      held.push(address);
      if (address >= 2 ** 31) break;
    }
  }
  return held;
}

test('analyze() is right with the heap above 2 GB', () => {
  const analyze = bindAnalyze(createWire(core)).analyze;
  const strip = ({ stats, ...rest }) => rest; // stats hold the call's time
  const before = strip(analyze(articles));
  const held = holdBelow2GB();
  const probe = core._malloc(64) >>> 0;
  assert.ok(probe >= 2 ** 31, `new allocations are above 2 GB (got ${probe})`);
  core._free(probe);
  try {
    const after = strip(analyze(articles));
    assert.deepEqual(after, before);
    assert.deepEqual(after, strip(reference.analyze(articles)));
    assert.ok(after.pairs.some((pair) => pair.level !== 'unrelated'), 'the set has related pairs to compare');
  } finally {
    for (const address of held) core._free(address);
  }
});

test('analyze() of texts that do not fit in the heap says so and points to the corpus pipeline', () => {
  const analyze = bindAnalyze(createWire(core)).analyze;
  // The heap filled to its 4 GB ceiling (untouched pages: the process does not use that much).
  const held = [];
  for (let block = 2 ** 26; block >= 2 ** 12; block /= 4) {
    for (let address = core._malloc(block) >>> 0; address; address = core._malloc(block) >>> 0) held.push(address);
  }
  assert.ok(core.HEAP8.byteLength > 3.9 * 2 ** 30, `the heap reached its ceiling (${core.HEAP8.byteLength} bytes)`);
  try {
    const big = [{ name: 'a', text: 'word '.repeat(2 ** 20) }, { name: 'b', text: 'other '.repeat(2 ** 20) }];
    assert.throws(() => analyze(big), (error) => error.name === 'ConcordError' &&
      /These 2 documents \(11\.5 MB\) do not fit in the memory of one tab/.test(error.message) &&
      /corpus pipeline \(concord\.corpus, on Dask: docs\/corpus\.md\) and open its results here/.test(error.message));
  } finally {
    for (const address of held) core._free(address);
  }
  assert.equal(analyze(articles).documents.length, 6, 'the module works again once memory is free');
});

test('heapBytes() is the size of the API\'s heap: it grows with a call that needs more and never shrinks', () => {
  const before = reference.heapBytes();
  assert.ok(before >= 16 * 2 ** 20, `at least the 16 MB start (got ${before})`);
  // About 6 MB of distinct words: analyze() needs several times that.
  const documents = Array.from({ length: 3 }, (_, d) => ({
    name: `big-${d}.txt`,
    text: Array.from({ length: 300000 }, (_, i) => `w${d}x${i.toString(36)}`).join(' '),
  }));
  reference.analyze(documents);
  const after = reference.heapBytes();
  assert.ok(after > before, `the heap grew (${before} → ${after})`);
  reference.analyze([{ name: 'a', text: a }, { name: 'b', text: b }]);
  assert.equal(reference.heapBytes(), after);
});
