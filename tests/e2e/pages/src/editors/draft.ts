/** Mounts a Draft.js editor (X's composer) in its own React root. */
import { createElement, createRef, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import type { EditorHandle } from '../fixture.ts';

export interface DraftOptions {
  readonly ariaLabel: string;
  readonly placeholder?: string;
  /** Becomes data-testid on the contenteditable, e.g. 'tweetTextarea_0'. */
  readonly testId?: string;
  /** Ctrl/Cmd+Enter (X posts with it). */
  readonly onSubmitShortcut?: () => void;
  readonly onChange?: (text: string) => void;
}

/** Resolves once React has committed the editor, so the DOM is there to test. */
export function mountDraft(container: HTMLElement, options: DraftOptions): Promise<EditorHandle> {
  const editorRef = createRef<Editor>();
  // Draft's onChange fires synchronously; keeping the latest state here lets getText() read it at once.
  let latest = EditorState.createEmpty();
  let show: (state: EditorState) => void = () => undefined;
  const getText = (): string => latest.getCurrentContent().getPlainText('\n');

  const update = (state: EditorState): void => {
    const before = getText();
    latest = state;
    show(state);
    if (getText() !== before) options.onChange?.(getText());
  };

  return new Promise((resolve) => {
    const handle: EditorHandle = {
      kind: 'draftjs',
      get root() {
        const root = container.querySelector<HTMLElement>('.public-DraftEditor-content');
        if (!root) throw new Error('Draft.js editor is not mounted');
        return root;
      },
      getText,
      focus: () => editorRef.current?.focus(),
      clear: () => update(EditorState.push(latest, ContentState.createFromText(''), 'remove-range')),
    };

    function DraftComposer(): ReturnType<typeof createElement> {
      const [state, setState] = useState(latest);
      useEffect(() => {
        show = setState;
        resolve(handle);
      }, []);
      return createElement(Editor, {
        ref: editorRef,
        editorState: state,
        onChange: update,
        ariaLabel: options.ariaLabel,
        ariaMultiline: true,
        placeholder: options.placeholder,
        spellCheck: true,
        stripPastedStyles: true,
        webDriverTestID: options.testId,
        handleReturn: (event) => {
          if (!(event.ctrlKey || event.metaKey) || !options.onSubmitShortcut) return 'not-handled';
          options.onSubmitShortcut();
          return 'handled';
        },
      });
    }

    createRoot(container).render(createElement(DraftComposer, {}));
  });
}
