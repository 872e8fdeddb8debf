/**
 * Mounts Slate (slate-react with slate-history) in its own React root. Slate builds its model
 * from `beforeinput` and re-renders the DOM from the model: an edit it never heard of shows
 * on screen while its model (what the site would send) keeps the old text.
 */
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type Descendant, Editor, Node, Transforms, createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import type { EditorHandle } from '../fixture.ts';

const EMPTY: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];

export function mountSlate(container: HTMLElement, attributes: Readonly<Record<string, string>> = {}): Promise<EditorHandle> {
  const editor = withHistory(withReact(createEditor()));
  const getText = (): string => editor.children.map((block) => Node.string(block)).join('\n');

  function SlateComposer(): ReturnType<typeof createElement> {
    const [value] = useState(EMPTY);
    return createElement(Slate, { editor, initialValue: value, children: createElement(Editable, { ...attributes, spellCheck: true, className: 'slate-editor' }) });
  }

  createRoot(container).render(createElement(SlateComposer, null));
  return new Promise((resolve) => {
    const ready = (): void => {
      const root = container.querySelector<HTMLElement>('[data-slate-editor]');
      if (!root) return void requestAnimationFrame(ready);
      resolve({
        kind: 'slate',
        root,
        getText,
        focus: () => {
          root.focus();
          Transforms.select(editor, Editor.end(editor, []));
        },
        clear: () => {
          Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
        },
      });
    };
    ready();
  });
}
