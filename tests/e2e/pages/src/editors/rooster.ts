/**
 * Mounts roosterjs (Outlook on the web's editor): a content model of its own, rebuilt from
 * the DOM on change, and a snapshot undo stack it takes on keyboard events (Ctrl+Z is its own).
 */
import { Editor, createModelFromHtml, exportContent, redo, undo } from 'roosterjs-content-model-core';
import type { EditorHandle } from '../fixture.ts';
import { readEditableText } from '../dom-text.ts';

export interface RoosterOptions {
  /** Subtrees that are not the user's writing (signature, quoted mail). */
  readonly skip?: string;
  /** What the editor opens with (OWA: an empty line, the signature, the quoted mail). */
  readonly initialHtml?: string;
}

export function mountRooster(root: HTMLDivElement, options: RoosterOptions = {}): EditorHandle {
  const editor = new Editor(root, options.initialHtml ? { initialModel: createModelFromHtml(options.initialHtml) } : {});
  // roosterjs leaves Ctrl+Z / Ctrl+Y to a plugin; OWA binds them to its own stack like this.
  root.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    if (key === 'z' && !event.shiftKey) undo(editor);
    else redo(editor);
  });
  return {
    kind: 'roosterjs',
    root,
    // The text as roosterjs exports it from its model; with a signature or quote to leave
    // out, the DOM it renders (roosterjs keeps both in step: it re-reads the DOM on change).
    getText: () => (options.skip ? readEditableText(root, { skip: options.skip }) : exportContent(editor, 'PlainText').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/\n+$/, '')),
    focus: () => editor.focus(),
    clear: () => {
      root.innerHTML = '<div><br></div>';
    },
  };
}
