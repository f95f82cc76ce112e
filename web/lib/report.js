// A self-contained HTML report of an aligned comparison: one string, inline CSS, no scripts,
// readable offline. Every piece of user text goes through escapeHtml.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
header{padding:12px 16px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
h1{font-size:18px;margin:0 0 6px}
.stats{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px}
.names{display:grid;grid-template-columns:1fr 1fr;font-weight:600;padding:6px 16px;border-bottom:1px solid #d0d7de}
.row{display:grid;grid-template-columns:3.5em 1fr 3.5em 1fr;border-bottom:1px solid #eef0f2}
.n{color:#6e7781;text-align:right;padding:2px 6px;font-size:12px;user-select:none}
.c{padding:2px 8px;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:13px}
.removed .l,.changed .l{background:#ffebe9}.added .r,.changed .r{background:#e6ffec}
.moved .l,.moved .r{background:#f3eefe}
del{background:#ffcecb;text-decoration:line-through}ins{background:#abf2bc;text-decoration:none}
.tag{font-size:11px;color:#8250df;font-family:system-ui,sans-serif}
details{border-bottom:1px solid #eef0f2}summary{padding:4px 16px;color:#57606a;cursor:pointer;background:#f6f8fa}
a{color:#8250df}
`;

const KIND_LABEL = { equal: 'kept', changed: 'changed', removed: 'removed', added: 'added', moved: 'moved' };

function sideHtml(text, range, inline, side) {
  if (!range) return '';
  if (!inline.length) return escapeHtml(text.slice(range.start, range.end));
  let html = '';
  for (const op of inline) {
    if (side === 'left' && op.kind !== 'added') {
      const piece = escapeHtml(text.slice(op.leftStart, op.leftEnd));
      html += op.kind === 'removed' ? `<del>${piece}</del>` : piece;
    } else if (side === 'right' && op.kind !== 'removed') {
      const piece = escapeHtml(text.slice(op.rightStart, op.rightEnd));
      html += op.kind === 'added' ? `<ins>${piece}</ins>` : piece;
    }
  }
  return html;
}

function rowHtml(a, b, row) {
  let leftTag = '';
  let rightTag = '';
  if (row.kind === 'moved') {
    // Each end links to the other: no script needed.
    const id = row.moveId;
    if (row.left) leftTag = `<span class="tag" id="move-${id}-from">moved → <a href="#move-${id}-to">see new place</a></span> `;
    if (row.right) rightTag = `<span class="tag" id="move-${id}-to">moved ← <a href="#move-${id}-from">see old place</a></span> `;
  }
  const n = (range) => (range ? String(range.index + 1) : '');
  return (
    `<div class="row ${row.kind}" title="${KIND_LABEL[row.kind]}">` +
    `<div class="n">${n(row.left)}</div><div class="c l">${leftTag}${sideHtml(a, row.left, row.inline, 'left')}</div>` +
    `<div class="n">${n(row.right)}</div><div class="c r">${rightTag}${sideHtml(b, row.right, row.inline, 'right')}</div>` +
    `</div>\n`
  );
}

/**
 * The report page for `result` = compare(a, b). Long unchanged stretches fold into <details>.
 * @param {string} a
 * @param {string} b
 * @param {import('../concord').CompareResult} result
 * @param {{leftName?: string, rightName?: string, title?: string, context?: number}} [options]
 * @returns {string}
 */
export function htmlReport(a, b, result, options = {}) {
  const leftName = options.leftName ?? 'Left';
  const rightName = options.rightName ?? 'Right';
  const title = options.title ?? `Comparison of ${leftName} and ${rightName}`;
  const context = options.context ?? 3;
  const s = result.stats;
  const percent = (s.similarity * 100).toFixed(1);
  const stats = [
    `similarity ${percent}%`,
    `${s.kept} kept`,
    `${s.changed} changed`,
    `${s.added} added`,
    `${s.removed} removed`,
    `${s.moved} moved`,
    `${s.wordsInserted} words inserted`,
    `${s.wordsDeleted} words deleted`,
    `aligned by ${result.unit}`,
  ];
  if (!s.minimal) stats.push('texts very different: diff may not be minimal');
  const parts = [
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>\n`,
    `<header><h1>${escapeHtml(title)}</h1><div class="stats">`,
    stats.map((item) => `<span>${escapeHtml(item)}</span>`).join(''),
    '</div></header>\n',
    `<div class="names"><div>${escapeHtml(leftName)}</div><div>${escapeHtml(rightName)}</div></div>\n<main>\n`,
  ];
  const rows = result.rows;
  for (let r = 0; r < rows.length; ) {
    if (rows[r].kind !== 'equal') {
      parts.push(rowHtml(a, b, rows[r++]));
      continue;
    }
    let end = r;
    while (end < rows.length && rows[end].kind === 'equal') end++;
    const head = r === 0 ? 0 : context;
    const tail = end === rows.length ? 0 : context;
    if (end - r > head + tail + 2) {
      for (let k = r; k < r + head; k++) parts.push(rowHtml(a, b, rows[k]));
      parts.push(`<details><summary>${end - r - head - tail} unchanged rows</summary>\n`);
      for (let k = r + head; k < end - tail; k++) parts.push(rowHtml(a, b, rows[k]));
      parts.push('</details>\n');
      for (let k = end - tail; k < end; k++) parts.push(rowHtml(a, b, rows[k]));
    } else {
      for (let k = r; k < end; k++) parts.push(rowHtml(a, b, rows[k]));
    }
    r = end;
  }
  parts.push('</main></body></html>\n');
  return parts.join('');
}
