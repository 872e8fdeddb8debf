/**
 * A composer's text as the coach sees it, whatever the editor: read it, find a span's screen
 * rects, scroll a span into view, and hear about changes. Two kinds: rich (contenteditable,
 * any editor library) and field (textarea / prose input, measured through a mirror).
 */
export interface TextSurface {
  /** Reads the current text (and refreshes the offset mapping). */
  read(): string;
  /** Screen rects of text[start, end), one or more per line it spans. */
  rects(start: number, end: number): DOMRect[];
  reveal(start: number, end: number): void;
  /** Calls `onChange` whenever the text may have changed, until `signal` aborts. */
  observe(onChange: () => void, signal: AbortSignal): void;
}

/**
 * The part of `el` that can be seen: its box, cut by the viewport and by every ancestor that
 * clips its overflow (a scrolled dialog, the editor's own scroller). Null when nothing shows.
 */
export function visibleBox(el: Element, clippers: readonly Element[], box = el.getBoundingClientRect()): DOMRect | null {
  let left = Math.max(box.left, 0);
  let top = Math.max(box.top, 0);
  let right = Math.min(box.right, window.innerWidth);
  let bottom = Math.min(box.bottom, window.innerHeight);
  for (const clipper of clippers) {
    const c = clipper.getBoundingClientRect();
    left = Math.max(left, c.left);
    top = Math.max(top, c.top);
    right = Math.min(right, c.right);
    bottom = Math.min(bottom, c.bottom);
  }
  return right - left >= 1 && bottom - top >= 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/** Ancestors (crossing shadow roots) that clip overflow. Read once per composer. */
export function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let node = parentOf(el); node && node !== document.documentElement && node !== document.body; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') out.push(node);
  }
  return out;
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
