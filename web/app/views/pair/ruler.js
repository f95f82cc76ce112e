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

/** Redraws the ruler for the display items of `view`. */
export function drawRuler(view, parts) {
  const { scroller, ruler } = parts;
  const { list, items, model } = view;
  const height = scroller.clientHeight || 400;
  const ratio = window.devicePixelRatio || 1;
  ruler.height = Math.round(height * ratio);
  ruler.width = Math.round(14 * ratio);
  const ctx = ruler.getContext('2d');
  ctx.clearRect(0, 0, ruler.width, ruler.height);
  if (!model || !items.length) return;
  const total = list.totalHeight || 1;
  const colors = {
    removed: cssVar('--removed-strong'), added: cssVar('--added-strong'),
    changed: cssVar('--changed-strong'), moved: cssVar('--moved-strong'),
  };
  const w = ruler.width;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.type !== 'row') continue;
    const kind = model.rows[item.row].kind;
    if (kind === 'equal') continue;
    const y = (list.offsetOf(i) / total) * ruler.height;
    ctx.fillStyle = colors[kind];
    // Removed marks the left half, added the right: told apart by place as well as colour.
    const x = kind === 'removed' ? 0 : kind === 'added' ? w / 2 : 0;
    const width = kind === 'removed' || kind === 'added' ? w / 2 : w;
    ctx.fillRect(x, y, width, Math.max(2 * ratio, ((list.offsetOf(i + 1) - list.offsetOf(i)) / total) * ruler.height));
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
