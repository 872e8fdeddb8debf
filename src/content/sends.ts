/**
 * Notices that the user sent a composer's draft, site-blind. A send is a click (or Enter /
 * Space) on the site's send button that belongs to this composer, Ctrl/⌘+Enter in it, or Enter
 * alone where the site sends on Enter, CONFIRMED by the composer closing or emptying soon after. Without that confirmation
 * (the site refused: no recipient, a disabled button) nothing is recorded, and a draft
 * closed with Discard never had a send click. Research: composers.md §2 "Send counting".
 *
 * What to remember is captured at the moment of the send click (the site clears the composer
 * right after): the caller turns the text into a fingerprint there and then, so no text is
 * held while the send awaits confirmation.
 */
import { byUser } from './user-input.ts';

/** Gmail closes the compose window within a second; a slow network may take a few more. */
export const CONFIRM_WITHIN_MS = 8_000;
/**
 * Enter-to-send clears the box at once. A box the user empties by hand a few seconds after a
 * new line must not look like a send, so Enter gets a much shorter window.
 */
export const ENTER_CONFIRM_WITHIN_MS = 1_500;

export interface SendWatch<S> {
  /** The composer's editable root: its removal or emptying confirms a send. */
  root: Element;
  /** The site's send buttons (the adapter's sendSelector). */
  sendSelector: string;
  /** Enter alone may send from this composer (the adapter's enterSends). */
  enterSends?: boolean;
  /** What to remember of the draft, taken when Send is pressed; null when there is nothing to send. */
  capture(): S | null;
  /** Is the composer empty now (the site cleared it after sending)? */
  isEmpty(): boolean;
  /** A confirmed send, with what was captured when the user pressed Send. */
  onSend(captured: S): void;
  /** Stops watching. */
  signal: AbortSignal;
}

export function watchSends<S>(watch: SendWatch<S>): void {
  const { root, sendSelector, signal } = watch;
  let pending: (() => void) | null = null;

  const begin = (within = CONFIRM_WITHIN_MS): void => {
    if (pending) return; // one press, one send (a button may get keydown and click)
    const captured = attempt(() => watch.capture(), null);
    if (captured === null) return;
    pending = awaitClose(watch, within, (confirmed) => {
      pending = null;
      if (confirmed) watch.onSend(captured);
    });
  };

  const onClick = (event: Event): void => {
    if (!byUser(event)) return; // a page's own button.click() is not the user sending
    const button = sendButtonIn(event, sendSelector);
    if (button && isUsable(button) && ownsButton(root, button, sendSelector)) begin();
  };
  const onKey = (event: Event): void => {
    if (!byUser(event) || !(event instanceof KeyboardEvent) || event.key !== 'Enter' && event.key !== ' ') return;
    const path = event.composedPath();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && path.includes(root)) return begin();
    if (event.key === 'Enter' && watch.enterSends && !event.shiftKey && !event.altKey && !event.isComposing && path.includes(root)) {
      return begin(ENTER_CONFIRM_WITHIN_MS);
    }
    const button = sendButtonIn(event, sendSelector);
    // A native <button> turns Enter/Space into a click of its own: counted there.
    if (button && !(button instanceof HTMLButtonElement) && isUsable(button) && ownsButton(root, button, sendSelector)) begin();
  };
  document.addEventListener('click', onClick, { capture: true, signal });
  document.addEventListener('keydown', onKey, { capture: true, signal });
  // The composer is going away: if a send is pending, that IS the confirmation.
  signal.addEventListener('abort', () => pending?.(), { once: true });
}

/**
 * Waits for the composer to close or empty (MutationObserver on its tree and the document:
 * a shadow host's removal only shows in the document) or for the deadline. Returns "stop
 * now", which settles on what is true at that moment.
 */
function awaitClose<S>(watch: SendWatch<S>, within: number, done: (confirmed: boolean) => void): () => void {
  const { root } = watch;
  const closed = (): boolean => !root.isConnected || attempt(() => watch.isEmpty(), true);
  const cleanup = new AbortController();
  const finish = (): void => {
    if (cleanup.signal.aborted) return;
    cleanup.abort();
    observer.disconnect();
    clearTimeout(deadline);
    done(closed());
  };
  const observer = new MutationObserver(() => {
    if (closed()) finish();
  });
  const scope = root.getRootNode();
  observer.observe(scope instanceof ShadowRoot ? scope : document.documentElement, { childList: true, subtree: true, characterData: true });
  if (scope instanceof ShadowRoot) observer.observe(document.documentElement, { childList: true, subtree: true });
  // A textarea's value changes without any mutation; its `input` event says so.
  root.addEventListener('input', () => closed() && finish(), { signal: cleanup.signal });
  const deadline = setTimeout(finish, within);
  return finish;
}

/** The send button on the event's path, through open shadow roots. */
function sendButtonIn(event: Event, selector: string): Element | null {
  if (!selector) return null; // a composer that only sends on Enter
  for (const node of event.composedPath()) {
    if (node instanceof Element && node.matches(selector)) return node;
  }
  return null;
}

/** Disabled buttons and menu openers ("More send options") do not send. */
function isUsable(button: Element): boolean {
  if (button instanceof HTMLButtonElement && button.disabled) return false;
  return button.getAttribute('aria-disabled') !== 'true' && button.getAttribute('aria-haspopup') !== 'true';
}

/**
 * Is `button` this composer's send button? The smallest container holding both must hold no
 * other send button: with two Gmail compose windows open, each Send belongs to its own.
 */
function ownsButton(root: Element, button: Element, selector: string): boolean {
  for (let node: Element | null = button; node; node = composedParent(node)) {
    if (!composedContains(node, root)) continue;
    const others = [...node.querySelectorAll(selector)].filter((other) => other.getAttribute('aria-haspopup') !== 'true');
    return others.every((other) => other === button || other.contains(button) || button.contains(other));
  }
  return false;
}

function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

function composedContains(ancestor: Element, node: Element): boolean {
  for (let n: Element | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/** A reader that throws (an editor torn down mid-send) must not break the page's own handlers. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
