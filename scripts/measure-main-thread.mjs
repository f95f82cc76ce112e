#!/usr/bin/env node
// Measures the longest main-thread gaps (long tasks, PerformanceObserver 'longtask') of the
// pair view of two big documents and of its HTML report, in headless Chromium: from the click
// on the Compare two tab to the summary shown, and from the click on "HTML report" to the
// download. Documents are generated prose (paragraphs of 90 words, every tenth one edited).
//   node scripts/measure-main-thread.mjs [--left 30] [--right 50]   (sizes in MB)
import { clearAll, dropFiles, startHarness } from '../tests/browser/harness.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const [leftMb, rightMb] = [arg('--left', 30), arg('--right', 50)];

function prose(mb, seed) {
  let x = seed;
  const paragraphs = [];
  for (let size = 0; size < mb * 1e6;) {
    const words = [];
    for (let i = 0; i < 90; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      words.push(`w${x % 3000}`);
    }
    paragraphs.push(words.join(' '));
    size += paragraphs.at(-1).length + 2;
  }
  return paragraphs;
}

const left = prose(leftMb, 3);
const right = left.slice();
while (right.length * 540 < rightMb * 1e6) right.push(...left.slice(0, 2000));
for (let i = 0; i < right.length; i += 10) right[i] = right[i].replace(/w1/g, 'x1');

const harness = await startHarness();
try {
  const page = await harness.newPage();
  await clearAll(page);
  await page.click('#tab-overview');
  await dropFiles(page, [{ name: 'left.txt', text: left.join('\n\n') }, { name: 'right.txt', text: right.join('\n\n') }]);
  await page.waitForFunction(() => document.querySelectorAll('.doc-item').length === 2, null, { timeout: 120000 });
  // The overview's analysis of the two, in the worker, finished and drawn.
  await page.waitForFunction(() => document.querySelectorAll('#matrix tbody tr').length === 2 && document.querySelector('#progress').hidden, null, { timeout: 600000 });
  await page.waitForTimeout(2000);
  const probe = () => page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  const longest = () => page.evaluate(() => ({ max: Math.round(Math.max(0, ...window.longTasks)), count: window.longTasks.length }));
  await probe();
  await page.click('#tab-pair');
  await page.waitForFunction(() => /unchanged/.test(document.querySelector('#summary').textContent), null, { timeout: 600000 });
  await page.waitForTimeout(500);
  const pair = await longest();
  await probe();
  const download = page.waitForEvent('download', { timeout: 600000 });
  await page.click('#export-report');
  await download;
  await page.waitForTimeout(500);
  const report = await longest();
  console.log(`| ${leftMb} vs ${rightMb} MB | pair view: longest task ${pair.max} ms (${pair.count} over 50 ms) | HTML report: longest task ${report.max} ms (${report.count} over 50 ms) |`);
} finally {
  await harness.close();
}
