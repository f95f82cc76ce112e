// Small DOM helpers. Every text goes in with textContent or attributes: never as markup.

/**
 * Creates an element: h('button', {class: 'x', onclick: fn, 'aria-label': 'y'}, 'text', child).
 * Attribute values are set with setAttribute; `on*` functions become listeners; null skips.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'hidden') element.hidden = Boolean(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else if (child instanceof Node) element.append(child);
    else element.append(document.createTextNode(String(child)));
  }
}

/** Offers `content` (string or Blob) as a download named `name`. */
export function download(name, content, type = 'text/plain;charset=utf-8') {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

/** "1,234 words", the engine's count (the page counts none itself); "… words" until it is known. */
export function wordsLabel(words) {
  return words == null ? '… words' : `${words.toLocaleString()} words`;
}

/** "12.3 KB" style sizes. */
export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A percentage with no decimals, "—" for missing numbers. */
export function percent(value) {
  return Number.isFinite(value) ? `${Math.round(value * 100)}%` : '—';
}

/** A safe file name stem from a document name. */
export function fileStem(name) {
  return (name.replace(/\.[^.]{1,8}$/, '').replace(/[^\w.-]+/g, '_') || 'document').slice(0, 80);
}
