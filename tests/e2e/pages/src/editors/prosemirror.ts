/** Mounts ProseMirror with the basic schema, history and the usual keymaps (LinkedIn comments use tiptap on it). */
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import type { EditorHandle } from '../fixture.ts';

export interface ProseMirrorOptions {
  /** Attributes for the editable root, e.g. tiptap's `class: 'tiptap'`. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly onChange?: (text: string) => void;
}

export function mountProseMirror(container: HTMLElement, options: ProseMirrorOptions = {}): EditorHandle {
  const state = EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
      keymap(baseKeymap),
    ],
  });
  const getText = (): string => {
    const { doc } = view.state;
    return doc.textBetween(0, doc.content.size, '\n');
  };
  const view: EditorView = new EditorView(container, {
    state,
    attributes: { ...options.attributes },
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      if (transaction.docChanged) options.onChange?.(getText());
    },
  });
  return {
    kind: 'prosemirror',
    root: view.dom,
    getText,
    focus: () => view.focus(),
    clear: () => {
      const { doc, tr } = view.state;
      view.dispatch(tr.replaceWith(0, doc.content.size, schema.nodes.paragraph.create()));
    },
  };
}
