/**
 * Mounts Trix (Basecamp's editor, the one Rails' Action Text ships): a `<trix-editor>` element
 * with a document model of its own. Trix reads `beforeinput` into its model and re-renders the
 * DOM from the model; Ctrl+Z walks its own undo stack.
 */
import 'trix';
import type { TrixEditorElement } from 'trix';
import 'trix/dist/trix.css';
import type { EditorHandle } from '../fixture.ts';

/** The `<trix-editor>` once Trix has defined the element (a task after import) and set up its editor. */
function initialized(element: HTMLElement): Promise<TrixEditorElement> {
  const editorOf = (): TrixEditorElement | null => ((element as Partial<TrixEditorElement>).editor ? (element as TrixEditorElement) : null);
  return new Promise((resolve) => {
    const ready = editorOf();
    if (ready) return resolve(ready);
    element.addEventListener('trix-initialize', () => resolve(element as TrixEditorElement), { once: true });
  });
}

export async function mountTrix(element: HTMLElement): Promise<EditorHandle> {
  const trix = await initialized(element);
  // Trix always ends its document with '\n'; the user did not type it.
  const getText = (): string => trix.editor.getDocument().toString().replace(/\n$/, '');
  return {
    kind: 'trix',
    root: trix,
    getText,
    focus: () => {
      trix.focus();
      trix.editor.setSelectedRange(trix.editor.getDocument().getLength() - 1);
    },
    clear: () => trix.editor.loadHTML(''),
  };
}
