/**
 * Quill 2 reads the caret with document.getSelection() and document.activeElement, which
 * stop at a shadow host: in a shadow root each first keystroke lands after the text that
 * follows it (slab/quill#4367). LinkedIn's composer lives in a shadow root and works, so
 * the fixture patches Quill the way sites do (slab/quill#2021) to behave like the real one.
 */
import type Quill from 'quill';

export function adaptQuillToShadowRoot(quill: Quill, shadow: ShadowRoot): void {
  const { selection } = quill;
  selection.hasFocus = () => {
    const active = shadow.activeElement;
    return active !== null && quill.root.contains(active);
  };
  selection.getNativeRange = () => {
    // getComposedRanges is the standard way to see a selection inside a shadow tree.
    const [range] = document.getSelection()?.getComposedRanges({ shadowRoots: [shadow] }) ?? [];
    return range ? selection.normalizeNative(range) : null;
  };
}
