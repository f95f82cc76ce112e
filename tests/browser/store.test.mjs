// The document store never loses documents silently: two tabs adding at once keep both sets and
// see each other's changes live; a reload right after "added" keeps a large document; a full
// storage, a browser without IndexedDB and a failed read at start-up each show a warning saying
// what to do, and a failed read never lets the examples replace the saved documents; the list
// saved by the previous version (one 'documents' value) is converted, not lost.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WAIT, clearAll, pasteDocument, startHarness, wordsCounted } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** A page of `context` with `init` run before the page's own scripts. */
async function openPage(context, init) {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => dialog.accept());
  if (init) await page.addInitScript(init);
  await page.goto(harness.url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: WAIT });
  return page;
}

const names = (page) => page.$$eval('.doc-name', (items) => items.map((item) => item.textContent.replace(/^\d+\. /, '')));
const waitForNames = (page, expected) => page.waitForFunction((list) =>
  JSON.stringify([...document.querySelectorAll('.doc-name')].map((item) => item.textContent.replace(/^\d+\. /, '')).sort()) === JSON.stringify(list),
expected.slice().sort(), { timeout: WAIT });

test('two tabs adding at once keep both sets, and each sees the other\'s changes live', async () => {
  const context = await harness.browser.newContext();
  const a = await openPage(context);
  await clearAll(a);
  const b = await openPage(context);
  assert.deepEqual(await names(b), []);
  // Both dialogs filled first, then both added at once.
  for (const [page, name] of [[a, 'from A'], [b, 'from B']]) {
    await page.click('#paste-button');
    await page.fill('#paste-name', name);
    await page.fill('#paste-text', `text written in ${name}\n`);
  }
  await Promise.all([a.click('#paste-add'), b.click('#paste-add')]);
  await Promise.all([waitForNames(a, ['from A', 'from B']), waitForNames(b, ['from A', 'from B'])]);
  await a.waitForFunction(() => /added\.$/.test(document.querySelector('#status').textContent));
  await a.click('.doc-item:has-text("from A") [data-action="rename"]');
  await a.keyboard.press('Control+A');
  await a.keyboard.type('renamed in A');
  await a.keyboard.press('Enter');
  await waitForNames(b, ['renamed in A', 'from B']);
  await b.click('.doc-item:has-text("from B") [data-action="remove"]');
  await waitForNames(a, ['renamed in A']);
  await pasteDocument(b, 'second from B', 'another text from tab B\n');
  await waitForNames(a, ['renamed in A', 'second from B']);
  await b.waitForFunction(() => /added\.$/.test(document.querySelector('#status').textContent));
  await a.reload();
  await a.waitForSelector('html[data-ready="true"]');
  assert.deepEqual((await names(a)).sort(), ['renamed in A', 'second from B']);
  assert.deepEqual([...a.problems, ...b.problems], []);
  await context.close();
});

test('a reload right after "1 document added." keeps a 24 MB document', async () => {
  const context = await harness.browser.newContext();
  const page = await openPage(context);
  await clearAll(page);
  await page.evaluate(() => {
    const line = 'A long line of words to fill the document with twenty-four megabytes of text.\n';
    const text = line.repeat(Math.ceil(24e6 / line.length));
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'big.txt', { type: 'text/plain' }));
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('#status').textContent === '1 document added.', null, { timeout: 60000 });
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]', { timeout: WAIT });
  assert.deepEqual(await names(page), ['big.txt']);
  assert.match(await page.textContent('.doc-meta'), /^22\.9 MB/);
  await context.close();
});

// Makes every put() throw QuotaExceededError while window.fullStorage is true.
const QUOTA = () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.fullStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
};

test('storage full: a warning says which documents are not saved and what to do; retry saves them', async () => {
  const context = await harness.browser.newContext();
  const page = await openPage(context, QUOTA);
  await clearAll(page);
  await pasteDocument(page, 'kept', 'this one is saved\n');
  await page.evaluate(() => { window.fullStorage = true; });
  await pasteDocument(page, 'too big', 'this one does not fit\n');
  await page.waitForSelector('#storage-warning:not([hidden])');
  assert.equal(await page.textContent('#storage-warning p'),
    '1 document is not saved: the browser\'s storage for this page is full. It stays in this tab until it is closed: ' +
    'download it, or free space (remove large documents here, or clear other sites\' data) and try again.');
  assert.match(await page.textContent('#status'), /^1 document added but not saved \(see the warning above\)\.$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#storage-download')]);
  assert.equal(download.suggestedFilename(), 'too_big.txt');
  // Space freed: "Try saving again" writes it, the warning goes, and a reload keeps it.
  await page.evaluate(() => { window.fullStorage = false; });
  await page.click('#storage-retry');
  await page.waitForSelector('#storage-warning[hidden]', { state: 'attached' });
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.deepEqual(await names(page), ['kept', 'too big']);
  await context.close();
});

test('no IndexedDB (a private window): the warning says documents are not saved', async () => {
  const context = await harness.browser.newContext();
  const page = await openPage(context, () => {
    IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'UnknownError'); };
  });
  await page.waitForSelector('#storage-warning:not([hidden])');
  assert.match(await page.textContent('#storage-warning p'),
    /^Documents are not being saved: this browser does not let the page store anything \(a private window, or site data turned off; .*\)\. The documents here stay in this tab until it is closed: download the ones you want to keep\.$/);
  await pasteDocument(page, 'pasted', 'some text\n');
  await page.waitForFunction(() => /^1 document added but not saved/.test(document.querySelector('#status').textContent));
  await context.close();
});

test('a failed read at start-up shows the examples unsaved and never writes over the saved documents', async () => {
  const context = await harness.browser.newContext();
  const first = await openPage(context);
  await clearAll(first);
  await pasteDocument(first, 'precious', 'a document the user must not lose\n');
  await first.waitForFunction(() => /added\.$/.test(document.querySelector('#status').textContent));
  await first.close();
  const failing = await openPage(context, () => {
    for (const method of ['get', 'getAll']) {
      IDBObjectStore.prototype[method] = function () { throw new DOMException('The read failed.', 'UnknownError'); };
    }
  });
  await failing.waitForSelector('#storage-warning:not([hidden])');
  assert.match(await failing.textContent('#storage-warning p'),
    /^The documents saved in this browser could not be read \(The read failed\.\), so this tab saves nothing, to leave them as they are: reload the page to try again\. The documents shown here stay in this tab until it is closed\.$/);
  assert.equal((await names(failing)).length, 5, 'the example set is shown');
  await pasteDocument(failing, 'unsaved', 'added while the store could not be read\n');
  await failing.close();
  const again = await openPage(context);
  assert.deepEqual(await names(again), ['precious']);
  assert.equal(await again.isHidden('#storage-warning'), true);
  await context.close();
});

test('the whole list saved by the previous version is converted to records, not lost', async () => {
  const context = await harness.browser.newContext();
  const seed = await context.newPage();
  seed.setDefaultTimeout(WAIT);
  await seed.goto(`${harness.url}icon.svg`);
  await seed.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('concord', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('workspace').put([
        { name: 'old first.txt', text: 'saved by the old version\n', size: 25, encoding: 'UTF-8', format: 'text' },
        { name: 'old second.md', text: 'Second\n', size: 9, encoding: 'UTF-8', format: 'Markdown, compared as its text' },
      ], 'documents');
    };
    request.onsuccess = () => { request.result.close(); resolve(); };
    request.onerror = () => reject(request.error);
  }));
  await seed.close();
  const page = await openPage(context);
  assert.deepEqual(await names(page), ['old first.txt', 'old second.md']);
  await wordsCounted(page);
  assert.match(await page.textContent('.doc-item:nth-child(2) .doc-meta'), /1 words · UTF-8 · Markdown/);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.deepEqual(await names(page), ['old first.txt', 'old second.md']);
  await context.close();
});
