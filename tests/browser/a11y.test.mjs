// Built for people: axe-core finds no serious or critical violation in any view, in the light
// and the dark theme; every view is reachable by keyboard; focus is visible; help explains.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

async function axeViolations(page) {
  // The page's CSP would refuse an injected script: axe is evaluated through the devtools protocol.
  const { readFile } = await import('node:fs/promises');
  await page.evaluate(await readFile(AXE, 'utf8'));
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark']) {
  test(`axe-core: no serious or critical violations in any view (${scheme})`, async () => {
    const context = await harness.browser.newContext({ colorScheme: scheme });
    const page = await harness.newPage('', { context });
    const found = {};
    for (const view of ['overview', 'pair', 'duplicates', 'document']) {
      await page.click(`#tab-${view}`);
      await page.waitForFunction((v) => document.querySelector(`#view-${v}`)?.hidden === false && document.querySelector('#progress').hidden, view);
      await page.waitForTimeout(300);
      const violations = await axeViolations(page);
      if (violations.length) found[view] = violations;
    }
    await page.click('#help-button');
    await page.waitForSelector('#help dl'); // the panel's text loads on its first opening
    const help = await axeViolations(page);
    if (help.length) found.help = help;
    assert.deepEqual(found, {});
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('keyboard: views by tab arrows and digits, changes by N/P, help by ?', async () => {
  const page = await harness.newPage();
  await page.focus('#tab-overview');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash.includes('v=pair'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-pair');
  // A visible focus indicator: the focused tab has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.waitForSelector('#diff-view .diff-row');
  await page.focus('#diff-view');
  await page.keyboard.press('n');
  await page.waitForSelector('#diff-view .diff-row.current');
  assert.match(await page.textContent('#status'), /^Change 1 of \d+\./);
  await page.keyboard.press('n');
  assert.match(await page.textContent('#status'), /^Change 2 of/);
  await page.keyboard.press('p');
  assert.match(await page.textContent('#status'), /^Change 1 of/);
  await page.keyboard.press('3');
  await page.waitForFunction(() => location.hash.includes('v=duplicates'));
  await page.keyboard.press('?');
  assert.equal(await page.isVisible('#help'), true);
  await page.waitForSelector('#help dl'); // the panel's text loads on its first opening
  const help = await page.textContent('#help');
  for (const score of ['Rewrite score', 'Word diff ratio', 'Resemblance', 'Containment', 'Coverage', 'Similarity', 'minor changes', 'rewritten', 'Lineage', 'possibly rewritten (unsure']) {
    assert.ok(help.includes(score), `help explains ${score}`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#help'), false);
  assert.deepEqual(page.problems, []);
  await page.close();
});
