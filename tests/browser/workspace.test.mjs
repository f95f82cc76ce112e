// Getting text in and managing documents: encodings, HTML and Markdown as text, refused files
// with reasons, rename / reorder / remove / clear by keyboard, and the workspace kept on reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearAll, dropFiles, pasteDocument, startHarness, wordsCounted } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const utf16le = (text) => [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];

test('dropped files: encodings said, markup stripped, bad files listed with a reason, others kept', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await dropFiles(page, [
    { name: 'plain.txt', text: 'one two three\n' },
    { name: 'bom.txt', bytes: [0xef, 0xbb, 0xbf, ...Buffer.from('with bom\n')] },
    { name: 'wide.txt', bytes: utf16le('sixteen bits\n') },
    { name: 'latin.txt', bytes: [...Buffer.from('caf'), 0xe9, 0x0a] },
    { name: 'page.html', text: '<!doctype html><html><head><title>T</title><style>p{}</style></head><body><h1>Head</h1><p>Para <b>bold</b></p><script>1</script></body></html>' },
    { name: 'notes.md', text: '# Title\n\nSome **bold** and a [link](http://example.invalid).\n' },
    { name: 'image.png', bytes: [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0] },
    { name: 'empty.txt', text: '' },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 6 && !document.querySelector('#refused').hidden);
  await wordsCounted(page);
  const docs = await page.$$eval('.doc-item', (items) => items.map((item) => ({
    name: item.querySelector('.doc-name').textContent,
    meta: item.querySelector('.doc-meta').textContent,
  })));
  const meta = Object.fromEntries(docs.map((d) => [d.name.replace(/^\d+\. /, ''), d.meta]));
  assert.match(meta['plain.txt'], /3 words · UTF-8$/);
  assert.match(meta['bom.txt'], /UTF-8 with BOM/);
  assert.match(meta['wide.txt'], /2 words · UTF-16 LE/);
  assert.match(meta['latin.txt'], /Windows-1252 \(not valid UTF-8\)/);
  assert.match(meta['page.html'], /HTML, compared as its text/);
  assert.match(meta['notes.md'], /Markdown, compared as its text/);
  const refused = await page.$$eval('#refused-list li', (items) => items.map((item) => item.textContent));
  assert.deepEqual(refused.sort(), ['empty.txt (0 B): empty file', 'image.png (8 B): looks binary (contains NUL bytes)']);
  assert.match(await page.textContent('#status'), /6 documents added; 2 files not loaded/);
  // HTML and Markdown shown as their text.
  await page.click('.doc-item:has-text("page.html") .doc-name');
  await page.waitForSelector('#view-document:not([hidden]) #doc-text');
  assert.equal(await page.textContent('#doc-text'), 'T\n\nHead\n\nPara bold\n');
  await page.click('.doc-item:has-text("notes.md") .doc-name');
  await page.waitForFunction(() => /Some bold/.test(document.querySelector('#doc-text')?.textContent));
  assert.equal(await page.textContent('#doc-text'), 'Title\n\nSome bold and a link.\n');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('rename, reorder, remove and clear by keyboard; documents kept on reload', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await pasteDocument(page, 'first', 'the first text\n');
  await pasteDocument(page, 'second', 'the second text\n');
  const names = () => page.$$eval('.doc-name', (items) => items.map((item) => item.textContent));
  assert.deepEqual(await names(), ['1. first', '2. second']);
  // Rename with the keyboard.
  await page.focus('.doc-item:nth-child(1) [data-action="rename"]');
  await page.keyboard.press('Enter');
  await page.keyboard.type('renamed');
  await page.keyboard.press('Enter');
  assert.deepEqual(await names(), ['1. renamed', '2. second']);
  // Move the second document up.
  await page.focus('.doc-item:nth-child(2) [data-action="up"]');
  await page.keyboard.press('Enter');
  assert.deepEqual(await names(), ['1. second', '2. renamed']);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.deepEqual(await names(), ['1. second', '2. renamed'], 'the workspace survives a reload');
  await page.focus('.doc-item:nth-child(1) [data-action="remove"]');
  await page.keyboard.press('Enter');
  assert.deepEqual(await names(), ['1. renamed']);
  await page.focus('#clear-button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.doc-empty');
  assert.deepEqual(await names(), []);
  // Paste by keyboard only: the dialog opens, Ctrl+Enter adds.
  await page.focus('#paste-button');
  await page.keyboard.press('Enter');
  await page.keyboard.type('typed words here');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('.doc-item');
  assert.deepEqual(await names(), ['1. Pasted 1']);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the example set loads with one click', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await page.click('#load-examples');
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 5);
  assert.match(await page.textContent('#doc-list'), /harbour-wall\.txt.*harbour-wall-edited\.txt.*harbour-wall-rewrite\.txt.*bay-brief\.txt.*library-hours\.txt/s);
  await page.close();
});

test('a folder picked with the folder dialog adds its files, subfolders included', async () => {
  const { mkdtemp, mkdir, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'concord-folder-'));
  await mkdir(join(dir, 'drafts'));
  await writeFile(join(dir, 'a.txt'), 'first file\n');
  await writeFile(join(dir, 'drafts', 'b.md'), '# Second\n\nfile\n');
  await writeFile(join(dir, 'drafts', 'blob.bin'), Buffer.from([1, 0, 2, 0]));
  const page = await harness.newPage();
  await clearAll(page);
  await page.setInputFiles('#folder-input', dir);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2);
  const names = await page.$$eval('.doc-name', (items) => items.map((item) => item.textContent));
  assert.ok(names[0].endsWith('/a.txt') && names[1].endsWith('/drafts/b.md'), names.join(', '));
  assert.match(await page.textContent('#refused-list'), /drafts\/blob\.bin.*looks binary/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('with fewer than two documents every view says what to do', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await page.click('#tab-pair');
  await page.waitForFunction(() => /Add two documents/.test(document.querySelector('#summary')?.textContent ?? ''));
  await pasteDocument(page, 'only', 'just one text here\n');
  await page.waitForFunction(() => /Add two documents/.test((document.querySelector('#summary')?.textContent ?? '')));
  assert.equal(await page.$$eval('#diff-view .diff-row', (rows) => rows.length), 0);
  await page.click('#tab-overview');
  await page.waitForFunction(() => /Add a second document/.test(document.querySelector('#view-overview')?.textContent ?? ''));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Ctrl+V outside a text field pastes the clipboard as a new document', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'clipboard <i>text</i>\r\nkept as is\r\n');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('.doc-item');
  assert.equal(await page.textContent('.doc-name'), '1. Pasted 1');
  await page.click('.doc-name');
  await page.waitForSelector('#doc-text');
  assert.equal(await page.textContent('#doc-text'), 'clipboard <i>text</i>\r\nkept as is\r\n');
  assert.deepEqual(page.problems, []);
  await page.close();
});
