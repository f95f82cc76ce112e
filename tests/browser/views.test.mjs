// The views over the example set (the page's default): overview matrix and clusters, a cell
// opening the pair, the duplicates list opening a member in context, the single document with
// its repeats, the pair view's rewrite rows, and the URL hash restoring view, pair and options.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('overview: matrix ordered with related documents together, clusters, duplicate summary', async () => {
  const page = await harness.newPage();
  await page.waitForSelector('#matrix');
  const heads = await page.$$eval('#matrix tbody th', (ths) => ths.map((th) => th.textContent));
  assert.equal(heads.length, 5);
  // The unrelated library article sits at the end, after the four harbour documents.
  assert.equal(heads[4], '5. library-hours.txt');
  const cells = await page.$$eval('#matrix tbody tr', (rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)));
  assert.equal(cells.length, 5);
  for (let i = 0; i < 5; i++) assert.equal(cells[i][i], '—');
  // The original and its edited copy: minor changes (≈), the highest score of the row.
  const original = heads.indexOf('1. harbour-wall.txt');
  const edited = heads.indexOf('2. harbour-wall-edited.txt');
  assert.match(cells[original][edited], /^\d+≈$/);
  const row = cells[original].filter((_, j) => j !== original).map((text) => Number.parseInt(text, 10));
  assert.equal(Math.max(...row), Number.parseInt(cells[original][edited], 10));
  assert.match(await page.textContent('.clusters'), /Cluster 1 \(4 documents/);
  assert.doesNotMatch(await page.textContent('.clusters'), /library-hours/);
  assert.match(await page.textContent('#duplicate-summary'), /group/);
  // The documents table renders as a table, every document a row, and nothing as "[object …]".
  assert.equal(await page.$$eval('#documents-table tbody tr', (rows) => rows.length), 5);
  assert.doesNotMatch(await page.textContent('#view-host'), /\[object /);
  // The original and its rewrite share no passage: their word diff is not computed, and the
  // cell says n/a (with why in its tooltip) rather than a number like "≥0%".
  const rewriteRow = page.locator('#pairs-table tbody tr', { hasText: 'harbour-wall.txt — 3. harbour-wall-rewrite.txt' });
  const wordDiff = rewriteRow.locator('td').nth(3);
  assert.equal(await wordDiff.textContent(), 'n/a');
  assert.match(await wordDiff.getAttribute('title'), /lower bound/);
  // Another score, kept in the hash.
  await page.selectOption('#matrix-score', 'resemblance');
  await page.waitForFunction(() => location.hash.includes('s=resemblance'));
  assert.match(await page.textContent('#matrix caption'), /^Resemblance/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a matrix cell opens that pair; the hash restores view, pair and options on reload', async () => {
  const page = await harness.newPage();
  await page.click('#matrix button[data-a="0"][data-b="2"]');
  await page.waitForFunction(() => location.hash.includes('v=pair') && /rewrite score/.test((document.querySelector('#rewrite-summary')?.textContent ?? '')));
  assert.equal(await page.$eval('#pair-a', (s) => s.selectedOptions[0].textContent), '1. harbour-wall.txt');
  assert.equal(await page.$eval('#pair-b', (s) => s.selectedOptions[0].textContent), '3. harbour-wall-rewrite.txt');
  await page.click('#layout-unified');
  await page.click('#opt-collapse');
  await page.waitForFunction(() => location.hash.includes('l=unified') && location.hash.includes('c=0'));
  const hash = new URL(page.url()).hash;
  assert.match(hash, /v=pair/);
  assert.match(hash, /b=_[\w-]{8}/, 'the pair is named by identity');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  // The original and its rewrite: rewrite rows, one text above the other in the unified layout.
  await page.waitForSelector('#view-pair:not([hidden]) #diff-view.stacked .rw-pair');
  assert.equal(await page.getAttribute('#tab-pair', 'aria-selected'), 'true');
  assert.equal(await page.$eval('#pair-b', (s) => s.value), '2');
  assert.equal(await page.getAttribute('#layout-unified', 'aria-pressed'), 'true');
  assert.equal(await page.$eval('#opt-collapse', (c) => c.checked), false);
  assert.equal(await page.$$eval('#diff-view .fold', (f) => f.length), 0, 'nothing folded');
  // No text in the URL.
  assert.doesNotMatch(decodeURIComponent(page.url()), /harbour|Port Avel/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('duplicates: groups listed, a member opens in its document with the group highlighted', async () => {
  const page = await harness.newPage('#v=duplicates');
  await page.waitForSelector('.group');
  const groups = await page.$$eval('.group', (items) => items.map((item) => ({
    head: item.querySelector('.group-head').textContent,
    members: [...item.querySelectorAll('.member-open')].map((m) => m.textContent),
  })));
  // The library article repeats its "Staff numbers" paragraph; harbour-wall.txt its cost paragraph.
  const library = groups.find((g) => g.members.every((m) => m.startsWith('5. library-hours.txt')));
  assert.ok(library, JSON.stringify(groups));
  assert.match(library.head, /exact\s*2 paragraphs within library-hours\.txt/);
  assert.deepEqual(library.members, ['5. library-hours.txt, ¶ 4', '5. library-hours.txt, ¶ 6']);
  assert.match(await page.textContent('.short-repeats summary'), /short repeats/);
  // Open the second member in context.
  const index = groups.indexOf(library);
  await page.click(`.group[data-group="${index}"] .member-open >> nth=1`);
  await page.waitForSelector('#view-document:not([hidden]) #doc-text mark.focus');
  assert.equal(await page.$eval('#doc-select', (s) => s.selectedOptions[0].textContent), '5. library-hours.txt');
  const focused = await page.$$eval('#doc-text mark.focus', (marks) => marks.map((m) => m.textContent));
  // Both members are highlighted (a mark may be split where a shared passage begins or ends).
  assert.equal(focused.join('').split('Staff numbers will not change').length, 3, focused.join('|'));
  assert.ok(focused.every((text) => /Staff numbers|archive|reading room|Monday/.test(text)), focused.join('|'));
  // Clean copy download.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#doc-clean')]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const clean = await readFile(path, 'utf8');
  assert.equal(clean.split('Staff numbers will not change').length, 2, 'the repeat is removed, the first kept');
  assert.equal(download.suggestedFilename(), 'library-hours-clean.txt');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('an old Rewrite alignment link opens the pair view\'s rewrite rows, shared names and numbers marked', async () => {
  const page = await harness.newPage('#v=rewrite&a=0&b=2');
  await page.waitForSelector('#diff-view .rw-pair[data-kind="matched"]');
  assert.match(page.url(), /v=pair/);
  assert.match(page.url(), /r=rewrite/);
  const matched = await page.$$eval('#diff-view .rw-pair[data-kind="matched"]', (rows) => rows.length);
  assert.ok(matched >= 4, `${matched} matched rows`);
  const names = await page.$$eval('#diff-view mark.tok-name', (marks) => marks.map((m) => m.textContent));
  assert.ok(names.includes('Marchal'), names.join(','));
  const numbers = await page.$$eval('#diff-view mark.tok-number', (marks) => marks.map((m) => m.textContent));
  assert.ok(numbers.some((n) => /^4(\.2)?$/.test(n)), numbers.join(','));
  assert.equal(await page.$('#tab-rewrite'), null);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('pair view: paragraphs paired by similarity, inline marks, a moved paragraph linked at both ends', async () => {
  const page = await harness.newPage('#v=pair&a=0&b=1');
  await page.waitForFunction(() => /By paragraphs/.test((document.querySelector('#summary')?.textContent ?? '')));
  assert.match(await page.textContent('#summary'), /1 moved/);
  // The cost paragraph is paired with its edited version; 4.2 → 4.4 is marked inside it.
  const changed = await page.$$eval('#diff-view .diff-row[data-kind="changed"]', (rows) => rows.map((row) => ({
    removed: [...row.querySelectorAll('del')].map((m) => m.textContent),
    added: [...row.querySelectorAll('ins')].map((m) => m.textContent),
  })));
  assert.ok(changed.some((row) => row.removed.join('') === '2' && row.added.join('') === '4'), JSON.stringify(changed));
  // The Mayor paragraph moved up: its left end links to its right end and back.
  const left = page.locator('#diff-view .diff-row[data-kind="moved"] .move-link', { hasText: 'moved to' });
  assert.match(await left.textContent(), /moved to ¶ 4/);
  await left.click();
  await page.waitForFunction(() => document.activeElement?.textContent.startsWith('↕ moved from ¶ 8'));
  // Scrolling re-renders the virtual rows; a focused link that stays rendered keeps the focus.
  await page.evaluate(() => new Promise((resolve) => {
    const scroller = document.activeElement.closest('.diff-view') ?? document.querySelector('#diff-view');
    scroller.scrollTop += 40;
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /^↕ moved from ¶ 8/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent.startsWith('↕ moved to ¶ 4'));
  // Unified layout shows the same change as − and + lines.
  await page.click('#layout-unified');
  await page.waitForSelector('#diff-view .uline.removed');
  assert.ok(await page.$$eval('#diff-view .uline.added ins', (m) => m.length) > 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('pair view: an option changes the comparison keys, never the text shown', async () => {
  const { clearAll, pasteDocument } = await import('./harness.mjs');
  const page = await harness.newPage('#v=pair');
  await clearAll(page);
  await pasteDocument(page, 'a', 'One Line here\nsecond\n');
  await pasteDocument(page, 'b', 'one line HERE\nsecond\n');
  await page.waitForFunction(() => /1 changed/.test((document.querySelector('#summary')?.textContent ?? '')));
  await page.click('#opt-ignoreCase');
  await page.waitForFunction(() => /2 unchanged, 0 changed/.test((document.querySelector('#summary')?.textContent ?? '')));
  assert.match(page.url(), /ic=1/);
  const cells = await page.$$eval('#diff-view .diff-row .text', (c) => c.map((x) => x.textContent));
  assert.deepEqual(cells.slice(0, 2), ['One Line here', 'one line HERE']);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('rewrite rows mark the phrases two documents share, in both', async () => {
  const page = await harness.newPage('#v=pair&a=0&b=3&r=rewrite');
  await page.waitForSelector('#diff-view .rw-pair');
  // Only the rows in view are drawn: read them at the top and at the bottom.
  const marked = () => page.$$eval('#diff-view .rw-pair', (rows) => [1, 3].map((cell) => rows.map((row) => [...row.children[cell].querySelectorAll('mark.passage')].map((m) => m.textContent).join('')).join('')));
  const top = await marked();
  await page.$eval('#diff-view', (scroller) => { scroller.scrollTop = scroller.scrollHeight; });
  // Until the last row is drawn (a fixed pause could end before the rows at the bottom are).
  await page.waitForFunction(() => {
    const scroller = document.querySelector('#diff-view');
    return scroller.querySelector(`[aria-rowindex="${scroller.getAttribute('aria-rowcount')}"]`) !== null;
  });
  const bottom = await marked();
  const sides = [top[0] + bottom[0], top[1] + bottom[1]];
  assert.match(sides[0], /Residents can see the plans/);
  assert.match(sides[1], /Residents can see the plans/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a duplicate member opened from the list is scrolled into view in its document', async () => {
  const { clearAll, pasteDocument } = await import('./harness.mjs');
  const page = await harness.newPage();
  await clearAll(page);
  const repeated = 'This paragraph is repeated far down the document so that opening it must scroll the text to it.';
  const filler = Array.from({ length: 60 }, (_, i) => `Filler paragraph number ${i} with words of its own about topic ${i * 7}.`).join('\n\n');
  await pasteDocument(page, 'long', `${repeated}\n\n${filler}\n\n${repeated}\n`);
  await page.click('#tab-duplicates');
  await page.waitForSelector('.group .member-open');
  await page.click('.group .member-open >> nth=1');
  await page.waitForSelector('#view-document:not([hidden]) #doc-text mark.focus');
  const visible = await page.$eval('#doc-text', (box) => {
    const marks = [...box.querySelectorAll('mark.focus')];
    const last = marks[marks.length - 1].getBoundingClientRect();
    const rect = box.getBoundingClientRect();
    return box.scrollTop > 0 && last.top >= rect.top && last.bottom <= rect.bottom;
  });
  assert.equal(visible, true, 'the second member is in view');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the near-duplicate threshold and the passage length are adjustable and kept in the hash', async () => {
  const page = await harness.newPage('#v=duplicates');
  await page.waitForSelector('.group');
  const count = () => page.$$eval('.group', (groups) => groups.length);
  const nearGroups = () => page.$$eval('.group .badge.near', (badges) => badges.length);
  const before = { groups: await count(), near: await nearGroups() };
  assert.ok(before.near > 0);
  await page.fill('#near-threshold', '95');
  await page.press('#near-threshold', 'Enter');
  await page.waitForFunction(() => location.hash.includes('nt=95'));
  await page.waitForFunction((n) => document.querySelectorAll('.group .badge.near').length < n, before.near);
  assert.ok(await count() < before.groups);
  await page.fill('#passage-words', '30');
  await page.press('#passage-words', 'Enter');
  await page.waitForFunction(() => location.hash.includes('pw=30'));
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.inputValue('#near-threshold'), '95');
  assert.equal(await page.inputValue('#passage-words'), '30');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a body pasted twice shows as one repeated block, openable at the repeat', async () => {
  const { clearAll, pasteDocument } = await import('./harness.mjs');
  const page = await harness.newPage();
  await clearAll(page);
  const body = [
    'The river flooded the lower town on Monday night, and by morning the bakery, the school and the old mill stood in water.',
    'Volunteers from three villages arrived with boats and pumps; the mayor thanked them in a short speech outside the church.',
    'Insurance assessors are expected next week, although many shop owners say they cannot wait that long to reopen their doors.',
    'Meteorologists warn that more rain is forecast for the weekend, so sandbags remain stacked along the embankment for now.',
  ].join('\n\n');
  await pasteDocument(page, 'twice', `Title\n\n${body}\n\n${body}\n`);
  await pasteDocument(page, 'other', 'Something else entirely, written once and never repeated anywhere in this set of texts.\n');
  await page.click('#tab-overview');
  await page.waitForSelector('#block-summary');
  assert.match(await page.textContent('#block-summary'), /^1 repeated block of consecutive paragraphs \(the longest 4 paragraphs\), in 1 document\.$/);
  await page.click('#tab-duplicates');
  await page.waitForSelector('.block');
  assert.match(await page.textContent('.block'), /exact 4 paragraphs \(\d+ words\): ¶ 6–9 of twice repeats ¶ 2–5/);
  await page.click('.block-open');
  await page.waitForFunction(() => location.hash.includes('v=document') && location.hash.includes('at='));
  assert.deepEqual(page.problems, []);
  await page.close();
});
