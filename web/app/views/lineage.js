// The Overview's lineage card: which document was most likely revised or rewritten from which,
// drawn as a small SVG graph (one column per generation) with a list beside it that keyboard
// and screen-reader users read instead (the graph is hidden from them). An edge, in the graph
// or the list, opens the pair view of its two documents.
import { h, percent } from '../dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const GRAPH_LIMIT = 40; // Documents drawn; a larger lineage is listed only.
const LIST_LIMIT = 200;
const SURE = 0.6; // concord::kSureLineage
const COLUMN = 150;
const ROW = 60;
const RADIUS = 13;
const MARGIN = 64; // room for a name centred on a node of the first column or row

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function day(date) {
  if (!date?.time) return null;
  const iso = new Date(date.time).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** How an edge got its direction, or why it has none, in words. */
export function directionNote(edge) {
  const { direction, fromDate, toDate } = edge.evidence;
  if (direction === 'text dates') return `dated in the texts: ${day(fromDate)} → ${day(toDate)}`;
  if (direction === 'modified') return `by the files' last-modified times: ${day(fromDate)} → ${day(toDate)}`;
  if (direction === 'containment') return 'direction from containment: the later text holds nearly all of the earlier one and adds more';
  return 'which came first is unknown (no dates, no strong asymmetry)';
}

/** What supports an edge, in words. */
export function evidenceNote(edge, names) {
  const ev = edge.evidence;
  const title = ev.titleCopied ? 'same title' : ev.sharedTitle ? 'title rewritten' : null;
  return [
    title,
    `${ev.copied} of ${ev.fromSentences} sentences of ${names[edge.from]} copied, ${ev.rewritten} rewritten`,
    `${percent(ev.fromInTo)} of it found in ${names[edge.to]}, ${percent(ev.toInFrom)} the other way`,
  ].filter(Boolean).join('; ');
}

// Columns by generation: each tree is laid out from a root (a document nothing is directed
// into, the lowest index first), breadth first; rows follow one another down the trees.
function layout(edges, count) {
  const next = Array.from({ length: count }, () => []);
  const into = new Array(count).fill(0);
  for (const e of edges) {
    next[e.from].push(e.to);
    next[e.to].push(e.from);
    if (e.directed) into[e.to]++;
  }
  const inGraph = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort((x, y) => into[x] - into[y] || x - y);
  const place = new Map();
  let row = 0;
  for (const root of inGraph) {
    if (place.has(root)) continue;
    const rowsAt = [];
    const queue = [[root, 0]];
    place.set(root, null);
    const top = row;
    while (queue.length) {
      const [d, depth] = queue.shift();
      rowsAt[depth] = (rowsAt[depth] ?? top - 1) + 1;
      place.set(d, { x: depth, y: rowsAt[depth] });
      for (const other of next[d].sort((x, y) => x - y)) if (!place.has(other)) { place.set(other, null); queue.push([other, depth + 1]); }
    }
    row = Math.max(...rowsAt) + 1;
  }
  return { place, rows: row, columns: Math.max(1, ...[...place.values()].map((p) => p.x + 1)) };
}

const CHAR_WIDTH = 7; // about, at the names' 12 px

// The name's box on `side` of a node at (x, y), about (its text is not laid out yet).
function nameBox(side, x, y, label) {
  const width = label.length * CHAR_WIDTH;
  if (side === 'right') return { left: x + RADIUS + 4, right: x + RADIUS + 4 + width, top: y - 9, bottom: y + 4 };
  const top = side === 'below' ? y + RADIUS + 3 : y - RADIUS - 17;
  return { left: x - width / 2, right: x + width / 2, top, bottom: top + 14 };
}

// How many of `segments` pass through `box` (sampled: the lines are short).
function crossings(box, segments) {
  return segments.filter(([p, q]) => {
    for (let t = 0; t <= 1; t += 0.02) {
      const [x, y] = [p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t];
      if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
    }
    return false;
  }).length;
}

// Where each node's name goes: the first of right, below and above that no line runs through
// (always to the right, a name lay along the line to the next node of a chain), else where the
// fewest do, behind its halo.
function labelSides(edges, at, labels) {
  const segments = edges.map((e) => [at(e.from), at(e.to)]);
  const sides = new Map();
  for (const [d, label] of labels) {
    const { x, y } = at(d);
    const counts = ['right', 'below', 'above'].map((side) => [side, crossings(nameBox(side, x, y, label), segments)]);
    sides.set(d, counts.reduce((best, next) => (next[1] < best[1] ? next : best))[0]);
  }
  return sides;
}

function graph(app, edges, names) {
  const { place, rows, columns } = layout(edges, names.length);
  const at = (d) => ({ x: MARGIN + place.get(d).x * COLUMN, y: 40 + place.get(d).y * ROW });
  const width = MARGIN + (columns - 1) * COLUMN + 150; // a 16-character name right of the last column (12 px digits are ~7.6 px)
  const height = 40 + (rows - 1) * ROW + 40;
  const labels = new Map([...place.keys()].map((d) => [d, names[d].length > 16 ? `${names[d].slice(0, 15)}…` : names[d]]));
  const sides = labelSides(edges, at, labels);
  const open = (e) => () => app.setState({ view: 'pair', a: e.from, b: e.to });
  const lines = edges.map((e) => {
    const [p, q] = [at(e.from), at(e.to)];
    const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const [ux, uy] = [(q.x - p.x) / length, (q.y - p.y) / length];
    const cls = `lineage-edge${e.directed ? ' directed' : ''}${e.confidence < SURE ? ' unsure' : ''}`;
    return svg('g', { class: cls, 'data-from': e.from, 'data-to': e.to, onclick: open(e) },
      svg('title', {}, `${names[e.from]} ${e.directed ? '→' : '—'} ${names[e.to]}: open the comparison`),
      svg('line', { class: 'hit', x1: p.x, y1: p.y, x2: q.x, y2: q.y }),
      svg('line', { x1: p.x + ux * RADIUS, y1: p.y + uy * RADIUS, x2: q.x - ux * (RADIUS + 2), y2: q.y - uy * (RADIUS + 2),
        'marker-end': e.directed ? 'url(#lineage-arrow)' : null }));
  });
  const nodes = [...place.keys()].map((d) => {
    const { x, y } = at(d);
    const label = labels.get(d);
    const side = sides.get(d);
    const name = side === 'right' ? { x: x + RADIUS + 4, y: y + 4 }
      : { x, y: side === 'above' ? y - RADIUS - 6 : y + RADIUS + 14, 'text-anchor': 'middle' };
    return svg('g', { class: 'lineage-node' },
      svg('title', {}, names[d]),
      svg('circle', { cx: x, cy: y, r: RADIUS }),
      svg('text', { x, y: y + 4, 'text-anchor': 'middle' }, String(d + 1)),
      svg('text', { class: 'name', 'data-side': side, ...name }, label));
  });
  const defs = svg('defs', {}, svg('marker', { id: 'lineage-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    svg('path', { d: 'M0,0 L10,5 L0,10 z' })));
  return svg('svg', { class: 'lineage-graph', id: 'lineage-graph', viewBox: `0 0 ${width} ${height}`, width, height, 'aria-hidden': 'true', focusable: 'false' },
    defs, ...lines, ...nodes);
}

// A document as the list names it: its number (the graph's node) and name, one box that goes to
// the next line whole (a wrapped item left a number at a line's end, its name on the next, and
// broke names at their hyphens); a name longer than the line breaks inside it.
const numbered = (d, names) => h('span', { class: 'doc-ref' }, `${d + 1}.\u00a0${names[d]}`);

// An unnumbered list: each item reads its documents' numbers only (an <ol>'s own numbers
// beside them read "1. 1. a.txt — 4. d.txt").
function list(app, edges, names) {
  return h('ul', { class: 'lineage-list', id: 'lineage-list' }, edges.slice(0, LIST_LIMIT).map((e) => {
    const sure = e.confidence >= SURE;
    return h('li', { 'data-from': e.from, 'data-to': e.to },
      h('button', { type: 'button', class: 'link', onclick: () => app.setState({ view: 'pair', a: e.from, b: e.to }),
        title: `Compare ${names[e.from]} and ${names[e.to]}` },
      numbered(e.from, names), ` ${e.directed ? '→' : '—'} `, numbered(e.to, names)),
      ' ', h('span', { class: sure ? 'confidence' : 'confidence unsure' }, sure ? `confidence ${percent(e.confidence)}` : `unsure (${percent(e.confidence)})`),
      h('br'), h('span', { class: 'muted' }, `${directionNote(e)}. ${evidenceNote(e, names)}.`));
  }), edges.length > LIST_LIMIT ? h('li', {}, `and ${edges.length - LIST_LIMIT} more edges (in the JSON export)`) : null);
}

/** The lineage card of the Overview for `analysis` of documents named `names`. */
export function lineageCard(app, analysis, names) {
  const edges = analysis.lineage?.edges ?? [];
  const card = h('section', { class: 'card lineage-card', id: 'lineage', 'aria-labelledby': 'lineage-title' },
    h('h3', { id: 'lineage-title' }, 'Lineage: which text came from which'));
  if (!edges.length) {
    // No dates either: the engine did not trace lineage for a set this large (option lineageUpTo).
    const traced = (analysis.lineage?.dates?.length ?? 0) > 0;
    const note = names.length < 2 ? 'Add more documents to see which came from which.'
      : traced ? 'No document looks revised or rewritten from another.'
        : `Lineage is traced for smaller sets: ${names.length.toLocaleString()} documents are more than it aligns sentence by sentence. Analyse a cluster on its own to see it.`;
    card.append(h('p', {}, note));
    return card;
  }
  const undirected = edges.filter((e) => !e.directed).length;
  card.append(h('p', { class: 'note', id: 'lineage-note' },
    `Each line joins a text to the one it was most likely revised or rewritten from (its nearest version). `,
    undirected
      ? `${undirected} of ${edges.length} ${edges.length === 1 ? 'has' : 'have'} no direction: nothing (a date in the text, a file time, one text holding all of the other) says which came first. `
      : 'Arrows point from the earlier text to the later. ',
    'Dashed lines are unsure. Click a line, or a pair in the list, to compare the two.'));
  const names1 = names;
  card.append(h('div', { class: 'lineage-body' },
    names.length <= GRAPH_LIMIT ? h('div', { class: 'lineage-graph-wrap' }, graph(app, edges, names1)) : h('p', { class: 'note' }, `The graph is drawn up to ${GRAPH_LIMIT} documents; the list has every edge.`),
    list(app, edges, names1)));
  return card;
}
