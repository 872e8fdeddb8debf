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
  ckeditor: '#ckeditor',
  trix: '#trix',
  /** TinyMCE's iframe: its editable body lives in the frame's document. */
  tinymce: '#tinymce_ifr',
} as const;

/**
 * Runs in the page: does the composer `selector` hold the focus? Some editors take it a frame
 * after their focus() (TipTap), and keys typed before then go elsewhere. A composer out of
 * reach of document.querySelector (inside a shadow root) is not checked.
 */
export function composerHasFocus(selector: string): boolean {
  const target = document.querySelector(selector);
  const active = document.activeElement;
  return !target || (!!active && (target === active || target.contains(active)));
}
