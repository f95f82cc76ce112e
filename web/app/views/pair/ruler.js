// The overview ruler beside the pair view's scrollbar: a mark per changed row (removed on the
// left half, added on the right, changed and moved across), the part in view, click to go there.

function cssVar(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

/** Draws the part of the rows in view on the ruler. */
export function drawViewport(view, { scroller, rulerView }) {
  const total = view.list.totalHeight || 1;
  const height = scroller.clientHeight || 1;
  rulerView.style.top = `${(scroller.scrollTop / total) * 100}%`;
  rulerView.style.height = `${Math.min(100, (height / total) * 100)}%`;
}

// Which kinds of change fall on each pixel row of a ruler `height` pixels high: one byte per row,
// a bit per kind, so that 100,000 changed rows cost one pass and a few hundred rectangles.
const BITS = { removed: 1, added: 2, changed: 4, moved: 8 };
function changesPerPixel(view, height, minHeight) {
  const { list, items, model } = view;
  const total = list.totalHeight || 1;
  const pixels = new Uint8Array(height);
  // Literal rows: DisplayItems read by row kind; rewrite rows: an array of items with their kind.
  const rewrite = view.mode === 'rewrite';
  for (let i = 0; i < items.length; i++) {
    if (!rewrite && items.isFold(i)) continue;
    const bit = BITS[rewrite ? items[i].rulerKind : model.rows.kindAt(items.from[i])];
    if (!bit) continue;
    const top = Math.floor((list.offsetOf(i) / total) * height);
    const bottom = Math.max(top + minHeight, Math.ceil((list.offsetOf(i + 1) / total) * height));
    for (let y = top; y < Math.min(bottom, height); y++) pixels[y] |= bit;
  }
  return pixels;
}

/** Redraws the ruler for the display items of `view`. */
export function drawRuler(view, parts) {
  const { scroller, ruler } = parts;
  const height = scroller.clientHeight || 400;
  const ratio = window.devicePixelRatio || 1;
  ruler.height = Math.round(height * ratio);
  ruler.width = Math.round(14 * ratio);
  const ctx = ruler.getContext('2d');
  ctx.clearRect(0, 0, ruler.width, ruler.height);
  if (!view.model || !view.items.length) return;
  const w = ruler.width;
  // Removed marks the left half, added the right: told apart by place as well as colour.
  const marks = [
    ['changed', cssVar('--changed-strong'), 0, w], ['moved', cssVar('--moved-strong'), 0, w],
    ['removed', cssVar('--removed-strong'), 0, w / 2], ['added', cssVar('--added-strong'), w / 2, w / 2],
  ];
  const pixels = changesPerPixel(view, ruler.height, Math.round(2 * ratio));
  for (const [kind, color, x, width] of marks) {
    ctx.fillStyle = color;
    for (let y = 0; y < pixels.length; y++) {
      if (!(pixels[y] & BITS[kind])) continue;
      const start = y;
      while (y + 1 < pixels.length && pixels[y + 1] & BITS[kind]) y++;
      ctx.fillRect(x, start, width, y + 1 - start);
    }
  }
  drawViewport(view, parts);
}

/** Clicking the ruler scrolls to that place. */
export function bindRuler(view, { ruler, scroller }) {
  ruler.addEventListener('click', (event) => {
    const rect = ruler.getBoundingClientRect();
    const fraction = (event.clientY - rect.top) / rect.height;
    scroller.scrollTop = fraction * view.list.totalHeight - scroller.clientHeight / 2;
  });
}
