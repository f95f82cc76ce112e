// The pair view's rewrite rows without a browser: the $rewritePair composite (align(), moved
// paragraphs made to face their counterparts, analyze() scores and phrases, packed in typed
// arrays) read back by fromPackedRewrite; the automatic choice of rows; the hash of the rows
// switch and of links to the retired Rewrite alignment tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createConcord } from '../../web/concord.js';
import { COMPOSITES } from '../../web/app/composites.js';
import { automaticRows, fromPackedRewrite, linksOf, mayBeRewrite, sentenceOf } from '../../web/app/views/pair/rewrite-model.js';
import { formatHash, parseHash } from '../../web/app/hash.js';

const concord = await createConcord();
const read = (name) => readFileSync(new URL(`../fixtures/pair/${name}`, import.meta.url), 'utf8');
const [a, b] = [read('lighthouse-a.txt'), read('lighthouse-b.txt')];
const packed = await COMPOSITES.$rewritePair(concord, a, b, {});
const model = fromPackedRewrite(packed);

test('$rewritePair crosses as typed arrays only, beside small figures', () => {
  for (const [key, value] of Object.entries(packed)) {
    if (['scores', 'figures'].includes(key)) continue;
    assert.ok(ArrayBuffer.isView(value), `${key} is a typed array`);
  }
  assert.ok(packed.scores.rewrite > 0.5, String(packed.scores.rewrite));
});

test('every paragraph of both texts is in exactly one rewrite row', () => {
  for (const side of ['a', 'b']) {
    const seen = model.rows.flatMap((row) => row[side]).sort((x, y) => x - y);
    assert.deepEqual(seen, Array.from({ length: packed[`${side}Paragraphs`].length / 2 }, (_, i) => i), side);
  }
});

test('a paragraph the rewrite moved faces its counterpart, marked moved; added and dropped stay alone', () => {
  const para = (side, p) => { const list = packed[`${side}Paragraphs`]; return (side === 'a' ? a : b).slice(list[p * 2], list[p * 2 + 1]); };
  const history = model.rows.find((row) => row.a.some((p) => para('a', p).startsWith('The lighthouse was built in 1858')));
  assert.equal(history.kind, 'moved');
  assert.ok(history.b.some((p) => para('b', p).startsWith('Built in 1858')), 'faces b\'s history paragraph');
  assert.ok(history.similarity > 0);
  const kinds = (side, text) => model.rows.filter((row) => row[side].some((p) => para(side, p).includes(text))).map((row) => row.kind);
  assert.deepEqual(kinds('a', 'car park'), ['dropped']);
  assert.deepEqual(kinds('b', 'Inishcorr'), ['added']);
});

test('sentence links read from either side are mirrors', () => {
  for (let s = 0; s < packed.aSentences.length / 4; s++) {
    for (const link of linksOf(model, 'a', s)) assert.ok(linksOf(model, 'b', link.other).some((back) => back.other === s));
  }
  const cost = [...Array(packed.bSentences.length / 4).keys()].find((s) => b.slice(sentenceOf(model, 'b', s).start).startsWith('The total bill'));
  assert.equal(linksOf(model, 'b', cost).length, 2, 'condensed from two sentences');
});

test('rows chosen automatically: rewrites get rewrite rows, drafts and unrelated texts literal', async () => {
  const choose = async (x, y) => {
    const literal = concord.compare(x, y).stats.similarity;
    const scores = mayBeRewrite(literal, x, y) ? fromPackedRewrite(await COMPOSITES.$rewritePair(concord, x, y, {})).scores : null;
    return automaticRows(literal, scores);
  };
  assert.equal(await choose(a, b), 'rewrite');
  assert.equal(await choose(read('draft-1.txt'), read('draft-2.txt')), 'literal');
  const unrelated = readFileSync(new URL('../fixtures/rewrites/bike-lanes.a.txt', import.meta.url), 'utf8').replace(/\s*\{[\d,]*\}/g, '');
  assert.equal(await choose(a, unrelated), 'literal');
  assert.equal(mayBeRewrite(0, a, a), false, 'a text is no rewrite of itself');
});

test('the rows switch is kept in the hash; a Rewrite alignment link opens rewrite rows', () => {
  assert.equal(parseHash('#v=pair&r=literal').rows, 'literal');
  assert.equal(parseHash('#v=pair&r=sideways').rows, 'auto');
  assert.equal(formatHash({ ...parseHash(''), view: 'pair', rows: 'rewrite' }), '#v=pair&r=rewrite');
  const old = parseHash('#v=rewrite&a=0&b=2');
  assert.deepEqual([old.view, old.rows, old.b], ['pair', 'rewrite', 2]);
});
