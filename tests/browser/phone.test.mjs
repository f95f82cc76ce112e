// Every view is usable at phone width (390 px): the page never scrolls sideways, text columns
// stay wide enough to read (no word broken letter by letter), tables scroll inside themselves,
// and axe-core finds no serious violation there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const WIDTH = 390;
// Elements holding text a user reads, with the width each must keep: text columns a sentence,
// table cells a word of about eight letters (their tables scroll sideways inside themselves).
const READ = [
  ['.diff-row .text, .uline .text, .rw-cell, .doc-text, .summary, .pair-docs select', 150],
  ['.facts td, .facts th, .matrix .row-head', 64],
];

/** What is wrong with the view shown at phone width: sideways scrolling, squeezed text. */
function phoneProblems(groups) {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide`);
  for (const [selector, min] of groups) for (const element of document.querySelectorAll(selector)) {
    if (!element.getClientRects().length || element.closest('[hidden]')) continue;
    const { width, right } = element.getBoundingClientRect();
    const scroller = element.closest('.facts, .matrix-wrap, .diff-view');
    if (width < min && element.textContent.trim().length > 12) problems.push(`${element.className || element.tagName} is ${Math.round(width)} px wide: “${element.textContent.trim().slice(0, 30)}”`);
    if (!scroller && right > root.clientWidth + 1) problems.push(`${element.className || element.tagName} sticks out to ${Math.round(right)} px`);
  }
  return [...new Set(problems)].slice(0, 8);
}

for (const scheme of ['light', 'dark']) {
  test(`every view at ${WIDTH} px (${scheme}): no sideways scrolling, readable columns, no serious axe violation`, async () => {
    const context = await harness.browser.newContext({ viewport: { width: WIDTH, height: 844 }, colorScheme: scheme, hasTouch: true });
    const page = await harness.newPage('', { context });
    const found = {};
    for (const [view, ready, then] of [
      ['overview', '#documents-table'], ['pair', '#diff-view .diff-row'], ['duplicates', '.group'],
      ['document', '#doc-text .doc-line'], ['pair', '#diff-view .diff-row.rw-pair', '#rows-rewrite'],
    ]) {
      await page.click(`#tab-${view}`);
      if (then) await page.click(then); // the pair view's rewrite rows
      await page.waitForSelector(`#view-${view}:not([hidden]) ${ready}`);
      await page.waitForFunction(() => document.querySelector('#progress').hidden);
      const problems = await page.evaluate(phoneProblems, READ);
      const violations = await axeViolations(page);
      if (problems.length || violations.length) found[then ? `${view} ${then}` : view] = [...problems, ...violations];
    }
    assert.deepEqual(found, {});
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}
