/**
 * Reading the message a draft answers from the page around its composer: what the page already
 * shows the user (a quoted mail, the post under a comment box). Read once per focus, never
 * stored, never written back: the analysis gets it as AnalyzeInput.replyTo.
 */
import type { ReplyTo } from '../../core/types.ts';

/** Their message is for the check, not an archive: a long thread is cut to its start. */
const MAX_CHARS = 4000;

/** The element's text as the user reads it, without the parts `skip` names (nested quotes, signatures). */
export function readableText(el: Element, skip?: string): string {
  let source: Element = el;
  if (skip && el.querySelector(skip)) {
    source = el.cloneNode(true) as Element; // a detached copy: the page's DOM is never touched
    for (const part of source.querySelectorAll(skip)) part.remove();
  }
  const text = (source instanceof HTMLElement && source.isConnected ? source.innerText : source.textContent) ?? '';
  return text.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim().slice(0, MAX_CHARS);
}

/** The last element matching `selector` in `scope` that comes before `editor` in the page (and is not inside it). */
export function lastBefore(scope: ParentNode, selector: string, editor: Element): Element | undefined {
  let found: Element | undefined;
  for (const el of scope.querySelectorAll(selector)) {
    if (el.contains(editor) || editor.contains(el)) continue;
    if (editor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) found = el;
  }
  return found;
}

/** A ReplyTo from an element's text, or undefined when there is nothing to answer. */
export function replyFrom(el: Element | null | undefined, author?: string | null, skip?: string): ReplyTo | undefined {
  if (!el) return undefined;
  const text = readableText(el, skip);
  if (!text) return undefined;
  const name = author?.trim();
  return { text, ...(name ? { author: name } : {}) };
}
