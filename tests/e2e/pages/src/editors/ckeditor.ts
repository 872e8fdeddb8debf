/**
 * Mounts CKEditor 5 (the decoupled build: the page's own element is the editable, no toolbar,
 * as apps that draw their own chrome use it). CKEditor owns a model of its own: it takes
 * `beforeinput`, cancels it, and changes its model, then renders the DOM from the model.
 */
import { DecoupledEditor } from '@ckeditor/ckeditor5-editor-decoupled';
import { Essentials } from '@ckeditor/ckeditor5-essentials';
import { Paragraph } from '@ckeditor/ckeditor5-paragraph';
import type { ModelElement, ModelNode } from '@ckeditor/ckeditor5-engine';
import '@ckeditor/ckeditor5-ui/dist/index.css';
import '@ckeditor/ckeditor5-engine/dist/index.css';
import type { EditorHandle } from '../fixture.ts';

/** A block's text in the model: its text nodes, a soft break (Shift+Enter) as '\n'. */
function blockText(block: ModelElement): string {
  return Array.from(block.getChildren(), (node: ModelNode) => (node.is('$text') ? node.data : node.is('element', 'softBreak') ? '\n' : '')).join('');
}

export async function mountCkeditor(element: HTMLElement, attributes: Readonly<Record<string, string>> = {}): Promise<EditorHandle> {
  // 'GPL': the open-source licence; it needs no network (no licence server, no cloud services).
  const editor = await DecoupledEditor.create(element, { licenseKey: 'GPL', plugins: [Essentials, Paragraph] });
  const root = editor.model.document.getRoot()!;
  editor.editing.view.change((writer) => {
    const viewRoot = editor.editing.view.document.getRoot()!;
    for (const [name, value] of Object.entries(attributes)) writer.setAttribute(name, value, viewRoot);
  });
  return {
    kind: 'ckeditor',
    root: element,
    getText: () => Array.from(root.getChildren(), (block) => (block.is('element') ? blockText(block) : '')).join('\n'),
    focus: () => {
      editor.editing.view.focus();
      const last = root.getChild(root.childCount - 1);
      if (last) editor.model.change((writer) => writer.setSelection(last, 'end'));
    },
    clear: () => editor.setData(''),
  };
}
