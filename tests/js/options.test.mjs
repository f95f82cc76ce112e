// Option objects are validated the same way in every call: an unknown option, or one of the
// wrong type or out of range, is a ConcordError naming it; defaults come from the core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConcord, ConcordError } from '../../web/concord.js';

const concord = await createConcord();
const names = (name) => (error) => error instanceof ConcordError && error.message.includes(name);

// Every call, with valid arguments before its options.
const CALLS = {
  diff: (o) => concord.diff('a', 'b', o),
  unifiedDiff: (o) => concord.unifiedDiff('a', 'b', o),
  compare: (o) => concord.compare('a', 'b', o),
  analyze: (o) => concord.analyze(['a b c', 'a b d'], o),
  align: (o) => concord.align('a b c', 'a b d', o),
  profile: (o) => concord.profile('a b c', o),
};

test('every call rejects an unknown option by name (compare used to ignore them)', () => {
  for (const [name, call] of Object.entries(CALLS)) {
    assert.throws(() => call({ bogus: 1 }), names('unknown option: bogus'), name);
  }
});

test('null or non-object options are a ConcordError in every call, not a TypeError', () => {
  for (const [name, call] of Object.entries(CALLS)) {
    for (const options of [null, 5, 'x', []]) assert.throws(() => call(options), names('options must be an object'), name);
    call(undefined); // absent options are the defaults
  }
});

test('choice options accept only their names, not inherited properties', () => {
  assert.throws(() => concord.compare('a', 'b', { unit: 'toString' }), names('option unit'));
  assert.throws(() => concord.diff('a', 'b', { lineBreaks: 'constructor' }), names('option lineBreaks'));
  assert.throws(() => concord.analyze(['a'], { split: '__proto__' }), names('option split'));
  assert.equal(concord.compare('a', 'b', { unit: 'paragraph' }).unit, 'paragraph');
});

test('flags must be booleans: the string "false" does not turn an option on', () => {
  assert.throws(() => concord.compare('A', 'a', { ignoreCase: 'false' }), names('option ignoreCase'));
  assert.throws(() => concord.analyze(['a'], { near: 1 }), names('option near'));
  assert.equal(concord.compare('A', 'a', { ignoreCase: false }).stats.kept, 0);
  assert.equal(concord.compare('A', 'a', { ignoreCase: true }).stats.kept, 1);
});

test('counts must be whole numbers in range: context 2**32 does not wrap to 0', () => {
  assert.throws(() => concord.unifiedDiff('a\n', 'b\n', { context: 2 ** 32 }), names('option context'));
  assert.throws(() => concord.unifiedDiff('a\n', 'b\n', { context: -1 }), names('option context'));
  assert.throws(() => concord.unifiedDiff('a\n', 'b\n', { context: 1.5 }), names('option context'));
  assert.throws(() => concord.analyze(['a'], { maxGap: Infinity }), names('option maxGap'));
  assert.throws(() => concord.analyze(['a'], { nearThreshold: 2 }), names('option nearThreshold'));
});

test('names must be strings: leftName 5 is a ConcordError, not a BindingError', () => {
  assert.throws(() => concord.unifiedDiff('a\n', 'b\n', { leftName: 5 }), names('option leftName'));
  assert.throws(() => concord.htmlReport('a', 'b', concord.compare('a', 'b'), { title: {} }), names('option title'));
  assert.match(concord.unifiedDiff('a\n', 'b\n', { leftName: 'x y', rightName: 'é' }), /^--- "a\/x y"\n\+\+\+ b\/é\n/);
});

test('a sparse or ill-typed documents array names the bad entry', () => {
  assert.throws(() => concord.analyze(['a', , 'c']), names('documents[1]')); // eslint-disable-line no-sparse-arrays
  assert.throws(() => concord.analyze([{ name: 5, text: 'a' }]), names('documents[0].name'));
});

test('undefined values and onProgress are accepted everywhere (the worker passes both)', () => {
  for (const call of Object.values(CALLS)) call({ onProgress: () => {}, ignoreCase: undefined });
  assert.throws(() => concord.diff('a', 'b', { onProgress: 1 }), names('option onProgress'));
});

test('defaults are the core’s, read from the module', () => {
  assert.deepEqual(concord.defaults.diff, { lineBreaks: 'any' });
  assert.deepEqual(concord.defaults.unifiedDiff, { leftName: 'a', rightName: 'b', context: 3 });
  assert.equal(concord.defaults.compare.unit, 'auto');
  assert.equal(concord.defaults.compare.detectMoves, true);
  assert.equal(concord.defaults.analyze.minParagraphWords, 15);
  assert.equal(concord.defaults.analyze.split, 'auto');
  assert.equal(concord.defaults.align.maxSpan, 3);
  assert.ok(Object.isFrozen(concord.defaults.analyze));
});
