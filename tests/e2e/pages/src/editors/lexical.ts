/** Mounts Lexical with rich text and history (Facebook's composer), on a root the page provides. */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
} from 'lexical';
import type { EditorHandle } from '../fixture.ts';

export interface LexicalOptions {
  /** Called on Enter without Shift instead of a new paragraph (Facebook comments submit on Enter). */
  readonly onSubmit?: () => void;
  readonly onChange?: (text: string) => void;
}

/** One '\n' per paragraph: `$getRoot().getTextContent()` puts '\n\n' between blocks. */
function readText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n'),
  );
}

function resetToOneParagraph(): void {
  const root = $getRoot();
  root.clear();
  root.append($createParagraphNode());
}

export function mountLexical(root: HTMLElement, options: LexicalOptions = {}): EditorHandle {
  const editor = createEditor({
    namespace: 'parley-fixture',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  root.contentEditable = 'true';
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  editor.update(resetToOneParagraph);

  const { onSubmit, onChange } = options;
  if (onSubmit) {
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (!event || event.shiftKey) return false;
        event.preventDefault();
        onSubmit();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
  }
  if (onChange) editor.registerUpdateListener(() => onChange(readText(editor)));

  return {
    kind: 'lexical',
    root,
    getText: () => readText(editor),
    focus: () => editor.focus(),
    clear: () => editor.update(resetToOneParagraph),
  };
}
