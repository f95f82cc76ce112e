// Never bricked: a module that aborted (out of memory here) says so on every later call, and
// createConcord() gives a fresh one that works. The abort is real: the test makes the
// WebAssembly memory refuse to grow, as a browser does when the heap cannot get more memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConcord, ConcordError } from '../../web/concord.js';

function withMemoryThatCannotGrow(work) {
  const grow = WebAssembly.Memory.prototype.grow;
  WebAssembly.Memory.prototype.grow = function refuse() { throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded'); };
  try {
    return work();
  } finally {
    WebAssembly.Memory.prototype.grow = grow;
  }
}

// Lines of words: the texts fit in the heap the module starts with (16 MB), their comparison
// does not, so the module must grow its memory in the middle of the core's work.
function bigText(lines, tag) {
  return Array.from({ length: lines }, (_, i) => `${tag} line ${i} with some words in it`).join('\n');
}

test('an aborted module throws a ConcordError on that call and every later one; createConcord() gives a fresh one', async () => {
  const concord = await createConcord();
  assert.equal(concord.diff('a\n', 'b\n').stats.equal, 0, 'the module works before');
  const left = bigText(60000, 'left');
  const right = bigText(60000, 'right');
  const first = withMemoryThatCannotGrow(() => {
    try {
      concord.compare(left, right);
    } catch (error) {
      return error;
    }
    return null;
  });
  assert.ok(first instanceof ConcordError, `a ConcordError, not ${first}`);
  assert.equal(first.aborted, true, first.message);
  assert.match(first.message, /engine stopped .*cannot be used any more.*createConcord\(\)/);
  for (let i = 0; i < 2; i++) {
    assert.throws(() => concord.diff('a\n', 'b\n'), (error) => error instanceof ConcordError && error.aborted === true
      && /cannot be used any more/.test(error.message) && !/out of bounds/.test(error.message));
  }
  const fresh = await createConcord();
  assert.notEqual(fresh, concord);
  const rows = fresh.diff('a\nb\n', 'a\nc\n').rows;
  assert.deepEqual(rows.map((row) => row.kind), ['equal', 'removed', 'added']);
  assert.equal(fresh.compare(left.slice(0, 1000), right.slice(0, 1000)).rows.length > 0, true);
});

test('input over the memory budget gets a ConcordError saying what to change, and the module stays usable', async () => {
  const concord = await createConcord();
  // 150 million line breaks a side: far over the budget, refused before anything is allocated.
  const lines = '\n'.repeat(150_000_000);
  assert.throws(() => concord.compare(lines, lines), (error) => error instanceof ConcordError && !error.aborted
    && /too large to compare together .*compare smaller parts/.test(error.message));
  assert.equal(concord.diff('x\n', 'x\n').stats.equal, 1);
});
