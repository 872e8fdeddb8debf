/**
 * Mounts TinyMCE 8, self-hosted from the npm package under its GPL licence: the editor, its
 * model, theme and icons, and its skins (registered as bundled resources) all come from this
 * bundle, so it loads nothing from the network. TinyMCE edits the body of an iframe it writes
 * itself (srcdoc in Chromium, document.write in Firefox), keeps its own undo levels and binds
 * Ctrl+Z to them.
 */
import tinymce, { type AstNode, type Editor } from 'tinymce';
import 'tinymce/models/dom/model.js';
import 'tinymce/themes/silver/theme.js';
import 'tinymce/icons/default/icons.js';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import type { EditorHandle } from '../fixture.ts';

/** An inline node's text in TinyMCE's serialized tree: its text nodes, a <br> as '\n'. */
function inlineText(node: AstNode): string {
  if (node.type === 3) return node.value ?? '';
  if (node.name === 'br') return '\n';
  return node.children().map(inlineText).join('');
}

/**
 * The text of TinyMCE's content as its serializer gives it (no caret markers or other bogus
 * nodes): one '\n' between blocks. An empty block is written with a no-break space in it
 * (`<p>&nbsp;</p>`, which TinyMCE reads back as empty); a space the browser keeps visible at a
 * line's end is a no-break space too, not what the user typed.
 */
function serializedText(editor: Editor): string {
  const blocks = editor.getContent({ format: 'tree' }).children().map(inlineText);
  return blocks.map((block) => (block === '\u00a0' ? '' : block.replace(/\u00a0/g, ' '))).join('\n');
}

export async function mountTinymce(target: HTMLElement, options: { readonly ariaLabel: string }): Promise<EditorHandle> {
  const [editor] = await tinymce.init({
    target,
    license_key: 'gpl',
    menubar: false,
    toolbar: false,
    statusbar: false,
    promotion: false,
    branding: false,
    // TinyMCE's documented default; unset, it sizes itself from the textarea it replaces.
    height: 200,
    iframe_aria_text: options.ariaLabel,
    // The fixtures' look (base.css) inside the frame, where the page's styles do not reach.
    content_style: 'body { margin: 10px 12px; font: 16px/1.5 system-ui, sans-serif; color: #1f2328; } p { margin: 0; }',
  });
  if (!editor) throw new Error('TinyMCE did not start');
  return {
    kind: 'tinymce',
    root: editor.getBody(),
    anchor: editor.iframeElement ?? undefined,
    getText: () => serializedText(editor),
    focus: () => {
      editor.focus();
      editor.selection.select(editor.getBody(), true);
      editor.selection.collapse(false);
    },
    clear: () => editor.setContent(''),
  };
}
