// The in-row marks at word granularity: the engine marks words and, inside a word that only
// partly changed, characters ("colo[u]r"); at word granularity ("Marks: words") every mark is
// widened to the whole words it touches, and a word of one side in which the other side's
// change falls is marked too, so "colour" reads as replaced by "color". Text goes in as text
// nodes only.

// A letter, digit or joiner inside a word (as in "don't", "e-mail" it is split at the dash).
const WORD_CHAR = /[\p{L}\p{N}\p{M}_'’]/u;

const DIGIT = /\p{N}/u;

// A word character, or a point or comma between digits (4.2 and 1,000 are one word each).
function isWordChar(text, i) {
  if (i < 0 || i >= text.length) return false;
  if (WORD_CHAR.test(text[i])) return true;
  return (text[i] === '.' || text[i] === ',') && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '');
}

/**
 * The marked ranges of `side` ('left' | 'right') within text[start, end), each widened to word
 * boundaries and merged with its neighbours: [[s, e], ...] in order.
 */
export function wordRanges(text, start, end, inline, side) {
  const mine = side === 'left' ? 'removed' : 'added';
  const found = [];
  for (const op of inline) {
    if (op.kind === 'equal') continue;
    let s = Math.max(op[`${side}Start`], start);
    let e = Math.min(op[`${side}End`], end);
    // The other side's change, inside one of this side's words ("colo|r" where "u" was
    // removed): that word changed too, so it is marked whole.
    if (op.kind !== mine && !(s > e) && !(isWordChar(text, s - 1) && isWordChar(text, s))) continue;
    if (op.kind === mine && !(e > s)) continue;
    if (s > e || s < start || e > end) continue;
    while (s > start && isWordChar(text, s - 1) && isWordChar(text, s)) s--;
    while (e < end && isWordChar(text, e) && isWordChar(text, e - 1)) e++;
    if (e > s) found.push([s, e]);
  }
  found.sort((x, y) => x[0] - y[0]);
  const ranges = [];
  for (const [s, e] of found) {
    const last = ranges[ranges.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else ranges.push([s, e]);
  }
  return ranges;
}

/** As inline.js appendMarkedText, with each mark widened to whole words (wordRanges). */
export function appendWordMarkedText(parent, text, start, end, inline, side) {
  let at = start;
  for (const [s, e] of inline?.length ? wordRanges(text, start, end, inline, side) : []) {
    if (s > at) parent.append(document.createTextNode(text.slice(at, s)));
    const mark = document.createElement(side === 'left' ? 'del' : 'ins');
    mark.className = side === 'left' ? 'mark-removed' : 'mark-added';
    mark.textContent = text.slice(s, e);
    parent.append(mark);
    at = e;
  }
  if (at < end) parent.append(document.createTextNode(text.slice(at, end)));
}
