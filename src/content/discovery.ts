/**
 * Finds composers as they come and go in single-page apps: a capture `focusin` (the composer
 * the user is in, also inside open shadow roots) and one throttled MutationObserver that
 * sweeps for the site's known composers and drops the ones that left the page.
 */
import { editableRoot, isEditable } from './editable.ts';

const SWEEP_EVERY_MS = 250;

export interface DiscoveryEvents {
  /** The user is in this composer (an editable root or a field). */
  focused(el: Element): void;
  blurred(): void;
  /** Time to look for new composers and drop disconnected ones. */
  sweep(): void;
}

export function watchComposers(events: DiscoveryEvents, signal: AbortSignal): void {
  const doc = document;
  doc.addEventListener(
    'focusin',
    (e) => {
      const composer = composerAt(e.composedPath()[0]);
      if (composer) events.focused(composer);
    },
    { capture: true, signal },
  );
  doc.addEventListener('focusout', () => events.blurred(), { capture: true, signal });
  let timer = 0;
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      events.sweep();
    }, SWEEP_EVERY_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/**
 * Typing in a field that is not a composer (a subject, the recipients): the facts the analysis
 * reads about a composer may have changed.
 */
export function watchOtherFields(changed: () => void, signal: AbortSignal): void {
  const onEdit = (e: Event): void => {
    if (!composerAt(e.composedPath()[0])) changed();
  };
  document.addEventListener('input', onEdit, { capture: true, signal });
  document.addEventListener('change', onEdit, { capture: true, signal });
}

/** The composer an event target belongs to, if it is one we coach. */
export function composerAt(target: EventTarget | undefined | null): Element | null {
  if (!(target instanceof Element)) return null;
  if (!isEditable(target)) return null;
  return target instanceof HTMLElement && target.isContentEditable ? editableRoot(target) : target;
}

/** The composer with the caret now, looking through open shadow roots. */
export function activeComposer(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return composerAt(active);
}
