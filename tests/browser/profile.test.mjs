// The page counts no words itself: the sidebar, the One document view and the Overview's
// documents table show the engine's count, the one the API's profile() gives.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { clearAll, dropFiles, startHarness, wordsCounted } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const number = (text) => Number(/([\d,]+) words/.exec(text)?.[1].replace(/,/g, ''));

test('every view shows the word count profile() gives, for CJK, "isn\'t", "10,000", a blank line and CRLF', async () => {
  const text = await readFile(new URL('../fixtures/profile/lines_crlf.txt', import.meta.url), 'utf8');
  for (const needle of ['\r\n', "isn't", '10,000', '日本語']) assert.ok(text.includes(needle), needle);
  assert.match(text, /\r\n[ \t]+\r\n/);
  const page = await harness.newPage();
  await clearAll(page);
  await dropFiles(page, [
    { name: 'mixed.txt', bytes: [...Buffer.from(text)] },
    { name: 'other.txt', text: 'Another document, about something else entirely.\n' },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2);
  await wordsCounted(page);
  const api = await page.evaluate(async (t) => {
    const { createConcord } = await import(new URL('concord.js', location.href));
    return (await createConcord()).profile(t).words;
  }, text);
  // Runs of non-space characters, as the page counted before, give another number.
  assert.notEqual(api, text.split(/\s+/).filter(Boolean).length);
  const sidebar = number(await page.textContent('.doc-item:nth-child(1) .doc-meta'));

  await page.click('.doc-item:nth-child(1) .doc-name');
  await page.waitForSelector('#view-document:not([hidden]) #doc-facts');
  const documentView = number(await page.textContent('#doc-facts'));

  await page.click('#tab-overview');
  await page.waitForSelector('#view-overview:not([hidden]) #documents-table');
  const overview = Number((await page.textContent('#documents-table tbody tr:nth-child(1) td:nth-child(2)')).replace(/,/g, ''));

  assert.deepEqual({ sidebar, documentView, overview }, { sidebar: api, documentView: api, overview: api });
  assert.deepEqual(page.problems, []);
  await page.close();
});

// The engine's count as saved in IndexedDB (store.js: meta records), polled until written (for
// up to a minute: a loaded machine can take seconds).
function savedWords(page) {
  return page.evaluate(async () => {
    for (let tries = 0; tries < 1200; tries++) {
      const words = await new Promise((resolve, reject) => {
        const request = indexedDB.open('concord');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('meta').objectStore('meta').getAll();
          get.onsuccess = () => { db.close(); resolve(get.result[0]?.engineWords ?? null); };
        };
      });
      if (words != null) return words;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  });
}

test('the engine\'s word count is saved with the document and shown again after a reload', async () => {
  const page = await harness.newPage();
  await clearAll(page);
  await dropFiles(page, [{ name: 'kept.txt', text: 'Kept: 東京 isn\'t 10,000 miles away.\r\n \r\nSecond line.\r\n' }]);
  // The item may not be listed yet when the drop returns (wordsCounted holds for an empty list).
  await page.waitForFunction(() => /[\d,]+ words/.test(document.querySelector('.doc-item .doc-meta')?.textContent ?? ''));
  await wordsCounted(page);
  const shown = number(await page.textContent('.doc-item .doc-meta'));
  assert.equal(await savedWords(page), shown);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(number(await page.textContent('.doc-item .doc-meta')), shown);
  await page.close();
});
