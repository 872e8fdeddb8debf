/**
 * Redraws when a composer moves or resizes without any event we hear: a banner pushes the
 * page down, a compose window is expanded, the user drags a textarea's corner. A
 * ResizeObserver catches size changes; a light check every few frames catches moves (one
 * getBoundingClientRect per composer, skipped while the tab is hidden).
 */
import type { CoachedComposer } from './types.ts';

const CHECK_EVERY_MS = 250;

export interface SizeWatch {
  observe(el: Element): void;
  unobserve(el: Element): void;
}

export function watchLayout(composers: () => Iterable<CoachedComposer>, redraw: () => void, signal: AbortSignal): SizeWatch {
  const resize = new ResizeObserver(() => redraw());
  const last = new WeakMap<Element, string>();
  const timer = window.setInterval(() => {
    if (document.hidden) return;
    let moved = false;
    for (const { element } of composers()) {
      const r = element.getBoundingClientRect();
      const key = `${r.left},${r.top},${r.width},${r.height}`;
      if (last.get(element) !== key) moved = true;
      last.set(element, key);
    }
    if (moved) redraw();
  }, CHECK_EVERY_MS);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    resize.disconnect();
  });
  return { observe: (el) => resize.observe(el), unobserve: (el) => resize.unobserve(el) };
}
