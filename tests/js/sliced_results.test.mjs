// Big results cross from the engine worker in slices (web/app/sliced-results.js): every message
// the page reads holds at most SLICE elements of any array, and the result comes back whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResultAssembler, SLICE, sliceResult } from '../../web/app/sliced-results.js';

// The longest array anywhere in `value` (typed arrays count by their elements too).
function longestArray(value) {
  if (ArrayBuffer.isView(value)) return value.length;
  if (!value || typeof value !== 'object') return 0;
  const own = Array.isArray(value) ? value.length : 0;
  return Math.max(own, ...Object.values(value).map(longestArray));
}

function analysisLike(members) {
  return {
    documents: [{ name: 'a', words: 9, repeats: [] }, { name: 'b', words: 9, repeats: Array.from({ length: members }, (_, i) => ({ start: i * 10, end: i * 10 + 5 })) }],
    duplicateGroups: Array.from({ length: members / 2 }, (_, g) => ({ kind: 'exact', similarity: 1, members: [{ doc: 0, paragraph: g }, { doc: 1, paragraph: g }] })),
    order: [1, 0],
    matrix: { size: 2, values: new Float32Array([1, 0.5, 0.5, 1]) },
    stats: { documents: 2 },
  };
}

test('a result with arrays of 50,000 elements crosses in messages of at most SLICE elements, and comes back equal', () => {
  const whole = analysisLike(50000);
  const { result, slices } = sliceResult(whole);
  const messages = [...slices.map((part) => ({ id: 1, part })), { id: 1, result }].map((message) => structuredClone(message));
  assert.equal(messages.length, Math.ceil(50000 / SLICE) + Math.ceil(25000 / SLICE) + 1, "the repeats, the groups, then the rest");
  for (const message of messages) assert.ok(longestArray(message) <= SLICE, `a message holds an array of ${longestArray(message)}`);
  const assembler = new ResultAssembler();
  for (const message of messages.slice(0, -1)) assembler.add(message.part);
  assert.deepEqual(assembler.assemble(messages.at(-1).result), whole);
});

test('a small result travels whole, in one message', () => {
  const whole = analysisLike(SLICE);
  const { result, slices } = sliceResult(whole);
  assert.equal(slices.length, 0);
  assert.deepEqual(result, whole);
  assert.deepEqual(new ResultAssembler().assemble(structuredClone(result)), whole);
  for (const value of [null, 3, 'text', [1, 2], new Uint8Array(3)]) assert.deepEqual(sliceResult(value), { result: value, slices: [] });
});
