/** Mounts TipTap (StarterKit: paragraphs, lists, its own undo history) on ProseMirror. */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { EditorHandle } from '../fixture.ts';

export function mountTiptap(container: HTMLElement, attributes: Readonly<Record<string, string>> = {}): EditorHandle {
  const editor = new Editor({
    element: container,
    extensions: [StarterKit],
    editorProps: { attributes: { ...attributes } },
  });
  return {
    kind: 'tiptap',
    root: editor.view.dom,
    getText: () => editor.getText({ blockSeparator: '\n' }),
    focus: () => editor.commands.focus('end'),
    clear: () => editor.commands.clearContent(true),
  };
}
