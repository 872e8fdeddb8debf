/**
 * Redraws when a composer moves or resizes without any event we hear: a banner pushes the
 * page down, a compose window is expanded, the user drags a textarea's corner. A
 * ResizeObserver catches size changes; a light check every few frames catches moves and a
 * zoomed box (one getBoundingClientRect per composer, skipped while the tab is hidden). A move
 * carries the text with it; a new size may reflow it (rect-cache.ts measures it all again).
 */
import type { CoachedComposer } from './types.ts';

const CHECK_EVERY_MS = 250;

export interface SizeWatch {
  observe(el: Element): void;
  unobserve(el: Element): void;
}

/** `moved`: a composer's box moved (its text with it); `resized`: its size changed (its text may reflow). */
export function watchLayout(composers: () => Iterable<CoachedComposer>, on: { moved: () => void; resized: () => void }, signal: AbortSignal): SizeWatch {
  const resize = new ResizeObserver(() => on.resized());
  const last = new WeakMap<Element, { at: string; size: string }>();
  const timer = window.setInterval(() => {
    if (document.hidden) return;
    let moved = false;
    let resized = false;
    for (const { element } of composers()) {
      const r = element.getBoundingClientRect();
      const now = { at: `${r.left},${r.top}`, size: `${r.width},${r.height}` };
      const was = last.get(element);
      if (was?.size !== now.size) resized = true; // a zoom scales the box without a ResizeObserver call
      else if (was.at !== now.at) moved = true;
      last.set(element, now);
    }
    if (resized) on.resized();
    else if (moved) on.moved();
  }, CHECK_EVERY_MS);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    resize.disconnect();
  });
  return { observe: (el) => resize.observe(el), unobserve: (el) => resize.unobserve(el) };
}
