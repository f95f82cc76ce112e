// A self-contained HTML report of an aligned comparison: one string, inline CSS, no scripts,
// readable offline. Every piece of user text goes through escapeHtml.
import { ConcordError } from './errors.js';
import { resolveOptions } from './options.js';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// The page's colours (web/styles.css: --removed-bg, --added-bg, --moved-bg, the marks) and
// words ("unchanged"), so that a report reads as the pair view it came from.
const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
header{padding:12px 16px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
h1{font-size:18px;margin:0 0 6px}
.stats{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px}
.names{display:grid;grid-template-columns:1fr 1fr;font-weight:600;padding:6px 16px;border-bottom:1px solid #d0d7de}
.row{display:grid;grid-template-columns:3.5em 1fr 3.5em 1fr;border-bottom:1px solid #eef0f2}
.n{color:#6e7781;text-align:right;padding:2px 6px;font-size:12px;user-select:none}
.c{padding:2px 8px;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:13px}
.removed .l,.changed .l{background:#ffe3c2}.added .r,.changed .r{background:#d4e6ff}
.moved .l,.moved .r{background:#e9e1ff}
del{background:#f8b878;text-decoration:line-through}ins{background:#8fbcff;text-decoration:underline 2px}
.tag{font-size:11px;color:#6a4fc0;font-family:system-ui,sans-serif}
details{border-bottom:1px solid #eef0f2}summary{padding:4px 16px;color:#57606a;cursor:pointer;background:#f6f8fa}
a{color:#8250df}
`;

const KIND_LABEL = { equal: 'unchanged', changed: 'changed', removed: 'removed', added: 'added', moved: 'moved' };
const INLINE = new Set(['equal', 'removed', 'added']);

/** Unchanged rows kept around each change when the rest of an unchanged stretch folds. */
export const FOLD_CONTEXT = 3;
/** An unchanged stretch folds only when at least this many rows would hide (report and page). */
export const MIN_FOLD = 4;

/** Rows [from, to) of an unchanged stretch that fold away, or null when it stays open. */
export function foldOf(start, end, rowCount, context = FOLD_CONTEXT) {
  const head = start === 0 ? 0 : context;
  const tail = end === rowCount ? 0 : context;
  return end - start - head - tail >= MIN_FOLD ? { from: start + head, to: end - tail } : null;
}

/** Options of htmlReport(); they live only in JavaScript. */
const REPORT_OPTIONS = Object.freeze({
  leftName: { type: 'text', default: 'Left' },
  rightName: { type: 'text', default: 'Right' },
  title: { type: 'text', default: undefined },
  context: { type: 'count', min: 0, max: 2 ** 31 - 1, default: FOLD_CONTEXT },
});

// A forged or damaged result must not write markup: numbers are coerced and checked, names
// looked up in fixed tables, text always escaped.
function count(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function slice(text, start, end) {
  return escapeHtml(text.slice(count(start), count(end)));
}

function sideHtml(text, row, side) {
  const unit = row[`${side}Unit`];
  if (unit === null || unit === undefined) return '';
  const inline = Array.isArray(row.inline) ? row.inline : [];
  if (!inline.length) return slice(text, row[`${side}Start`], row[`${side}End`]);
  let html = '';
  for (const op of inline) {
    if (!op || typeof op !== 'object') continue;
    const kind = INLINE.has(op.kind) ? op.kind : 'equal';
    if (side === 'left' && kind !== 'added') {
      const piece = slice(text, op.leftStart, op.leftEnd);
      html += kind === 'removed' ? `<del>${piece}</del>` : piece;
    } else if (side === 'right' && kind !== 'removed') {
      const piece = slice(text, op.rightStart, op.rightEnd);
      html += kind === 'added' ? `<ins>${piece}</ins>` : piece;
    }
  }
  return html;
}

function rowHtml(a, b, row) {
  const kind = Object.hasOwn(KIND_LABEL, row?.kind) ? row.kind : 'equal';
  const has = (side) => row[`${side}Unit`] !== null && row[`${side}Unit`] !== undefined;
  let leftTag = '';
  let rightTag = '';
  if (kind === 'moved') {
    // Each end links to the other: no script needed.
    const id = Math.trunc(count(row.moveId));
    if (has('left')) leftTag = `<span class="tag" id="move-${id}-from">moved → <a href="#move-${id}-to">see new place</a></span> `;
    if (has('right')) rightTag = `<span class="tag" id="move-${id}-to">moved ← <a href="#move-${id}-from">see old place</a></span> `;
  }
  const n = (side) => (has(side) ? String(Math.trunc(count(row[`${side}Unit`])) + 1) : '');
  return (
    `<div class="row ${kind}" title="${KIND_LABEL[kind]}">` +
    `<div class="n">${n('left')}</div><div class="c l">${leftTag}${sideHtml(a, row, 'left')}</div>` +
    `<div class="n">${n('right')}</div><div class="c r">${rightTag}${sideHtml(b, row, 'right')}</div>` +
    `</div>\n`
  );
}

function statsHtml(result) {
  const s = result.stats ?? {};
  const stats = [
    `similarity ${(count(s.similarity) * 100).toFixed(1)}%`,
    `${count(s.kept)} unchanged`,
    `${count(s.changed)} changed`,
    `${count(s.added)} added`,
    `${count(s.removed)} removed`,
    `${count(s.moved)} moved`,
    `${count(s.wordsInserted)} words inserted`,
    `${count(s.wordsDeleted)} words deleted`,
    `aligned by ${result.unit}`,
  ];
  if (s.minimal === false) stats.push('texts very different: diff may not be minimal');
  return stats.map((item) => `<span>${escapeHtml(item)}</span>`).join('');
}

/**
 * The report page for `result` = compare(a, b). Long unchanged stretches fold into <details>.
 * @param {string} a
 * @param {string} b
 * @param {import('../concord').CompareResult} result
 * @param {import('../concord').HtmlReportOptions} [options]
 * @returns {string}
 */
export function htmlReport(a, b, result, options) {
  const o = resolveOptions(REPORT_OPTIONS, options);
  if (!result || typeof result !== 'object' || !Array.isArray(result.rows)) {
    throw new ConcordError('result must be what compare() returned');
  }
  const title = o.title ?? `Comparison of ${o.leftName} and ${o.rightName}`;
  const parts = [
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>\n`,
    `<header><h1>${escapeHtml(title)}</h1><div class="stats">`,
    statsHtml(result),
    '</div></header>\n',
    `<div class="names"><div>${escapeHtml(o.leftName)}</div><div>${escapeHtml(o.rightName)}</div></div>\n<main>\n`,
  ];
  const rows = result.rows;
  for (let r = 0; r < rows.length; ) {
    if (rows[r]?.kind !== 'equal') {
      parts.push(rowHtml(a, b, rows[r++] ?? {}));
      continue;
    }
    let end = r;
    while (end < rows.length && rows[end]?.kind === 'equal') end++;
    const fold = foldOf(r, end, rows.length, o.context);
    for (let k = r; k < end; k++) {
      if (fold && k === fold.from) parts.push(`<details><summary>${fold.to - fold.from} unchanged rows</summary>\n`);
      parts.push(rowHtml(a, b, rows[k]));
      if (fold && k === fold.to - 1) parts.push('</details>\n');
    }
    r = end;
  }
  parts.push('</main></body></html>\n');
  return parts.join('');
}
