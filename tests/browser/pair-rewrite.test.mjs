// Compare two on rewrites: two tellings of one story (tests/fixtures/pair/lighthouse-*.txt) get
// rewrite rows — counterparts facing, shared phrases, names and numbers marked on both sides, a
// focused sentence lighting its source(s), added and dropped paragraphs said as such, rewritten /
// copied / new figures — while two drafts of one text (draft-*.txt) stay literal; the
// "Rows: literal | rewrite" switch overrides the automatic choice both ways; axe finds nothing
// serious, and at 390 px the two texts stack.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { clearAll, downloaded, dropFiles, startHarness } from './harness.mjs';

const FIXTURES = new URL('../fixtures/pair/', import.meta.url);
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const fixture = async (name) => ({ name, text: await readFile(new URL(name, FIXTURES), 'utf8') });

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

// A page holding the two files, showing them in the pair view (viewport tall enough that every
// row of these short texts is drawn).
async function pairPage(names, { width = 1400, hash = '', context = null } = {}) {
  const ctx = context ?? await harness.browser.newContext({ viewport: { width, height: 2400 } });
  const page = await harness.newPage('', { context: ctx });
  page.ownContext = context ? null : ctx;
  await clearAll(page);
  await dropFiles(page, await Promise.all(names.map(fixture)));
  await page.waitForFunction((n) => document.querySelectorAll('.doc-item').length === n, names.length);
  await page.evaluate((h) => { location.hash = h; }, `#v=pair&a=0&b=1${hash}`);
  await page.waitForFunction(() => document.querySelector('#progress').hidden && !/…/.test(document.querySelector('#rewrite-summary')?.textContent ?? '…')
    && document.querySelector('#diff-view .diff-row'));
  return page;
}

async function closePage(page) {
  assert.deepEqual(page.problems, []);
  await page.close();
  await page.ownContext?.close();
}

const REWRITES = ['lighthouse-a.txt', 'lighthouse-b.txt'];
const DRAFTS = ['draft-1.txt', 'draft-2.txt'];
const rowText = (row, side) => row.locator(`.text >> nth=${side}`);

test('two rewrites of one story: rewrite rows, counterparts facing, shared phrases and names marked on both sides', async () => {
  const page = await pairPage(REWRITES);
  assert.equal(await page.getAttribute('#rows-rewrite', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('#rows-rewrite'), 'rewrite (auto)');
  // The engineers paragraph faces its rewrite: the rusted lantern room on both sides of one row.
  const engineers = page.locator('#diff-view .rw-pair[data-kind="matched"]', { hasText: 'Engineers from Halden Marine' });
  assert.equal(await engineers.count(), 1);
  assert.match(await rowText(engineers, 1).textContent(), /^Halden Marine engineers will start in March/);
  // Words, names and numbers both share are marked on both sides of that row.
  for (const side of [0, 1]) {
    const names = await rowText(engineers, side).locator('mark.tok-name').allTextContents();
    assert.ok(names.includes('Marine'), names.join(','));
    const shared = await rowText(engineers, side).locator('mark[class*="tok-"]').allTextContents();
    for (const word of ['Halden', 'lantern', 'staircase', '2019']) assert.ok(shared.includes(word), `${word} in ${shared.join(',')}`);
  }
  // A phrase both use word for word is marked as a phrase in both texts.
  const phrases = await page.$$eval('#diff-view .rw-pair', (rows) => [1, 3].map((cell) =>
    rows.map((row) => [...row.children[cell].querySelectorAll('mark.passage')].map((m) => m.textContent).join('')).join('|')));
  for (const side of phrases) {
    assert.match(side, /the national heritage fund/);
    assert.match(side, /Fresnel lens/);
  }
  await closePage(page);
});

test('rewrite rows: added and dropped paragraphs say so; a moved paragraph faces its counterpart, marked moved', async () => {
  const page = await pairPage(REWRITES);
  const dropped = page.locator('#diff-view .rw-pair[data-kind="dropped"]', { hasText: 'car park' });
  assert.equal(await dropped.locator('.rw-badge').textContent(), 'dropped: not in lighthouse-b.txt');
  assert.match(await dropped.locator('.text.empty').count().then(String), /^1$/);
  const added = page.locator('#diff-view .rw-pair[data-kind="added"]', { hasText: 'Inishcorr' });
  assert.equal(await added.locator('.rw-badge').textContent(), 'added: not in lighthouse-a.txt');
  // The history paragraph moved up in b: it still faces a's, marked as shown out of b's order.
  const moved = page.locator('#diff-view .rw-pair[data-kind="moved"]', { hasText: 'The lighthouse was built in 1858' });
  assert.equal(await moved.count(), 1);
  assert.match(await rowText(moved, 1).textContent(), /^moved: ¶ 3 shown out of orderBuilt in 1858 and run without keepers/);
  assert.equal(await moved.locator('.num >> nth=1').evaluate((cell) => cell.firstChild.textContent), '¶ 3');
  await closePage(page);
});

test('rewrite rows: focusing a sentence lights the sentence(s) it was rewritten from; Enter goes there', async () => {
  const page = await pairPage(REWRITES);
  // b's cost sentence was condensed from two sentences of a.
  const cost = page.locator('#diff-view .sent[data-side="b"]', { hasText: 'The total bill of 2.4 million euros' });
  await cost.focus();
  const sources = await page.$$eval('#diff-view .sent.sent-source', (spans) => spans.map((s) => `${s.dataset.side}:${s.textContent}`));
  assert.equal(sources.length, 2, sources.join('\n'));
  assert.ok(sources.every((s) => s.startsWith('a:')), sources.join('\n'));
  assert.ok(sources.some((s) => s.includes('The restoration will cost 2.4 million euros.')));
  assert.ok(sources.some((s) => s.includes('Two thirds of the money comes from the national heritage fund')));
  assert.equal(await cost.evaluate((el) => el.classList.contains('sent-focus')), true);
  assert.match(await page.textContent('#rewrite-focus'), /lighthouse-b\.txt, ¶ 4: this sentence was rewritten from 2 sentences of lighthouse-a\.txt/);
  // Enter moves the focus to the (first) source; Tab reaches sentences as any control.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.side === 'a');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /2\.4 million euros|Two thirds/);
  // A sentence with no counterpart says it is new.
  await page.locator('#diff-view .sent[data-side="b"]', { hasText: 'Inishcorr' }).focus();
  assert.match(await page.textContent('#rewrite-focus'), /is new: nothing in lighthouse-a\.txt says it/);
  await closePage(page);
});

test('rewrite rows: the figures are the rewrite score and rewritten / copied / new shares, never "similarity 0%" or "change 1 of 1"', async () => {
  const page = await pairPage(REWRITES);
  assert.match(await page.textContent('#rw-score'), /^rewrite score [1-9]\d?%$/);
  for (const side of ['a', 'b']) {
    const figures = await page.textContent(`#rw-figures-${side}`);
    const match = figures.match(/: (\d+)% rewritten, (\d+)% copied, (\d+)% new \(of (\d+) sentences\)$/);
    assert.ok(match, figures);
    const [rewritten, copied, added] = match.slice(1, 4).map(Number);
    assert.ok(rewritten >= 50, figures);
    assert.ok(added > 0, figures); // a's car park, b's Inishcorr paragraph
    assert.ok(Math.abs(rewritten + copied + added - 100) <= 2, figures);
  }
  assert.match(await page.textContent('#rw-literal'), /^literal similarity \d+%$/);
  assert.equal(await page.isHidden('#summary'), true);
  await page.focus('#diff-view');
  await page.keyboard.press('n');
  assert.match(await page.textContent('#status'), /^Paragraph without a counterpart 1 of \d+\./);
  const shown = await page.evaluate(() => document.querySelector('#view-pair').innerText);
  assert.doesNotMatch(shown, /similarity 0%/);
  assert.doesNotMatch(`${shown}\n${await page.textContent('#status')}`, /change 1 of 1/i);
  await closePage(page);
});

test('two drafts of one text stay literal: literal rows and figures, the switch says so', async () => {
  const page = await pairPage(DRAFTS);
  assert.equal(await page.getAttribute('#rows-literal', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('#rows-literal'), 'literal (auto)');
  assert.equal(await page.textContent('#rows-rewrite'), 'rewrite');
  assert.equal(await page.$$eval('#diff-view .rw-pair', (rows) => rows.length), 0);
  assert.ok(await page.$$eval('#diff-view .diff-row[data-kind="changed"]', (rows) => rows.length) > 0);
  assert.match(await page.textContent('#summary'), /By paragraphs: .* similarity [5-9]\d%/);
  assert.equal(await page.isHidden('#rewrite-summary'), true);
  await closePage(page);
});

test('the rows switch works both ways, kept in the hash', async () => {
  const page = await pairPage(REWRITES);
  await page.click('#rows-literal');
  await page.waitForFunction(() => location.hash.includes('r=literal') && document.querySelector('#diff-view .diff-row:not(.rw-pair)'));
  assert.equal(await page.getAttribute('#rows-literal', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('#rows-rewrite'), 'rewrite (auto)');
  assert.equal(await page.isVisible('#summary'), true);
  assert.equal(await page.$$eval('#diff-view .rw-pair', (rows) => rows.length), 0);
  await page.click('#rows-rewrite');
  await page.waitForFunction(() => !location.hash.includes('r=') && document.querySelector('#diff-view .rw-pair'));
  assert.equal(await page.getAttribute('#rows-rewrite', 'aria-pressed'), 'true');
  await closePage(page);

  // Drafts: rewrite rows on request (aligned then), back to the automatic literal rows.
  const drafts = await pairPage(DRAFTS);
  await drafts.click('#rows-rewrite');
  await drafts.waitForFunction(() => location.hash.includes('r=rewrite') && document.querySelector('#diff-view .rw-pair[data-kind="matched"]'));
  assert.match(await drafts.textContent('#rw-score'), /rewrite score \d+%/);
  await drafts.click('#rows-literal');
  await drafts.waitForFunction(() => !location.hash.includes('r=') && !document.querySelector('#diff-view .rw-pair'));
  await closePage(drafts);
});

test('rewrite rows: the JSON export carries the rewrite alignment beside the literal comparison', async () => {
  const page = await pairPage(REWRITES);
  const json = JSON.parse((await downloaded(page, '#export-pair-json')).text);
  assert.equal(json.left, 'lighthouse-a.txt');
  assert.ok(Array.isArray(json.rows) && json.stats, 'the literal comparison is still there');
  const { rewrite } = json;
  assert.ok(rewrite.scores.rewrite >= 0.2, JSON.stringify(rewrite.scores));
  assert.deepEqual(Object.keys(rewrite.figures.a).sort(), ['copied', 'new', 'rewritten', 'total']);
  assert.ok(rewrite.rows.some((row) => row.kind === 'dropped') && rewrite.rows.some((row) => row.kind === 'added'));
  assert.equal(rewrite.sentences.b.length, rewrite.figures.b.total);
  assert.ok(rewrite.sentenceLinks.length > 5);
  await closePage(page);
});

async function axeViolations(page) {
  await page.evaluate(await readFile(AXE, 'utf8'));
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark']) {
  test(`rewrite rows: axe-core finds no serious or critical violation (${scheme}), with a sentence focused`, async () => {
    const context = await harness.browser.newContext({ colorScheme: scheme, viewport: { width: 1400, height: 1200 } });
    const page = await pairPage(REWRITES, { context });
    await page.locator('#diff-view .sent[data-side="b"]', { hasText: 'The total bill' }).focus();
    assert.deepEqual(await axeViolations(page), []);
    await closePage(page);
    await context.close();
  });
}

test('rewrite rows at 390 px: the two texts stack, nothing wider than the screen', async () => {
  const page = await pairPage(REWRITES, { width: 390 });
  await page.waitForSelector('#diff-view.stacked .rw-pair');
  const row = page.locator('#diff-view .rw-pair[data-kind="matched"]', { hasText: 'Engineers from Halden Marine' });
  const [left, right] = await Promise.all([0, 1].map((side) => rowText(row, side).boundingBox()));
  assert.ok(right.y >= left.y + left.height - 1, `b (${right.y}) below a (${left.y} + ${left.height})`);
  assert.ok(right.x + right.width <= 390 && left.x + left.width <= 390);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 390), true);
  await closePage(page);
});
