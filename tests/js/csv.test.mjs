// web/lib/csv.js: the one CSV writer of the page and CLI quotes every text cell and keeps
// spreadsheets from running a cell as a formula (OWASP's CSV injection advice).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, csvText } from '../../web/lib/csv.js';

test('cells a spreadsheet would run as formulas get a leading apostrophe', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    assert.equal(csvCell(`${start}HYPERLINK("http://x.example","y")`), `"'${start}HYPERLINK(""http://x.example"",""y"")"`);
  }
  assert.equal(csvCell('=1+1'), `"'=1+1"`);
});

test('other text is quoted with its quotes doubled, and numbers are left as numbers', () => {
  assert.equal(csvCell('plain.txt'), '"plain.txt"');
  assert.equal(csvCell('a "b", c\nd'), '"a ""b"", c\nd"');
  assert.equal(csvCell('1=1'), '"1=1"');
  assert.equal(csvCell(''), '""');
  assert.equal(csvCell(0.25), '0.25');
  assert.equal(csvCell(-1), '-1');
  assert.equal(csvCell(Number.NaN), '');
});

test('a file is rows of cells with CRLF line ends', () => {
  assert.equal(csvText([['', '=x'], ['=x', 1]]), `"","'=x"\r\n"'=x",1\r\n`);
});
