/** The playground's editors (selectors of their editable roots), shared by the browser suites. */
export const EDITORS = {
  textarea: '#textarea',
  contenteditable: '#contenteditable',
  quill: '#quill .ql-editor',
  lexical: '#lexical',
  draftjs: '#draftjs .public-DraftEditor-content',
  prosemirror: '#prosemirror .ProseMirror',
  slate: '#slate [data-slate-editor]',
  tiptap: '#tiptap .tiptap',
  roosterjs: '#roosterjs',
} as const;

/**
 * roosterjs takes its undo snapshots on key presses and clicks inside it, never on `input`, so
 * after a fix its Ctrl+Z goes back to the snapshot before (the last word typed). Known gap:
 * nothing a page-blind extension can fire makes roosterjs take that snapshot without also
 * acting as a keystroke in other editors. Its apply and typing are still checked.
 */
export const UNDO_GAP: ReadonlySet<string> = new Set(['roosterjs']);
