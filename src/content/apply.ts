/**
 * Applies a one-click fix the way a user would make it, so every editor keeps its own model
 * and undo history: focus, select exactly the span, let the editor see the selection, then
 * execCommand('insertText'). Fallback: a synthetic paste (Draft.js and Lexical handle it in
 * their model). Never rewrites the whole body; re-reads to verify and never retries blindly
 * (Lexical commits asynchronously: a retry would duplicate text).
 * Matrix: shared/research/e2e-feasibility.md, composers.md §4.
 */
import { type DomText, rangeFor, readDomText } from './text/dom-text.ts';

export type ApplyResult = 'applied' | 'pasted' | 'failed';

export interface ApplyTarget {
  element: Element;
  /** Subtrees that are not part of the text (same as the adapter's skip). */
  skip?: string;
}

/** Replaces text[start, end) with `replacement`; `expected` is the whole text afterwards. */
export async function applyFix(target: ApplyTarget, start: number, end: number, replacement: string): Promise<ApplyResult> {
  const { element } = target;
  const before = readText(target);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  if (!select(target, start, end)) return 'failed';
  await editorSawSelection(element);
  insert(element, replacement);
  if (await settled(target, expected)) return 'applied';
  // Only fall back when nothing happened: a partial or late change must not be doubled.
  if (readText(target) !== before || !select(target, start, end)) return 'failed';
  await editorSawSelection(element);
  paste(element, replacement);
  return (await settled(target, expected)) ? 'pasted' : 'failed';
}

function readText(target: ApplyTarget): string {
  const el = target.element;
  return isField(el) ? el.value : readDomText(el, target.skip).text;
}

function select(target: ApplyTarget, start: number, end: number): boolean {
  const el = target.element;
  if (el instanceof HTMLElement) el.focus({ preventScroll: true });
  if (isField(el)) {
    el.setSelectionRange(start, end);
    return true;
  }
  const dom: DomText = readDomText(el, target.skip);
  const range = rangeFor(dom, start, end);
  const selection = el.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
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

function insert(el: Element, replacement: string): void {
  const doc = el.ownerDocument;
  // An empty insertText is not reliably a deletion in every editor; "delete" is.
  if (replacement === '') doc.execCommand('delete', false);
  else doc.execCommand('insertText', false, replacement);
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
