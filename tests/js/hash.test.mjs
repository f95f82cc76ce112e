// web/app/hash.js: whatever the URL hash says, the state has the known keys only, each with a
// valid value, and no prototype for a value like "constructor" or "__proto__" to reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, SCORES, formatHash, parseHash } from '../../web/app/hash.js';

test('names of Object.prototype members fall back to the defaults', () => {
  for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    const state = parseHash(`#v=${word}&s=${word}&l=${word}&u=${word}&a=${word}&c=${word}`);
    assert.deepEqual({ ...state }, { ...DEFAULTS }, word);
  }
});

test('the state has no prototype and exactly the known keys', () => {
  const state = parseHash('#__proto__=1&constructor=x&polluted=1&s=diffRatio');
  assert.equal(Object.getPrototypeOf(state), null);
  assert.deepEqual(Object.keys(state).sort(), Object.keys(DEFAULTS).sort());
  assert.equal(state.score, 'diffRatio');
  assert.equal({}.polluted, undefined);
});

test('only valid values are taken', () => {
  assert.equal(parseHash('#s=coverageAB').score, 'coverageAB');
  assert.equal(parseHash('#a=3&b=4').b, 4);
  assert.equal(parseHash('#a=-1').a, DEFAULTS.a);
  assert.equal(parseHash('#a=5abc').a, DEFAULTS.a);
  assert.equal(parseHash('#nt=101').near, DEFAULTS.near);
  assert.equal(parseHash('#ic=1').ignoreCase, true);
  assert.equal(parseHash('#ic=yes').ignoreCase, DEFAULTS.ignoreCase);
  assert.ok(SCORES.includes(parseHash('#s=matrix').score));
});

test('a formatted state reads back the same', () => {
  const state = { ...DEFAULTS, view: 'pair', a: 2, b: 3, score: 'resemblance', ignoreCase: true, near: 70 };
  assert.deepEqual({ ...parseHash(formatHash(state)) }, state);
});

test('the pair view controls read back and refuse bad values', () => {
  const state = { ...DEFAULTS, view: 'pair', context: 10, marks: 'word', wrap: false, collapse: false };
  assert.equal(formatHash(state), '#v=pair&c=0&cx=10&m=word&w=0');
  assert.deepEqual({ ...parseHash(formatHash(state)) }, state);
  assert.equal(parseHash('#cx=101').context, DEFAULTS.context);
  assert.equal(parseHash('#cx=-1').context, DEFAULTS.context);
  assert.equal(parseHash('#cx=0').context, 0);
  assert.equal(parseHash('#m=letters').marks, DEFAULTS.marks);
  assert.equal(parseHash('#w=no').wrap, DEFAULTS.wrap);
});
