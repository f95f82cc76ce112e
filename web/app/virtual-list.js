// A scrolling list that renders only the items in view, so 100,000 rows scroll smoothly. Items
// may have different heights (wrapped long lines): heights start as estimates and are replaced
// by measured ones as items are shown; the visible items sit in normal flow inside a window that
// is moved to the first one's offset, so a wrong estimate never makes items overlap.
const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';
/** Items a list renders at most for printing (a longer document is printed from its export). */
export const PRINT_LIMIT = 5000;
const lists = new Set();

/**
 * Renders every item of each shown list in normal flow, as print needs (printing sees only what
 * is in the DOM); endPrint() goes back to rendering the items in view.
 */
export function printAll() {
  for (const list of lists) list.printAll();
}

/** Ends printAll(). */
export function endPrint() {
  for (const list of lists) list.endPrint();
}

export class VirtualList {
  #scroller;
  #spacer;
  #window;
  #count = 0;
  #heights = new Float64Array(0);
  #offsets = new Float64Array(1);
  #estimate;
  #render;
  #first = 0;
  #last = -1;
  #frame = 0;
  #onRender;
  #printing = false;
  overscan = 400;

  /**
   * @param {HTMLElement} scroller an element with a fixed height and overflow: auto
   * @param {{estimate: (i: number) => number, render: (i: number) => HTMLElement, onRender?: () => void, windowRole?: string}} hooks
   */
  constructor(scroller, { estimate, render, onRender, windowRole = 'rowgroup' }) {
    this.#scroller = scroller;
    this.#estimate = estimate;
    this.#render = render;
    this.#onRender = onRender;
    this.#spacer = document.createElement('div');
    this.#spacer.className = 'vlist-spacer';
    this.#spacer.setAttribute('role', 'presentation');
    this.#window = document.createElement('div');
    this.#window.className = 'vlist-window';
    this.#window.setAttribute('role', windowRole);
    this.#spacer.append(this.#window);
    scroller.replaceChildren(this.#spacer);
    lists.add(this);
    scroller.addEventListener('scroll', () => this.schedule());
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => this.schedule()).observe(scroller);
  }

  get count() { return this.#count; }
  get totalHeight() { return this.#offsets[this.#count]; }
  offsetOf(index) { return this.#offsets[Math.max(0, Math.min(index, this.#count))]; }
  get firstVisible() { return this.#first; }

  /** Replaces the items: `count` of them, with fresh height estimates. Keeps the scroll offset. */
  reset(count) {
    this.#count = count;
    this.#heights = new Float64Array(count);
    for (let i = 0; i < count; i++) this.#heights[i] = this.#estimate(i);
    this.#recompute();
    this.#first = 0;
    this.#last = -1;
    this.renderNow();
  }

  /** Re-estimates every height (after a resize or a layout change) and renders. */
  reestimate() {
    for (let i = 0; i < this.#count; i++) this.#heights[i] = this.#estimate(i);
    this.#recompute();
    this.renderNow(true);
  }

  schedule() {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.renderNow();
    });
  }

  /** Scrolls so that item `index` is in view ('center' or 'start'). */
  scrollToIndex(index, align = 'center') {
    const top = this.#offsets[index];
    const height = this.#heights[index] ?? 0;
    const view = this.#scroller.clientHeight;
    this.#scroller.scrollTop = align === 'start' ? top : Math.max(0, top - (view - height) / 2);
    this.renderNow();
  }

  /** The rendered element of item `index`, if it is rendered. */
  elementOf(index) {
    if (index < this.#first || index > this.#last) return null;
    return this.#window.children[index - this.#first] ?? null;
  }

  /** Renders the first PRINT_LIMIT items in normal flow, when the list is shown. */
  printAll() {
    if (this.#printing || !this.#scroller.isConnected || this.#scroller.closest('[hidden]')) return;
    this.#printing = true;
    const last = Math.min(this.#count, PRINT_LIMIT) - 1;
    const fragment = document.createDocumentFragment();
    for (let i = 0; i <= last; i++) fragment.append(this.#render(i));
    if (this.#count > PRINT_LIMIT) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = `Printed: the first ${PRINT_LIMIT.toLocaleString()} of ${this.#count.toLocaleString()} rows. The HTML report or the export has them all.`;
      fragment.append(note);
    }
    this.#first = 0;
    this.#last = last;
    this.#window.replaceChildren(fragment);
    this.#window.style.transform = 'none';
    this.#spacer.style.height = 'auto';
  }

  /** Back to the items in view after printAll(). */
  endPrint() {
    if (!this.#printing) return;
    this.#printing = false;
    this.#recompute();
    this.renderNow(true);
  }

  renderNow(force = false) {
    if (this.#printing) return;
    const top = this.#scroller.scrollTop;
    const bottom = top + this.#scroller.clientHeight;
    const first = this.#find(Math.max(0, top - this.overscan));
    let last = first;
    while (last < this.#count - 1 && this.#offsets[last + 1] < bottom + this.overscan) last++;
    if (this.#count === 0) last = -1;
    if (!force && first === this.#first && last === this.#last) return;
    const focus = this.#focusedItem();
    this.#first = first;
    this.#last = last;
    const fragment = document.createDocumentFragment();
    for (let i = first; i <= last; i++) fragment.append(this.#render(i));
    this.#window.replaceChildren(fragment);
    this.#restoreFocus(focus);
    this.#window.style.transform = `translateY(${this.#offsets[first]}px)`;
    // Measure what was rendered; correct the estimates.
    let changed = false;
    const children = this.#window.children;
    for (let i = first; i <= last; i++) {
      const measured = children[i - first].getBoundingClientRect().height;
      if (measured > 0 && Math.abs(measured - this.#heights[i]) > 0.5) {
        this.#heights[i] = measured;
        changed = true;
      }
    }
    if (changed) {
      this.#recompute();
      this.#window.style.transform = `translateY(${this.#offsets[first]}px)`;
    }
    this.#onRender?.();
  }

  // Re-rendering replaces the items' elements. A keyboard user focused inside one (a moved-block
  // link, say) would be dropped to <body>, so the focus is noted as (item, nth focusable) and put
  // back on the same control of the new element when that item is still rendered.
  #focusedItem() {
    const active = document.activeElement;
    if (!active || !this.#window.contains(active)) return null;
    const child = [...this.#window.children].find((element) => element.contains(active));
    if (!child) return null;
    const focusables = [...child.querySelectorAll(FOCUSABLE)];
    return { index: this.#first + [...this.#window.children].indexOf(child), nth: focusables.indexOf(active) };
  }

  #restoreFocus(focus) {
    if (!focus) return;
    const element = this.elementOf(focus.index);
    const target = focus.nth >= 0 ? element?.querySelectorAll(FOCUSABLE)[focus.nth] : element;
    target?.focus({ preventScroll: true });
  }

  #recompute() {
    const offsets = new Float64Array(this.#count + 1);
    for (let i = 0; i < this.#count; i++) offsets[i + 1] = offsets[i] + this.#heights[i];
    this.#offsets = offsets;
    this.#spacer.style.height = `${offsets[this.#count]}px`;
  }

  /** The last item whose offset is at or above `y`. */
  #find(y) {
    let lo = 0;
    let hi = Math.max(0, this.#count - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#offsets[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
