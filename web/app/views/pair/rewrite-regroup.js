// A pass over align()'s rows before they are packed for the pair view (runs where the engine
// runs). align()'s rows keep both texts in reading order, so a paragraph a rewrite moved, or one
// of several a paragraph was split into beyond the rows' span, sits in a row of its own facing
// nothing. Here each such lone paragraph joins the row of the paragraph it is most surely
// linked to (align()'s paragraph links), shown there out of its text's order and marked moved;
// two lone paragraphs linked to each other face each other at the place of a's. The words the
// joined paragraphs share come from align() on the two paragraphs alone (`alignPair`).

// Paragraphs alone in a row (no counterpart, not a repeat) on `side`: paragraph → row index.
function loneParagraphs(rows, side, other) {
  const lone = new Map();
  rows.forEach((row, r) => {
    if (row[side].length === 1 && !row[other].length && row.repeatOf == null) lone.set(row[side][0], r);
  });
  return lone;
}

// Row index of every paragraph of `side`.
function rowOfParagraph(rows, side) {
  const rowOf = new Map();
  rows.forEach((row, r) => { for (const p of row[side]) rowOf.set(p, r); });
  return rowOf;
}

function shared(alignPair, a, b, pa, pb) {
  const pair = alignPair(a.slice(pa.start, pa.end), b.slice(pb.start, pb.end));
  const row = pair.rows.find((r) => r.a.length && r.b.length);
  const shift = (tokens, by) => (tokens ?? []).map((t) => ({ ...t, start: t.start + by, end: t.end + by }));
  return { similarity: row?.similarity ?? 0, aShared: shift(row?.aShared, pa.start), bShared: shift(row?.bShared, pb.start) };
}

// Strongest link first; ties in reading order, so the result does not depend on sort stability.
const byConfidence = (x, y) => y.confidence - x.confidence || x.a - y.a || x.b - y.b;

/**
 * align()'s result with every lone linked paragraph facing its counterpart: rows' `a` and `b`
 * may then list paragraphs out of order, and `moved` {a: Set, b: Set} says which were moved.
 * `alignPair(aText, bText)` is align() on two paragraphs.
 */
export function faceMovedParagraphs(alignment, a, b, alignPair) {
  const { paragraphLinks, aParagraphs, bParagraphs } = alignment;
  const rows = alignment.rows.map((row) => ({ ...row, a: [...row.a], b: [...row.b] }));
  const moved = { a: new Set(), b: new Set() };
  const emptied = new Set();
  const links = [...paragraphLinks].sort(byConfidence);
  // Two lone paragraphs linked to each other: b's joins a's row.
  const loneA = loneParagraphs(rows, 'a', 'b');
  const loneB = loneParagraphs(rows, 'b', 'a');
  for (const link of links) {
    if (!loneA.has(link.a) || !loneB.has(link.b)) continue;
    const row = rows[loneA.get(link.a)];
    Object.assign(row, { b: [link.b] }, shared(alignPair, a, b, aParagraphs[link.a], bParagraphs[link.b]));
    emptied.add(loneB.get(link.b));
    moved.b.add(link.b);
    loneA.delete(link.a);
    loneB.delete(link.b);
  }
  // Any other lone paragraph joins the row of its strongest link's other end.
  for (const [side, other, lone] of [['b', 'a', loneB], ['a', 'b', loneA]]) {
    const rowOf = rowOfParagraph(rows, other);
    for (const link of links) {
      const p = link[side];
      const target = rowOf.get(link[other]);
      if (!lone.has(p) || target === undefined || emptied.has(target) || rows[target].repeatOf != null) continue;
      const row = rows[target];
      row[side] = [...row[side], p].sort((x, y) => x - y);
      const [pa, pb] = side === 'a' ? [p, link.b] : [link.a, p];
      const extra = shared(alignPair, a, b, aParagraphs[pa], bParagraphs[pb]);
      row.aShared = [...row.aShared, ...extra.aShared];
      row.bShared = [...row.bShared, ...extra.bShared];
      emptied.add(lone.get(p));
      moved[side].add(p);
      lone.delete(p);
      // A lone paragraph of the other side in that row now faces this one: it stays there.
      const otherLone = other === 'a' ? loneA : loneB;
      if (row[other].length === 1 && otherLone.get(row[other][0]) === target) otherLone.delete(row[other][0]);
    }
  }
  return { ...alignment, rows: rows.filter((_, r) => !emptied.has(r)), moved };
}
