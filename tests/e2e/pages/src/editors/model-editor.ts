/**
 * A minimal editor that owns its model, as Slate, Lexical or roosterjs do: it cancels every
 * `beforeinput`, applies the edit to its model itself and renders the model. Two behaviours
 * real editors show, for testing that Parley notices when a fix does not land as meant:
 * `refuseUntrusted` ignores edits no user made (the fix is refused), and `naiveDelete` treats
 * any deletion as one Backspace, ignoring the target range (the fix is rewritten).
 */
import type { EditorHandle } from '../fixture.ts';

export interface ModelEditorOptions {
  readonly refuseUntrusted?: boolean;
  readonly naiveDelete?: boolean;
}

export function mountModelEditor(root: HTMLElement, options: ModelEditorOptions): EditorHandle {
  let model = '';
  root.contentEditable = 'true';
  const render = (caret: number): void => {
    root.textContent = model;
    const text = root.firstChild ?? root;
    const at = root.firstChild ? caret : 0;
    getSelection()?.setBaseAndExtent(text, at, text, at);
  };
  /** The selection as offsets into the model (one text node). */
  const selected = (): [number, number] => {
    const range = getSelection()?.rangeCount ? getSelection()!.getRangeAt(0) : null;
    if (!range || !root.contains(range.startContainer)) return [model.length, model.length];
    const offset = (node: Node, at: number): number => (node === root ? (at === 0 ? 0 : model.length) : at);
    return [offset(range.startContainer, range.startOffset), offset(range.endContainer, range.endOffset)];
  };
  root.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    if (options.refuseUntrusted && !event.isTrusted) return;
    const [start, end] = selected();
    if (event.inputType === 'insertText' && event.data) {
      model = model.slice(0, start) + event.data + model.slice(end);
      render(start + event.data.length);
    } else if (event.inputType === 'deleteContentBackward') {
      const from = options.naiveDelete || start === end ? Math.max(0, end - 1) : start;
      model = model.slice(0, from) + model.slice(end);
      render(from);
    }
  });
  return {
    kind: 'model',
    root,
    getText: () => model,
    focus: () => {
      root.focus();
      render(model.length);
    },
    clear: () => {
      model = '';
      render(0);
    },
  };
}
