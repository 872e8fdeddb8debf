/**
 * Applies a one-click fix the way a user's own typing makes it, so every editor keeps its own
 * model and undo history: focus, select exactly the span, let the editor see the selection,
 * announce the edit with a `beforeinput` (what a keystroke over a selection fires), then let
 * the browser's editing command make it (which fires `input`). Chromium fires no `beforeinput`
 * for execCommand (Firefox does, for a command an extension runs: see insert()), and editors
 * that build their model from `beforeinput` (Slate, Lexical, CKEditor, Trix, roosterjs'
 * plugins…) would otherwise see the screen change under them.
 * An editor that cancels the `beforeinput` has made (or refused) the edit itself: no command.
 * Fallback when the browser command does nothing: a synthetic paste (Draft.js handles it in
 * its model). Never rewrites the whole body; re-reads to verify, never retries blindly
 * (Lexical commits asynchronously: a retry would duplicate text).
 * Matrix: shared/research/e2e-feasibility.md, composers.md §4.
 */
import { type DomText, rangeFor, readDomText } from './text/dom-text.ts';

/**
 * applied / pasted: the text now reads as meant. refused: the editor left the text as it was.
 * rewritten: the editor changed the text, but not into what the fix meant.
 */
export type ApplyResult = 'applied' | 'pasted' | 'refused' | 'rewritten';

export interface ApplyTarget {
  element: Element;
  /** Subtrees that are not part of the text (same as the adapter's skip). */
  skip?: string;
}

/** Replaces text[start, end) with `replacement`, then reads back what the editor made of it. */
export async function applyFix(target: ApplyTarget, start: number, end: number, replacement: string): Promise<ApplyResult> {
  const before = readText(target);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  const selected = select(target, start, end);
  if (!selected) return 'refused';
  await editorSawSelection(target.element);
  markUndoStep(target.element);
  if (announceInput(target.element, selected, replacement)) insert(target.element, replacement);
  if (await settled(target, expected)) return markUndoStep(target.element), 'applied';
  // Only fall back when nothing happened: a partial or late change must not be doubled.
  if (readText(target) !== before) return 'rewritten';
  const again = select(target, start, end);
  if (!again) return 'refused';
  await editorSawSelection(target.element);
  paste(target.element, replacement);
  if (await settled(target, expected)) return markUndoStep(target.element), 'pasted';
  return readText(target) === before ? 'refused' : 'rewritten';
}

function readText(target: ApplyTarget): string {
  const el = target.element;
  return isField(el) ? el.value : readDomText(el, target.skip).text;
}

/** Selects the span; returns the selected range (null for a text field, which has none to show). */
type Selected = StaticRange | 'field';

function select(target: ApplyTarget, start: number, end: number): Selected | null {
  const el = target.element;
  if (el instanceof HTMLElement) el.focus({ preventScroll: true });
  if (isField(el)) {
    el.setSelectionRange(start, end);
    return 'field';
  }
  const dom: DomText = readDomText(el, target.skip);
  const range = rangeFor(dom, start, end);
  const selection = el.ownerDocument.getSelection();
  if (!range || !selection) return null;
  selection.removeAllRanges();
  selection.addRange(range);
  return new StaticRange(range);
}

/**
 * Editors learn about a new selection from `selectionchange`, a queued event (Quill then
 * reads it on a 1 ms timer); wait for the event, one frame, and one more task.
 */
async function editorSawSelection(el: Element): Promise<void> {
  const doc = el.ownerDocument;
  await new Promise<void>((resolve) => {
    const done = (): void => resolve();
    doc.addEventListener('selectionchange', done, { once: true });
    requestAnimationFrame(() => requestAnimationFrame(done));
  });
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 2)));
}

/**
 * Fires the `beforeinput` a keystroke over the selection would: `insertText` with the data,
 * or `deleteContentBackward` for a deletion, targeting the selected range. Returns whether
 * the browser should go on and make the edit (false: the editor took it over or refused it).
 */
function announceInput(el: Element, selected: Selected, replacement: string): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const event = new view.InputEvent('beforeinput', {
    inputType: replacement === '' ? 'deleteContentBackward' : 'insertText',
    data: replacement === '' ? null : replacement,
    targetRanges: selected === 'field' ? [] : [selected],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return el.dispatchEvent(event);
}

/**
 * Editors whose undo stack is snapshots keyed on key presses (roosterjs, Outlook on the web's
 * editor, and its predecessors) never see `beforeinput`, and without a key press they fold a
 * fix into the typing before it, so Ctrl+Z goes back past it. A key press over the selection
 * is what makes them snapshot the words a keystroke is about to replace, and one at the caret
 * afterwards marks the fix as new content, so one Ctrl+Z restores exactly what the fix replaced.
 * Editors that close a typing undo level when a key comes up with Ctrl held (TinyMCE: the end
 * of a shortcut) need the key's release as well: the words before the fix become one level,
 * the fix the next, where otherwise the fix joins the typing and Ctrl+Z undoes both.
 * The key is flagged as a command (Ctrl) with no character code: editors and React's keypress
 * fallback ignore such keys, so no editor inserts or acts on it.
 */
function markUndoStep(el: Element): void {
  const view = el.ownerDocument.defaultView;
  if (!view || isField(el)) return;
  for (const type of ['keypress', 'keyup']) {
    el.dispatchEvent(new view.KeyboardEvent(type, { key: 'Unidentified', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
  }
}

/**
 * Makes the announced edit with the browser's command. Firefox fires a `beforeinput` of its own
 * for a command an extension runs; the edit was announced already, and an editor that takes
 * `beforeinput` into its model and lets the browser edit the screen too (Trix) would make it
 * twice. So that second announcement of the same edit goes no further: one edit, one event.
 */
function insert(el: Element, replacement: string): void {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  const duplicate = (event: Event): void => {
    if (event.isTrusted) event.stopImmediatePropagation();
  };
  view?.addEventListener('beforeinput', duplicate, true);
  try {
    // An empty insertText is not reliably a deletion in every editor; "delete" is.
    if (replacement === '') doc.execCommand('delete', false);
    else doc.execCommand('insertText', false, replacement);
  } finally {
    view?.removeEventListener('beforeinput', duplicate, true);
  }
}

function paste(el: Element, replacement: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', replacement);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/** Waits (a few frames at most) for the editor to commit, then compares. */
async function settled(target: ApplyTarget, expected: string): Promise<boolean> {
  for (let frame = 0; frame < 4; frame++) {
    if (readText(target) === expected) return true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return readText(target) === expected;
}

function isField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}
