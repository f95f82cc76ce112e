// Text of one side of a row, with its inline changes marked. Text goes in as text nodes only.

/** Appends to `parent` text[start, end) with the `inline` ops of `side` ('left'/'right') marked. */
export function appendMarkedText(parent, text, start, end, inline, side) {
  if (!inline?.length) {
    parent.append(document.createTextNode(text.slice(start, end)));
    return;
  }
  let at = start;
  const mine = side === 'left' ? 'removed' : 'added';
  const theirs = side === 'left' ? 'added' : 'removed';
  for (const op of inline) {
    if (op.kind === theirs) continue;
    let s = op[`${side}Start`];
    let e = op[`${side}End`];
    if (!(e > s)) continue;
    s = Math.max(s, start);
    e = Math.min(e, end);
    if (e <= s) continue;
    if (s > at) parent.append(document.createTextNode(text.slice(at, s)));
    if (op.kind === mine) {
      const mark = document.createElement(side === 'left' ? 'del' : 'ins');
      mark.className = side === 'left' ? 'mark-removed' : 'mark-added';
      mark.textContent = text.slice(s, e);
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(text.slice(s, e)));
    }
    at = Math.max(at, e);
  }
  if (at < end) parent.append(document.createTextNode(text.slice(at, end)));
}
