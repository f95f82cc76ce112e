// Word (.docx, through mammoth) and PDF (through pdf.js) files dropped on the page: read in the
// decode worker from the page's own files, loaded only when such a file comes; the list says
// what was extracted (pages, paragraphs) and what was not (a page with no text layer); broken
// files are refused with a reason, the others kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearAll, dropFiles, startHarness } from './harness.mjs';
import { docx, pdf, zip } from '../fixtures/office-files.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const meta = (page) => page.$$eval('.doc-item', (items) => Object.fromEntries(items.map((item) => [
  item.querySelector('.doc-name').textContent.replace(/^\d+\. /, ''), item.querySelector('.doc-meta').textContent])));

test('a DOCX and a PDF (one page scanned) become documents; the list says what was extracted', async () => {
  const page = await harness.newPage();
  // The page's requests (its workers' included; the service worker's precache is apart).
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await clearAll(page);
  await page.waitForTimeout(500);
  assert.deepEqual(requests.filter((url) => url.includes('/vendor/')), [], 'nothing of mammoth or pdf.js is loaded before such a file comes');
  await dropFiles(page, [
    { name: 'draft.docx', bytes: [...docx(['Port Avel approves a new harbour wall.', 'The project will cost 4.2 million euros & more <soon>.', 'Work begins in the autumn.'])] },
    {
      name: 'scan.pdf', type: 'application/pdf',
      bytes: [...pdf([{ paragraphs: [['Port Avel approves a new harbour wall.'], ['The project will cost', '4.4 million euros.']] }, { image: true }, { paragraphs: [['Work begins in the autumn.']] }])],
    },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2 && !/… words/.test(document.querySelector('#doc-list').textContent));
  const facts = await meta(page);
  assert.match(facts['draft.docx'], /Word document · Word \(\.docx\): 3 paragraphs of text extracted$/);
  assert.match(facts['scan.pdf'], /PDF text layer · PDF: 2 pages of 3, 3 paragraphs extracted; 1 page with no text layer \(scanned images\?\) not extracted: 2$/);
  await page.click('.doc-item:nth-child(1) .doc-name');
  await page.waitForFunction(() => /harbour wall/.test(document.querySelector('#doc-text')?.textContent ?? ''));
  assert.equal(await page.textContent('#doc-text'), 'Port Avel approves a new harbour wall.\n\nThe project will cost 4.2 million euros & more <soon>.\n\nWork begins in the autumn.\n');
  await page.click('.doc-item:nth-child(2) .doc-name');
  await page.waitForFunction(() => /4\.4 million/.test(document.querySelector('#doc-text')?.textContent ?? ''));
  assert.equal(await page.textContent('#doc-text'), 'Port Avel approves a new harbour wall.\n\nThe project will cost\n4.4 million euros.\n\nWork begins in the autumn.\n');
  // Both packages came from the page's own origin, their workers too.
  const vendor = [...new Set(requests.filter((url) => url.includes('/vendor/')).map((url) => new URL(url).pathname))].sort();
  assert.deepEqual(vendor, ['/concord/generated/vendor/mammoth.browser.min.js', '/concord/generated/vendor/pdf.min.mjs', '/concord/generated/vendor/pdf.worker.min.mjs']);
  assert.ok(requests.every((url) => url.startsWith(harness.url) || url.startsWith('blob:')), 'no other origin');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('broken Word and PDF files and old .doc files are refused with a reason; the others are kept', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await dropFiles(page, [
    { name: 'fine.docx', bytes: [...docx(['A fine paragraph.'])] },
    { name: 'not-a-word.docx', bytes: [...zip({ 'hello.txt': 'no document.xml in here' })] },
    { name: 'renamed.docx', text: 'plain text named .docx\n' },
    { name: 'cut.pdf', bytes: [...Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog')] },
    { name: 'images-only.pdf', bytes: [...pdf([{ image: true }])] },
    { name: 'old.doc', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0] },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('#refused-list li').length === 5 && document.querySelectorAll('.doc-item').length === 1);
  const refused = Object.fromEntries(await page.$$eval('#refused-list li', (items) => items.map((item) => [item.querySelector('strong').textContent, item.textContent])));
  assert.match(refused['not-a-word.docx'], /could not be read as a Word document/);
  assert.match(refused['renamed.docx'], /is named \.docx but is not a Word document/);
  assert.match(refused['cut.pdf'], /could not be read as a PDF/);
  assert.match(refused['images-only.pdf'], /no text layer on any of its 1 page .*OCR/);
  assert.match(refused['old.doc'], /Word 97–2003 \.doc file.*save it as \.docx/);
  // The status says so once the kept document is saved ("Saving…" until then).
  await page.waitForFunction(() => document.querySelector('#status').textContent !== 'Saving…');
  assert.match(await page.textContent('#status'), /1 document added; 5 files not loaded/);
  assert.deepEqual(page.problems, []);
  await page.close();
});
