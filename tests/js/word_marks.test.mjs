// The pair view's word granularity (web/app/views/pair/word-marks.js): marks widened to whole
// words, a word holding the other side's change marked too, neighbours merged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordRanges } from '../../web/app/views/pair/word-marks.js';

const op = (kind, leftStart, leftEnd, rightStart, rightEnd) => ({ kind, leftStart, leftEnd, rightStart, rightEnd });
const marked = (text, ranges) => ranges.map(([s, e]) => text.slice(s, e));

test('a letter removed inside a word marks the whole word on both sides', () => {
  const left = 'the colour of';
  const right = 'the color of';
  const inline = [op('equal', 0, 8, 0, 8), op('removed', 8, 9, 8, 8), op('equal', 9, 13, 8, 12)];
  assert.deepEqual(marked(left, wordRanges(left, 0, left.length, inline, 'left')), ['colour']);
  assert.deepEqual(marked(right, wordRanges(right, 0, right.length, inline, 'right')), ['color']);
});

test('a number with a point is one word; marks at word edges stay as they are', () => {
  const left = 'cost 4.2 million';
  const right = 'cost 4.4 million';
  const inline = [op('equal', 0, 7, 0, 7), op('removed', 7, 8, 7, 7), op('added', 8, 8, 7, 8), op('equal', 8, 16, 8, 16)];
  assert.deepEqual(marked(left, wordRanges(left, 0, left.length, inline, 'left')), ['4.2']);
  assert.deepEqual(marked(right, wordRanges(right, 0, right.length, inline, 'right')), ['4.4']);
  const whole = 'a red fox';
  assert.deepEqual(marked(whole, wordRanges(whole, 0, whole.length, [op('equal', 0, 2, 0, 2), op('removed', 2, 6, 2, 2), op('equal', 6, 9, 2, 5)], 'left')), ['red ']);
  // A change between words (the right side's insertion at a space) marks no word on the left.
  assert.deepEqual(wordRanges('a fox', 0, 5, [op('equal', 0, 1, 0, 1), op('added', 1, 1, 1, 5), op('equal', 1, 5, 5, 9)], 'left'), []);
});

test('marks touching one word merge, and stay within the row', () => {
  const text = 'unbelievable';
  const inline = [op('removed', 0, 2, 0, 0), op('equal', 2, 5, 0, 3), op('removed', 5, 7, 3, 3), op('equal', 7, 12, 3, 8)];
  assert.deepEqual(wordRanges(text, 0, text.length, inline, 'left'), [[0, 12]]);
  assert.deepEqual(wordRanges(text, 3, 9, inline, 'left'), [[3, 9]]);
});
