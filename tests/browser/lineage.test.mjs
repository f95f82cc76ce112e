// The Overview's lineage graph and list, and the One document view's attribution mode, on the
// hand-made fixtures of tests/fixtures/lineage dropped as files, as a user would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpus } from '../../bench/js/lineage-corpus.mjs';
import { WAIT, clearAll, startHarness, watchAnalysis } from './harness.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const fixture = (path) => readFileSync(new URL(`../fixtures/lineage/${path}`, import.meta.url), 'utf8');

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

// Drops `files` ({name, text, lastModified?}) on the page and waits until they are added.
async function drop(page, files) {
  await clearAll(page);
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'text/plain', lastModified: f.lastModified ?? Date.now() }));
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await page.waitForFunction((n) => document.querySelector('#status').textContent === `${n} documents added.`, files.length, { timeout: WAIT });
}

async function axeViolations(page) {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

// The names in the lineage graph that a drawn line crosses (in the page: SVG boxes and lines).
function namesCrossedByLines() {
  const crosses = ({ x, y, width, height }, [x1, y1, x2, y2]) => {
    for (let t = 0; t <= 1; t += 0.01) { // sampled: the lines are short
      const [px, py] = [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t];
      if (px > x && px < x + width && py > y && py < y + height) return true;
    }
    return false;
  };
  const lines = [...document.querySelectorAll('#lineage-graph .lineage-edge line:not(.hit)')]
    .map((line) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a))));
  return [...document.querySelectorAll('#lineage-graph text.name')]
    .filter((name) => lines.some((line) => crosses(name.getBBox(), line))).map((name) => name.textContent);
}

test('the lineage graph shows the drafts as a chain; an edge opens the pair view of its two documents', async () => {
  const page = await harness.newPage();
  // Same file time for all: nothing says which came first. Names sort as d, b, a, c: shuffled.
  const time = Date.parse('2024-05-01T12:00:00Z');
  const names = { 'd.txt': 'draft3', 'b.txt': 'draft1', 'a.txt': 'draft4', 'c.txt': 'draft2' };
  await drop(page, Object.entries(names).map(([name, draft]) => ({ name, text: fixture(`chain/${draft}.txt`), lastModified: time })));
  await page.click('#tab-overview');
  await page.waitForSelector('#lineage-list li', { timeout: 60000 });
  const listed = await page.$$eval('#lineage-list li', (items) => items.map((li) => li.querySelector('button').textContent));
  const docNames = await page.$$eval('#documents-table tbody th', (cells) => cells.map((c) => c.textContent.replace(/^\d+\. /, '')));
  const draftOf = (label) => names[label];
  const edges = listed.map((text) => {
    const [, x, y] = text.match(/^\d+\.\s(\S+)\s—\s\d+\.\s(\S+)$/);
    return [draftOf(x), draftOf(y)].sort().join('-');
  }).sort();
  assert.deepEqual(edges, ['draft1-draft2', 'draft2-draft3', 'draft3-draft4'], `${listed} (documents ${docNames})`);
  assert.match(await page.textContent('#lineage-note'), /3 of 3 have no direction/);
  assert.match(await page.textContent('#lineage-list'), /which came first is unknown/);
  assert.equal(await page.locator('#lineage-graph .lineage-edge').count(), 3);
  assert.equal(await page.locator('#lineage-graph [marker-end]').count(), 0, 'no arrows without a direction');
  assert.equal(await page.getAttribute('#lineage-graph', 'aria-hidden'), 'true');
  assert.deepEqual(await page.evaluate(namesCrossedByLines), [], 'no line runs through a name');

  const edge = page.locator('#lineage-graph .lineage-edge').first();
  const [from, to] = [Number(await edge.getAttribute('data-from')), Number(await edge.getAttribute('data-to'))];
  await edge.locator('line.hit').click({ force: true });
  await page.waitForSelector('#view-pair:not([hidden])');
  // The pair view shows the edge's two documents (the hash names them by identity, not index).
  const shown = await page.evaluate(() => ['#pair-a', '#pair-b'].map((id) => document.querySelector(id).selectedOptions[0].textContent));
  assert.ok(shown[0].endsWith(docNames[from]), `${shown} vs ${docNames[from]}`);
  assert.ok(shown[1].endsWith(docNames[to]), `${shown} vs ${docNames[to]}`);

  // The list's buttons do the same by keyboard.
  await page.click('#tab-overview');
  await page.focus('#lineage-list li:nth-child(2) button');
  const second = await page.$eval('#lineage-list li:nth-child(2)', (li) => [Number(li.dataset.from), Number(li.dataset.to)]);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#view-pair:not([hidden])');
  const pair = await page.evaluate(() => ['#pair-a', '#pair-b'].map((id) => document.querySelector(id).selectedOptions[0].textContent));
  assert.deepEqual(pair.map((t) => docNames.findIndex((n) => t.endsWith(n))).sort(), [...second].sort(), `${pair}`);
  await page.click('#tab-overview');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
});

// Where a document's number and its name lie in a list item's button: the number of distinct
// lines each "N. name" spans (in the page), and whether the item shows a list number of its own.
function listedDocumentLines() {
  return [...document.querySelectorAll('#lineage-list li')].map((li) => {
    const button = li.querySelector('button');
    const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
    const lines = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (const ref of text.data.matchAll(/\d+\.\s\S+/g)) {
        const range = document.createRange();
        range.setStart(text, ref.index);
        range.setEnd(text, ref.index + ref[0].length);
        lines.push(new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size);
      }
    }
    const style = getComputedStyle(li);
    return { text: button.textContent, lines, ownNumber: style.display === 'list-item' && style.listStyleType !== 'none' };
  });
}

test('at 390 px each lineage item reads its documents\' numbers once, each beside its name', async () => {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 390, height: 800 });
  const time = Date.parse('2024-05-01T12:00:00Z');
  const names = ['the-first-draft-of-the-story.txt', 'the-second-draft-of-the-story.txt', 'the-third-draft-of-the-story.txt'];
  await drop(page, names.map((name, i) => ({ name, text: fixture(`chain/draft${i + 1}.txt`), lastModified: time })));
  await page.click('#tab-overview');
  await page.waitForSelector('#lineage-list li', { timeout: 60000 });
  const items = await page.evaluate(listedDocumentLines);
  assert.equal(items.length, 2, JSON.stringify(items));
  for (const { text, lines, ownNumber } of items) {
    assert.equal(ownNumber, false, `no list number before the documents' own: ${text}`);
    assert.deepEqual(lines, [1, 1], `each number on the line of its name: ${text}`);
  }
  const buttonsWrap = await page.$$eval('#lineage-list button', (buttons) => buttons.some((b) => b.getClientRects().length > 1 || b.offsetHeight > 30));
  assert.ok(buttonsWrap, 'at 390 px the items wrap (else this test would see no line break)');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('files\' last-modified times direct the lineage: an arrow from the older file', async () => {
  const page = await harness.newPage();
  await drop(page, [
    { name: 'new.txt', text: fixture('chain/draft2.txt'), lastModified: Date.parse('2024-03-04T10:00:00Z') },
    { name: 'old.txt', text: fixture('chain/draft1.txt'), lastModified: Date.parse('2024-03-02T09:00:00Z') },
  ]);
  await page.click('#tab-overview');
  await page.waitForSelector('#lineage-list li', { timeout: 60000 });
  assert.match(await page.textContent('#lineage-list li'), /old\.txt\s→\s\d\.\snew\.txt.*last-modified times: 2024-03-02 09:00 UTC → 2024-03-04 10:00 UTC/s);
  assert.equal(await page.locator('#lineage-graph [marker-end]').count(), 1);
  assert.match(await page.textContent('#lineage-note'), /Arrows point from the earlier text to the later/);
});

test('One document shows where each sentence came from, and a sentence its source', async () => {
  const page = await harness.newPage();
  // One file time for all three: nothing says which came first ("from or into").
  const time = Date.parse('2024-05-01T12:00:00Z');
  await drop(page, ['bridge.txt', 'festival.txt', 'roundup.txt'].map((name) => ({ name, text: fixture(`attribution/${name}`), lastModified: time })));
  await page.click('#tab-document');
  await page.selectOption('#doc-select', { label: '3. roundup.txt' });
  await page.click('button[data-mode="sources"]');
  await page.waitForSelector('#attribution-summary', { timeout: 60000 });
  const expected = fixture('attribution/expected.tsv').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  const count = (origin) => expected.filter(([o]) => o === origin).length;
  assert.equal(await page.locator('#attributed-text button.sentence.copied').count(), count('copied'));
  assert.equal(await page.locator('#attributed-text button.sentence.rewritten').count(), count('rewritten'));
  assert.equal(await page.locator('#attributed-text span.sentence.new').count(), count('new'));
  const pct = (n) => `${Math.round((100 * n) / expected.length)}%`;
  assert.match(await page.textContent('#attribution-summary'), new RegExp(`${pct(2)} rewritten from or into 1\\. bridge\\.txt, ${pct(3)} copied from or into 1\\. bridge\\.txt, ${pct(3)} copied from or into 2\\. festival\\.txt, ${pct(3)} new`));
  const [, , rewritten, from] = expected.find(([o]) => o === 'rewritten');
  await page.click(`#attributed-text button.sentence.rewritten >> text=${rewritten.slice(0, 30)}`);
  assert.match(await page.textContent('#attribution-source'), /is rewritten from or into 1\. bridge\.txt, sentence \d+/);
  assert.equal(await page.textContent('#attribution-source q'), from);
  assert.deepEqual(await axeViolations(page), []);
  // The sources table opens the pair view.
  await page.click('#attribution-sources button >> nth=0');
  await page.waitForSelector('#view-pair:not([hidden])');
  assert.deepEqual(page.problems, []);
});

test('One document marks a sentence of an article written apart as possibly rewritten (unsure), with its source', async () => {
  const page = await harness.newPage();
  const untagged = (side) => readFileSync(new URL(`../fixtures/rewrites/bridge-traders.${side}.txt`, import.meta.url), 'utf8').replace(/\{[\d,]*\}/g, '');
  await drop(page, ['a', 'b'].map((side) => ({ name: `report-${side}.txt`, text: untagged(side) })));
  await page.click('#tab-document');
  await page.selectOption('#doc-select', { label: '2. report-b.txt' });
  await page.click('button[data-mode="sources"]');
  await page.waitForSelector('#attribution-summary', { timeout: 60000 });
  assert.match(await page.textContent('#attribution-summary'), /\d+% possibly rewritten from or into 1\. report-a\.txt/);
  assert.ok(await page.locator('#attributed-text button.sentence.unsure').count() >= 2);
  assert.match(await page.textContent('#attribution-sources thead'), /Possibly rewritten \(unsure\)/);
  await page.locator('#attributed-text button.sentence.unsure').first().click();
  assert.match(await page.textContent('#attribution-source'), /is possibly rewritten from or into 1\. report-a\.txt, sentence \d+ \(unsure; similarity \d+%, confidence (9\d|100)%\)/);
  assert.ok((await page.textContent('#attribution-source q')).length > 0);
  // Told apart from rewritten by more than colour: the words say it, and the style differs.
  const styles = await page.evaluate(() => ['unsure', 'rewritten'].map((k) => {
    const el = document.querySelector(`.legend .sentence.${k}`);
    return el ? getComputedStyle(el).backgroundColor + getComputedStyle(el).textDecorationStyle : null;
  }));
  assert.notEqual(styles[0], styles[1]);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
});

// Whether the bar's values (in the order set) moved through the lineage phase: a value past
// 0.45 (the passes before lineage end at 0.4: lineage_passes.h, progressWithLineage) and below
// its end, and a later one at least 0.02 further.
function lineageMovedTheBar(values) {
  const first = values.findIndex((v) => v > 0.45 && v < 0.995);
  return first >= 0 && values.slice(first + 1).some((v) => v > values[first] + 0.02);
}

test('a thousand articles: the lineage phase moves the progress bar, the page answers, and Cancel stops it', async () => {
  const context = await harness.browser.newContext();
  await context.addInitScript(watchAnalysis);
  // A string script (the devtools protocol's, outside the page's CSP) defines it in the page.
  await context.addInitScript(`window.lineageMovedTheBar = ${lineageMovedTheBar};`);
  const page = await harness.newPage('#v=overview', { context });
  await clearAll(page);
  // The lineage benchmark's set (bench/js/lineage-corpus.mjs): 200 stories in 5 versions each.
  const { texts } = corpus(1000, 2234);
  await page.evaluate((list) => {
    window.holdAnalysis = true;
    const transfer = new DataTransfer();
    list.forEach((text, i) => transfer.items.add(new File([text], `article-${String(i).padStart(4, '0')}.txt`, { type: 'text/plain' })));
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, texts);
  // Generous limits: they only say that the work goes on at all (CI may be slow and loaded).
  await page.waitForSelector('#progress:not([hidden])', { timeout: 300000 });
  // Until the bar has moved through the lineage phase (the sentence alignment of the candidate
  // pairs), or the worker has finished analysing the thousand (its result held back) and the
  // values are all in.
  const label = 'Analysing 1000 documents…';
  await page.waitForFunction((task) => window.lineageMovedTheBar(window.barValuesOf(task)) || window.heldResults.includes(1000), label, { timeout: 600000 });
  const values = await page.evaluate((task) => window.barValuesOf(task), label);
  assert.ok(lineageMovedTheBar(values), `the bar's values while analysing: ${values.map((v) => v.toFixed(3))}`);
  // The page answers while the analysis runs: a view switch and the help panel.
  await page.click('#tab-pair');
  await page.keyboard.press('?');
  assert.equal(await page.isVisible('#help'), true);
  await page.keyboard.press('Escape');
  assert.ok(await page.isVisible('#progress'), 'the analysis was still running while the page answered');
  assert.equal(await page.evaluate(() => window.analysisWorkers.length), 1, 'one worker analyses');
  await page.click('#cancel');
  await page.waitForSelector('#progress', { state: 'hidden', timeout: 60000 });
  assert.match(await page.textContent('#status'), /Cancelled/);
  assert.equal(await page.evaluate(() => window.analysisWorkers[0].terminated), true, 'the worker that analysed is terminated');
  await page.click('#tab-overview');
  await page.waitForFunction(() => /Analysis cancelled/.test(document.querySelector('#view-overview').textContent), null, { timeout: 60000 });
  assert.deepEqual(page.problems, []);
  await context.close();
});
