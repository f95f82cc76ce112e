// Every address JavaScript handles is unsigned: with the wasm heap pushed past 2 GB, malloc's
// results are above 2^31 (negative as int32), and diff(), compare() and unifiedDiff() must still
// write the texts where they own memory and read the right rows back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import createConcordCore from '../../web/generated/concord-core.mjs';
import { createConcord } from '../../web/concord.js';
import { createWire } from '../../web/lib/wire.js';
import { bindDiff } from '../../web/lib/diff.js';
import { bindCompare } from '../../web/lib/compare.js';

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
