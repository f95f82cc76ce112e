// htmlReport escapes or validates every field it writes, even of a forged result object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConcord, ConcordError } from '../../web/concord.js';
import { FOLD_CONTEXT, MIN_FOLD, foldOf } from '../../web/lib/report.js';

const concord = await createConcord();
const EVIL = '<img src=x onerror=alert(1)>';

// The HTML outside the <style> element, where markup would take effect.
const body = (html) => html.replace(/<style>[^]*?<\/style>/, '');

test('a forged result writes no markup of its own: kinds, ids, numbers and units', () => {
  const a = 'left text';
  const b = 'right text';
  const forged = {
    unit: EVIL,
    rows: [
      { kind: EVIL, leftUnit: EVIL, leftStart: 0, leftEnd: 4, rightUnit: 0, rightStart: 0, rightEnd: 5, moveId: EVIL, inline: [] },
      { kind: 'moved', leftUnit: 0, leftStart: EVIL, leftEnd: 4, rightUnit: null, moveId: `1"><script>x</script>`, inline: [null, { kind: EVIL, leftStart: 0, leftEnd: 2 }] },
      null,
    ],
    stats: { similarity: EVIL, kept: EVIL, changed: { toString: () => EVIL }, added: 1, removed: 0, moved: 0, wordsInserted: 0, wordsDeleted: 0, minimal: true },
  };
  const html = body(concord.htmlReport(a, b, forged, { leftName: EVIL, title: EVIL }));
  assert.ok(!html.includes('<img'), 'no element from the result');
  assert.ok(!html.includes('<script'), 'no script from the result');
  assert.ok(!/onerror=alert\(1\)>/.test(html.replace(/&lt;img src=x onerror=alert\(1\)&gt;/g, '')));
  assert.match(html, /id="move-0-from"/, 'a forged moveId becomes a number');
});

test('a result that is not one is a ConcordError', () => {
  assert.throws(() => concord.htmlReport('a', 'b', null), ConcordError);
  assert.throws(() => concord.htmlReport('a', 'b', { rows: 'x' }), ConcordError);
});

test('the report folds unchanged stretches with the page’s one threshold', () => {
  assert.equal(foldOf(0, MIN_FOLD - 1, 100), null);
  assert.deepEqual(foldOf(0, MIN_FOLD + FOLD_CONTEXT, 100), { from: 0, to: MIN_FOLD });
  const lines = (n, word) => Array.from({ length: n }, (_, i) => `${word} ${i}`).join('\n');
  // Changes around 3 + MIN_FOLD - 1 + 3 equal lines: nothing folds; one more, MIN_FOLD rows fold.
  for (const [equal, folded] of [[2 * FOLD_CONTEXT + MIN_FOLD - 1, null], [2 * FOLD_CONTEXT + MIN_FOLD, MIN_FOLD]]) {
    const a = `old\n${lines(equal, 'same')}\nold\n`;
    const b = `new\n${lines(equal, 'same')}\nnew\n`;
    const html = concord.htmlReport(a, b, concord.compare(a, b, { unit: 'line' }));
    const match = html.match(/<summary>(\d+) unchanged rows<\/summary>/);
    assert.equal(match ? Number(match[1]) : null, folded);
  }
});

test('the report uses the page’s colours and words for each kind of row', async () => {
  const { readFile } = await import('node:fs/promises');
  const styles = await readFile(new URL('../../web/styles.css', import.meta.url), 'utf8');
  const light = styles.slice(styles.indexOf(':root'), styles.indexOf('@media (prefers-color-scheme: dark)'));
  const colour = (name) => new RegExp(`--${name}: (#[0-9a-f]{6})`).exec(light)[1];
  const a = 'alpha\nthe quick brown fox\ngamma\n';
  const b = 'alpha\nthe quick red fox\ngamma\ndelta\n';
  const html = concord.htmlReport(a, b, concord.compare(a, b));
  for (const name of ['removed-bg', 'added-bg', 'moved-bg', 'removed-mark', 'added-mark']) {
    assert.ok(html.includes(colour(name)), `the report has the page's --${name} (${colour(name)})`);
  }
  assert.match(body(html), /\d+ unchanged/);
  assert.doesNotMatch(body(html), /\bkept\b/, 'the page says "unchanged", never "kept"');
});
