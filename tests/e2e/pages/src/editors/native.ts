/** Handles for the browser's own editors: form fields and plain contenteditable. */
import type { EditorHandle } from '../fixture.ts';
import { readEditableText } from '../dom-text.ts';

export function fieldHandle(field: HTMLTextAreaElement | HTMLInputElement): EditorHandle {
  return {
    kind: 'textarea',
    root: field,
    getText: () => field.value,
    focus: () => field.focus(),
    clear: () => {
      field.value = '';
    },
  };
}

export interface EditableOptions {
  /** Element in the top document standing for the editor (iframe, shadow host). */
  readonly anchor?: Element;
  /** Subtrees that are not the user's writing. */
  readonly skip?: string;
  /** Markup of an empty editor, e.g. '<p><br></p>' where the site keeps one paragraph. */
  readonly emptyHtml?: string;
}

export function editableHandle(root: HTMLElement, options: EditableOptions = {}): EditorHandle {
  return {
    kind: 'contenteditable',
    root,
    anchor: options.anchor,
    getText: () => readEditableText(root, { skip: options.skip }),
    focus: () => {
      // A frame's body only takes the caret once its window has focus.
      root.ownerDocument.defaultView?.focus();
      root.focus();
    },
    clear: () => {
      root.innerHTML = options.emptyHtml ?? '';
    },
  };
}
