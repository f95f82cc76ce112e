// Renders line-diff rows side by side. Within a change block, removed and added lines share rows
// in order; the rest of the longer side faces an empty cell. Text goes in with textContent only.

function cell(className, text) {
  const div = document.createElement('div');
  div.className = className;
  div.setAttribute('role', 'cell');
  if (text !== undefined) div.textContent = text;
  return div;
}

function rowElement(leftRow, rightRow, a, b) {
  const row = document.createElement('div');
  row.className = 'diff-row';
  row.setAttribute('role', 'row');
  const kind = leftRow?.kind === 'equal' ? 'equal' : null;
  row.dataset.kind = kind ?? (leftRow && rightRow ? 'changed' : leftRow ? 'removed' : 'added');
  if (leftRow) {
    const mark = kind ?? 'removed';
    row.append(cell('num', String(leftRow.leftLine)), cell(`text ${mark}`, a.slice(leftRow.leftStart, leftRow.leftEnd)));
  } else {
    row.append(cell('num empty'), cell('text empty'));
  }
  if (rightRow) {
    const mark = kind ?? 'added';
    row.append(cell('num', String(rightRow.rightLine)), cell(`text ${mark}`, b.slice(rightRow.rightStart, rightRow.rightEnd)));
  } else {
    row.append(cell('num empty'), cell('text empty'));
  }
  return row;
}

/** Fills `container` with one element per visual row. */
export function renderSideBySide(container, rows, a, b) {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < rows.length; ) {
    if (rows[i].kind === 'equal') {
      fragment.append(rowElement(rows[i], rows[i], a, b));
      i++;
      continue;
    }
    const removed = [];
    const added = [];
    for (; i < rows.length && rows[i].kind !== 'equal'; i++) (rows[i].kind === 'removed' ? removed : added).push(rows[i]);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      fragment.append(rowElement(removed[k], added[k], a, b));
    }
  }
  container.replaceChildren(fragment);
}
