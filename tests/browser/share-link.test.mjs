// "Copy link" (web/app/share.js): the two texts, compressed, in the URL fragment; opening the
// link restores the comparison without saving anything; a link above the stated size is refused
// with a message; a damaged or hostile fragment is refused and the page is unharmed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const docNames = (page) => page.$$eval('.doc-name', (items) => items.map((item) => item.textContent));

test('a share link round trip: copied, opened in a fresh browser, the comparison is back and nothing was saved', async () => {
  const context = await harness.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.url).origin });
  const page = await harness.newPage('#v=texts', { context });
  const left = 'Port Avel approves a new harbour wall.\n\nThe project will cost 4.2 million euros — « ünïcode » 🙂.\n';
  const right = 'Port Avel approves a new harbour wall.\n\nThe project will cost 4.4 million euros — « ünïcode » 🙂.\n';
  await page.fill('#text-a', left);
  await page.fill('#text-b', right);
  await page.fill('#text-a-name', 'draft <b>1</b>');
  await page.click('#texts-link');
  await page.waitForSelector('#texts-link-field:not([hidden])');
  const link = await page.inputValue('#texts-link-field');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the link is on the clipboard');
  assert.match(await page.textContent('#texts-link-note'), /^Link copied .*Anyone with the link can read both texts\.$/);
  const url = new URL(link);
  assert.equal(url.pathname, new URL(harness.url).pathname);
  assert.equal(url.search, '', 'the texts are in the fragment only, which is never sent');
  assert.doesNotMatch(decodeURIComponent(link), /harbour|million/, 'compressed, not readable as it is');
  await context.close();

  const fresh = await harness.newPage();
  const before = await docNames(fresh);
  await fresh.goto(link);
  await fresh.waitForFunction(() => /changed/.test(document.querySelector('#texts-summary')?.textContent ?? ''));
  assert.equal(await fresh.inputValue('#text-a'), left);
  assert.equal(await fresh.inputValue('#text-b'), right);
  assert.equal(await fresh.inputValue('#text-a-name'), 'draft <b>1</b>');
  assert.deepEqual(await fresh.$$eval('#texts-diff ins.mark-added', (marks) => marks.map((m) => m.textContent)), ['4']);
  assert.match(await fresh.textContent('#status'), /share link: nothing is saved/);
  assert.deepEqual(await docNames(fresh), before, 'opening a link creates no document');
  // Editing a box takes the texts out of the address bar, which no longer says what they hold.
  await fresh.fill('#text-b', 'something else\n');
  await fresh.waitForFunction(() => !location.hash.includes('t='));
  assert.deepEqual(fresh.problems, []);
  await fresh.close();
});

test('texts too long for a link get a clear message; damaged links are refused', async () => {
  const page = await harness.newPage('#v=texts');
  // Text that does not compress: 120,000 characters of pseudo-random letters.
  const noise = await page.evaluate(() => {
    let seed = 7; // xorshift32
    let out = '';
    for (let i = 0; i < 120000; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      out += String.fromCharCode(33 + ((seed >>> 0) % 90));
    }
    return out;
  });
  await page.evaluate((text) => {
    const box = document.querySelector('#text-a');
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, noise);
  await page.fill('#text-b', 'short\n');
  await page.click('#texts-link');
  await page.waitForFunction(() => /too long for a link/.test(document.querySelector('#texts-link-note').textContent));
  assert.match(await page.textContent('#texts-link-note'), /compressed, they take \d+ KB, and a link holds at most 64 KB/);
  assert.equal(await page.isHidden('#texts-link-field'), true, 'no link is offered');
  // A cut or forged fragment: refused with a message, the boxes left empty, nothing thrown.
  for (const fragment of ['AAAA', 'not-deflate-data-at-all', '__proto__']) {
    const other = await harness.newPage(`#v=texts&t=${fragment}`);
    await other.waitForFunction(() => /damaged or incomplete/.test(document.querySelector('#status').textContent));
    assert.equal(await other.inputValue('#text-a'), '');
    assert.deepEqual(other.problems, []);
    await other.close();
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});
