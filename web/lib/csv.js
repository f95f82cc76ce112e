// CSV as spreadsheets read it, safely: every CSV the page or the CLI writes goes through here.
// Text cells are quoted, and those a spreadsheet would run as a formula (starting with = + - @,
// tab or carriage return, as OWASP lists) get a leading apostrophe, so a document named
// `=HYPERLINK(...)` stays text.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers as they are, anything else as quoted text, formulas neutralised. */
export function csvCell(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value ?? '');
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** A whole CSV file from rows of cells, CRLF line ends as RFC 4180 has them. */
export function csvText(rows) {
  return rows.map((row) => row.map(csvCell).join(',')).map((line) => `${line}\r\n`).join('');
}
